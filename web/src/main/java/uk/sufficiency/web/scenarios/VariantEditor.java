package uk.sufficiency.web.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.sufficiency.model.region.RegionLoader;
import uk.sufficiency.model.scenario.ScenarioWriter;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.web.Workspace;
import uk.sufficiency.web.security.BadRequest;

/**
 * Creates and changes scenario variants (folders whose scenario.yaml {@code extends} another
 * scenario) as the forms ask. Each change is made in a staged copy and checked by the same loader
 * and rules as {@code sufficiency validate}; it is switched in only when no error remains, so
 * nothing is saved while a problem remains. Two users changing one variant are served in turn.
 */
public final class VariantEditor {

    /** What happened: saved, or refused with every problem found (and the warnings either way). */
    public record Outcome(boolean saved, String scenario, List<ProblemView> problems) {
    }

    private static final YAMLMapper YAML = new YAMLMapper(YAMLFactory.builder()
            .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
            .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES).build());
    private static final long MAX_YAML_BYTES = 1 << 20;

    private final Workspace workspace;
    private final Map<String, Object> locks = new ConcurrentHashMap<>();

    public VariantEditor(Workspace workspace) {
        this.workspace = workspace;
    }

    /** A new variant {@code name} of scenario {@code base}: a folder holding scenario.yaml with {@code extends}. */
    public Outcome create(String base, String name, String title) throws IOException {
        notRegion(base, workspace.existing(Workspace.SCENARIOS, base));
        Path target = workspace.resolve(Workspace.SCENARIOS, name);
        synchronized (lock(name)) {
            if (Files.exists(target)) {
                throw new BadRequest("a scenario named '" + name + "' already exists; choose another name");
            }
            ObjectNode yaml = YAML.createObjectNode();
            yaml.put("name", title == null || title.isBlank() ? name : title.trim());
            yaml.put("description", "Variant of " + base + " made in sufficiency serve.");
            yaml.put("extends", "../" + base);
            return write(name, target, yaml, null);
        }
    }

    /** Applies one change to an existing variant. */
    public Outcome edit(String name, VariantEdit edit) throws IOException {
        Path target = notRegion(name, workspace.existing(Workspace.SCENARIOS, name));
        synchronized (lock(name)) {
            ObjectNode yaml = readYaml(target.resolve(ScenarioWriter.SCENARIO_FILE));
            if (!yaml.hasNonNull("extends")) {
                throw new BadRequest("'" + name + "' is a base scenario; make a variant of it and change that");
            }
            return write(name, target, yaml, edit);
        }
    }

    /** A region's settings live in region.yaml and its members' folders: not varied by these forms. */
    private static Path notRegion(String name, Path dir) {
        if (RegionLoader.isRegion(dir)) {
            throw new BadRequest("'" + name + "' is a region; vary one of its councils' scenarios (a folder inside it)"
                    + " or its region.yaml with the command line");
        }
        return dir;
    }

    private Outcome write(String name, Path target, ObjectNode yaml, VariantEdit edit) throws IOException {
        Path staging = FolderSwap.stage(target);
        try {
            if (edit != null) {
                edit.apply(yaml, staging);
            }
            String text = "# Scenario variant written by sufficiency serve; edit freely, it is checked like any scenario.\n"
                    + YAML.writeValueAsString(yaml);
            Files.writeString(staging.resolve(ScenarioWriter.SCENARIO_FILE), text, StandardCharsets.UTF_8);
            ScenarioStore.Loaded loaded = ScenarioStore.read(name, staging);
            List<Problem> all = new java.util.ArrayList<>(loaded.errors());
            all.addAll(loaded.warnings());
            List<ProblemView> views = ProblemView.of(all, workspace.root(), staging, target);
            if (!loaded.valid()) {
                return new Outcome(false, name, views);
            }
            FolderSwap.switchIn(staging, target);
            return new Outcome(true, name, views);
        } finally {
            FolderSwap.delete(staging);
        }
    }

    private static ObjectNode readYaml(Path file) throws IOException {
        if (Files.size(file) > MAX_YAML_BYTES) {
            throw new BadRequest(file.getFileName() + " is over 1 MB; edit it by hand");
        }
        JsonNode node = YAML.readTree(file.toFile());
        if (node == null || !node.isObject()) {
            throw new BadRequest(file.getFileName() + " is not a YAML map");
        }
        return (ObjectNode) node;
    }

    private Object lock(String name) {
        return locks.computeIfAbsent(name, n -> new Object());
    }
}
