package uk.sufficiency.web.scenarios;

import io.javalin.Javalin;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioWriter;
import uk.sufficiency.web.App;
import uk.sufficiency.web.Workspace;
import uk.sufficiency.web.security.BadRequest;
import uk.sufficiency.web.security.Names;

/**
 * Page 1, scenarios: the list (as-of date, children, placements, validation status), one
 * scenario's detail with the forms that make and change variants, CSV uploads checked like
 * {@code validate}, and the download of a scenario as a zip.
 */
public final class ScenarioPages {

    private static final Set<String> KINDS = Set.of("children", "placements");
    private static final Set<String> MODES = Set.of("add", "replace");

    private final App app;

    public ScenarioPages(App app) {
        this.app = app;
    }

    public void register(Javalin javalin) {
        javalin.get("/scenarios", this::list);
        javalin.get("/scenarios/{name}", this::detail);
        javalin.post("/scenarios/{name}/variants", this::createVariant);
        javalin.post("/scenarios/{name}/edit", this::edit);
        javalin.post("/scenarios/{name}/upload", this::upload);
        javalin.get("/scenarios/{name}/download", this::download);
    }

    private void list(Context ctx) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (ScenarioStore.Loaded loaded : app.scenarios().all()) {
            rows.add(row(loaded));
        }
        app.templates().page(ctx, "scenarios", "Scenarios", "scenarios", Map.of("scenarios", rows,
                "workspace", app.workspace().root().toString()));
    }

    static Map<String, Object> row(ScenarioStore.Loaded loaded) {
        Map<String, Object> row = new HashMap<>();
        row.put("name", loaded.name());
        row.put("valid", loaded.valid());
        row.put("council", !loaded.region());
        row.put("region", loaded.region() ? "region of " + (loaded.valid() ? loaded.members().size() + " councils" : "councils")
                : "");
        row.put("members", String.join(", ", loaded.members()));
        row.put("memberCount", loaded.members().size());
        row.put("status", loaded.valid() ? (loaded.warnings().isEmpty() ? "valid" : "valid, "
                + loaded.warnings().size() + " warning(s)") : loaded.errors().size() + " problem(s)");
        Scenario s = loaded.scenario();
        if (s != null) {
            row.put("title", s.name());
            row.put("asOf", s.asOfDate().toString());
            Map<String, Long> byStatus = new TreeMap<>();
            for (Child child : s.children()) {
                byStatus.merge(child.status().word(), 1L, Long::sum);
            }
            row.put("children", s.children().size());
            row.put("byStatus", byStatus.toString().replace("{", "").replace("}", ""));
            row.put("placements", s.placements().size());
            row.put("variant", s.chain().size() > 1);
            row.put("extends", s.chain().size() > 1 ? s.chain().get(s.chain().size() - 2).getFileName().toString() : "");
        }
        return row;
    }

    private void detail(Context ctx) {
        String name = Names.check(ctx.pathParam("name"), "scenario name");
        ScenarioStore.Loaded loaded = app.scenarios().get(name);
        Map<String, Object> model = new HashMap<>(row(loaded));
        model.put("problems", ProblemView.of(loaded.valid() ? loaded.warnings() : loaded.errors(),
                app.workspace().root(), null, null));
        String saved = ctx.queryParam("saved");
        if (saved != null && saved.matches("[a-z_ ]{1,40}")) {
            model.put("saved", saved.replace('_', ' '));
        }
        model.put("types", List.of(PlacementType.values()).stream().map(PlacementType::word).toList());
        model.put("columns", ScenarioWriter.PLACEMENT_COLUMNS);
        if (loaded.valid()) {
            Scenario s = loaded.scenario();
            model.put("levels", List.of(1, 2, 3, 4, 5, 6));
            model.put("placementIds", s.placements().stream().map(p -> p.placementId()).limit(2000).toList());
            model.put("seriesNames", List.copyOf(s.series().keySet()));
        }
        app.templates().page(ctx, "scenarios", "Scenario " + name, "scenario", model);
    }

    private void createVariant(Context ctx) throws IOException {
        String base = Names.check(ctx.pathParam("name"), "scenario name");
        String name = Names.check(required(ctx, "variant_name"), "variant name");
        VariantEditor.Outcome outcome = app.editor().create(base, name, ctx.formParam("title"));
        finish(ctx, outcome, "variant_created");
    }

    private void edit(Context ctx) throws IOException {
        String name = Names.check(ctx.pathParam("name"), "scenario name");
        String action = required(ctx, "action");
        VariantEdit edit = switch (action) {
            case "add_placement" -> VariantEdit.addPlacement(placementFields(ctx));
            case "close_placement" -> VariantEdit.closePlacement(required(ctx, "placement_id"));
            case "fee" -> VariantEdit.fee(required(ctx, "level"), required(ctx, "weekly_gbp"));
            case "weight" -> VariantEdit.weight(required(ctx, "key"), required(ctx, "value"));
            case "target" -> VariantEdit.target(required(ctx, "series"), required(ctx, "by"), required(ctx, "value"),
                    required(ctx, "direction"), ctx.formParam("label"));
            case "recruit" -> VariantEdit.recruit(required(ctx, "recruit"));
            default -> throw new BadRequest("unknown action '" + action + "'");
        };
        finish(ctx, app.editor().edit(name, edit), action);
    }

    private void upload(Context ctx) throws IOException {
        String name = Names.check(ctx.pathParam("name"), "scenario name");
        String kind = required(ctx, "kind");
        String mode = required(ctx, "mode");
        if (!KINDS.contains(kind) || !MODES.contains(mode)) {
            throw new BadRequest("kind must be children or placements, mode add or replace");
        }
        UploadedFile file = ctx.uploadedFile("file");
        if (file == null) {
            throw new BadRequest("no file was uploaded (form field 'file')");
        }
        if (!file.filename().toLowerCase(java.util.Locale.ROOT).endsWith(".csv")) {
            throw new BadRequest("upload a .csv file");
        }
        byte[] content;
        try (InputStream in = file.content()) {
            content = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, file.size() + 1));
        }
        finish(ctx, app.editor().edit(name, VariantEdit.upload(kind, mode, content)), "uploaded");
    }

    private void download(Context ctx) throws IOException {
        String name = Names.check(ctx.pathParam("name"), "scenario name");
        Scenario scenario = app.scenarios().get(name).requireValid();
        for (var folder : scenario.chain()) {
            if (!folder.toAbsolutePath().normalize().startsWith(app.workspace().folder(Workspace.SCENARIOS))) {
                throw new BadRequest("scenario '" + name + "' extends a folder outside the workspace");
            }
        }
        ctx.contentType("application/zip");
        ctx.header("Content-Disposition", "attachment; filename=\"" + name + ".zip\"");
        ScenarioZip.write(scenario.chain(), ctx.outputStream());
    }

    /** Saved: back to the scenario (post, redirect, get). Refused: every problem, nothing saved (422). */
    private void finish(Context ctx, VariantEditor.Outcome outcome, String what) {
        if (outcome.saved()) {
            ctx.redirect("/scenarios/" + outcome.scenario() + "?saved=" + what, io.javalin.http.HttpStatus.SEE_OTHER);
            return;
        }
        Map<String, Object> model = new HashMap<>();
        model.put("name", outcome.scenario());
        model.put("exists", app.workspace().list(Workspace.SCENARIOS).contains(outcome.scenario()));
        model.put("outcome", outcome.problems());
        ctx.status(422);
        app.templates().page(ctx, "scenarios", "Not saved", "refused", model);
    }

    private static Map<String, String> placementFields(Context ctx) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (String column : ScenarioWriter.PLACEMENT_COLUMNS) {
            String value = ctx.formParam(column);
            if (value != null) {
                if (value.length() > 200) {
                    throw new BadRequest(column + " is longer than 200 characters");
                }
                fields.put(column, value);
            }
        }
        return fields;
    }

    static String required(Context ctx, String field) {
        String value = ctx.formParam(field);
        if (value == null || value.isBlank()) {
            throw new BadRequest("the form field '" + field + "' is required");
        }
        if (value.length() > 500) {
            throw new BadRequest("the form field '" + field + "' is longer than 500 characters");
        }
        return value.trim();
    }
}
