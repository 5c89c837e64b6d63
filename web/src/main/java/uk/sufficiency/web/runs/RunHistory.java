package uk.sufficiency.web.runs;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.web.Workspace;

/** The runs and comparisons of the workspace, read from the run.json each run wrote. */
public final class RunHistory {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final long MAX_RUN_JSON_BYTES = 4 << 20;

    private RunHistory() {
    }

    /** Every run folder with a readable run.json, newest first. */
    public static List<Map<String, Object>> runs(Workspace workspace) {
        List<Map<String, Object>> rows = new ArrayList<>();
        for (String name : workspace.list(Workspace.RUNS)) {
            Path json = workspace.folder(Workspace.RUNS).resolve(name).resolve("run.json");
            Map<String, Object> row = new HashMap<>();
            row.put("name", name);
            JsonNode record = read(json);
            if (record == null) {
                continue;
            }
            row.put("scenario", record.path("scenario").path("name").asText(""));
            row.put("scenarioDir", record.path("options").path("scenario_dir").asText(""));
            row.put("started", record.path("started_at").asText(""));
            row.put("seconds", record.path("total_seconds").asText(""));
            row.put("status", record.path("status").asText(""));
            row.put("quick", record.path("options").path("quick").asBoolean(false));
            JsonNode seed = record.path("options").path("seed");
            row.put("seed", seed.isNull() || seed.isMissingNode() ? "default" : seed.asText());
            List<String> steps = new ArrayList<>();
            record.path("steps").forEach(s -> steps.add(s.path("id").asText() + " " + s.path("status").asText()));
            row.put("steps", String.join(", ", steps));
            row.put("report", Files.isRegularFile(json.resolveSibling("report.html"), LinkOption.NOFOLLOW_LINKS));
            row.put("workbook", Files.isRegularFile(json.resolveSibling("results.xlsx"), LinkOption.NOFOLLOW_LINKS));
            rows.add(row);
        }
        rows.sort(Comparator.comparing((Map<String, Object> r) -> (String) r.get("started")).reversed());
        return rows;
    }

    /** The run.json of a run folder, or null when it has none or it cannot be read. */
    public static JsonNode read(Path json) {
        try {
            if (!Files.isRegularFile(json, LinkOption.NOFOLLOW_LINKS) || Files.size(json) > MAX_RUN_JSON_BYTES) {
                return null;
            }
            return JSON.readTree(json.toFile());
        } catch (IOException e) {
            return null;
        }
    }

    /** Comparison folders holding compare.html, newest name first. */
    public static List<String> comparisons(Workspace workspace) {
        List<String> names = new ArrayList<>(workspace.list(Workspace.COMPARISONS).stream()
                .filter(n -> Files.isRegularFile(workspace.folder(Workspace.COMPARISONS).resolve(n).resolve("compare.html"),
                        LinkOption.NOFOLLOW_LINKS)).toList());
        names.sort(Comparator.reverseOrder());
        return names;
    }
}
