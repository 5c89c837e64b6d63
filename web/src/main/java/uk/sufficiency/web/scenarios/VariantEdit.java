package uk.sufficiency.web.scenarios;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Map;
import uk.sufficiency.model.scenario.ScenarioWriter;

/**
 * One change a form makes to a variant: its {@code scenario.yaml} tree and the files beside it, in
 * a staged copy. The loader then checks the result with every rule of {@code validate}.
 */
@FunctionalInterface
public interface VariantEdit {

    String ADDED_PLACEMENTS = "added-placements.csv";
    String ADDED_CHILDREN = "added-children.csv";

    void apply(ObjectNode yaml, Path folder) throws IOException;

    /** Adds one placement row (form fields by placement column) to the variant's added placements. */
    static VariantEdit addPlacement(Map<String, String> fields) {
        return (yaml, folder) -> {
            appendRow(folder.resolve(ADDED_PLACEMENTS), ScenarioWriter.PLACEMENT_COLUMNS, fields);
            yaml.withObject("/add").put("placements", ADDED_PLACEMENTS);
        };
    }

    /** Closes a placement (its id joins {@code close.placements}). */
    static VariantEdit closePlacement(String placementId) {
        return (yaml, folder) -> addToList(yaml.withObject("/close"), "placements", placementId);
    }

    /** Sets the weekly skill fee of one level, GBP. */
    static VariantEdit fee(String level, String weeklyGbp) {
        return (yaml, folder) -> yaml.withObject("/fees").withObject("/skill_fee_gbp_per_week")
                .set(level, CellText.number(weeklyGbp));
    }

    /** Sets one matching weight. */
    static VariantEdit weight(String key, String value) {
        return (yaml, folder) -> yaml.withObject("/weights").set(key, CellText.number(value));
    }

    /** Adds a target on a series. */
    static VariantEdit target(String series, String by, String value, String direction, String label) {
        return (yaml, folder) -> {
            ArrayNode targets = yaml.withArray("/targets");
            ObjectNode target = targets.addObject();
            target.put("series", series);
            target.put("by", by);
            target.set("value", CellText.number(value));
            target.put("direction", direction);
            if (label != null && !label.isBlank()) {
                target.put("label", label);
            }
        };
    }

    /** Sets the plan's extra recruitment, e.g. {@code L3=+12/yr,L4=+6/yr}. */
    static VariantEdit recruit(String spec) {
        return (yaml, folder) -> yaml.withObject("/plan").put("recruit", spec);
    }

    /**
     * An uploaded table: {@code add} adds its rows to the inherited table, {@code replace} replaces it.
     *
     * @param kind {@code children} or {@code placements}
     */
    static VariantEdit upload(String kind, String mode, byte[] content) {
        return (yaml, folder) -> {
            String file = "uploaded-" + kind + ".csv";
            Files.write(folder.resolve(file), content);
            if (mode.equals("replace")) {
                yaml.withObject("/files").put(kind, file);
            } else {
                yaml.withObject("/add").put(kind, file);
            }
        };
    }

    private static void addToList(ObjectNode parent, String key, String value) {
        ArrayNode list = parent.has(key) && parent.get(key).isArray() ? (ArrayNode) parent.get(key) : parent.putArray(key);
        for (var item : list) {
            if (item.asText().equals(value)) {
                return;
            }
        }
        list.add(value);
    }

    private static void appendRow(Path file, List<String> columns, Map<String, String> fields) throws IOException {
        StringBuilder text = new StringBuilder();
        if (!Files.exists(file)) {
            text.append(String.join(",", columns)).append('\n');
        }
        text.append(String.join(",", columns.stream().map(c -> CellText.csv(fields.getOrDefault(c, ""))).toList()))
                .append('\n');
        Files.writeString(file, text, StandardCharsets.UTF_8, StandardOpenOption.CREATE, StandardOpenOption.APPEND);
    }
}
