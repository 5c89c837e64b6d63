package uk.sufficiency.model.scenario;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeType;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import uk.sufficiency.model.Word;
import uk.sufficiency.model.cost.FeeTable;
import uk.sufficiency.model.table.NumberGrammar;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The policy keys of a merged {@code scenario.yaml}: name, date, fees, weights, series and
 * targets. Each problem names the file and line of the yaml that last set the key.
 */
final class ScenarioSettings {

    /** Top-level keys the engine knows; others are reported as warnings (likely typos). */
    static final Set<String> KNOWN_KEYS = Set.of("name", "description", "as_of", "extends", "files", "add", "close",
            "fees", "weights", "series", "targets", "matching", "forecast", "lac_projection", "ehcp_projection",
            "plan", "report", "unit_costs");

    private final List<YamlDocument> chain;
    private final ObjectNode merged;
    private final ProblemCollector problems;

    private final String name;
    private final String description;
    private final LocalDate asOfDate;
    private final FeeTable fees;
    private final MatchingWeights weights;
    private final Map<String, SeriesRef> series;
    private final List<Target> targets;

    ScenarioSettings(List<YamlDocument> chain, ObjectNode merged, ProblemCollector problems) {
        this.chain = chain;
        this.merged = merged;
        this.problems = problems;
        merged.fieldNames().forEachRemaining(key -> {
            if (!KNOWN_KEYS.contains(key)) {
                warn("/" + YamlDocument.escape(key), null, "unknown key '" + key + "' is ignored; known keys: "
                        + String.join(", ", new java.util.TreeSet<>(KNOWN_KEYS)));
            }
        });
        this.name = requiredText("/name");
        this.description = merged.path("description").asText("");
        this.asOfDate = date("/as_of", true);
        this.fees = readFees();
        this.weights = readWeights();
        this.series = readSeries();
        this.targets = readTargets();
    }

    String name() {
        return name;
    }

    String description() {
        return description;
    }

    LocalDate asOfDate() {
        return asOfDate;
    }

    FeeTable fees() {
        return fees;
    }

    MatchingWeights weights() {
        return weights;
    }

    Map<String, SeriesRef> series() {
        return series;
    }

    List<Target> targets() {
        return targets;
    }

    private FeeTable readFees() {
        JsonNode node = merged.path("fees");
        FeeTable defaults = FeeTable.defaults();
        if (node.isMissingNode() || !isShape("/fees", node, JsonNodeType.OBJECT, "a map")
                || !isShape("/fees/skill_fee_gbp_per_week", node.path("skill_fee_gbp_per_week"), JsonNodeType.OBJECT,
                        "a map from skill level to weekly fee")
                || !isShape("/fees/age_allowances", node.path("age_allowances"), JsonNodeType.ARRAY,
                        "a list of age bands")) {
            return defaults;
        }
        Map<Integer, Double> skillFees = new TreeMap<>(defaults.skillFeeGbpPerWeek());
        JsonNode feeNode = node.path("skill_fee_gbp_per_week");
        Iterator<Map.Entry<String, JsonNode>> fields = feeNode.fields();
        while (fields.hasNext()) {
            Map.Entry<String, JsonNode> field = fields.next();
            String pointer = "/fees/skill_fee_gbp_per_week/" + YamlDocument.escape(field.getKey());
            int level;
            try {
                level = Integer.parseInt(field.getKey().trim().replaceFirst("^[Ll]", ""));
            } catch (NumberFormatException e) {
                error(pointer, field.getKey(), "skill fee keys must be skill levels 1 to 6");
                continue;
            }
            if (level < 1 || level > 6) {
                error(pointer, field.getKey(), "skill fee keys must be skill levels 1 to 6");
                continue;
            }
            Double fee = number(pointer, field.getValue(), 0, 10_000, "a weekly fee in GBP from 0 to 10,000");
            if (fee != null) {
                skillFees.put(level, fee);
            }
        }
        List<FeeTable.AgeAllowance> allowances = defaults.ageAllowances();
        JsonNode bands = node.path("age_allowances");
        if (!bands.isMissingNode()) {
            allowances = new ArrayList<>();
            for (int i = 0; i < bands.size(); i++) {
                String pointer = "/fees/age_allowances/" + i;
                JsonNode band = bands.get(i);
                Double min = number(pointer + "/min_age", band.path("min_age"), 0, 25, "an age from 0 to 25");
                Double max = number(pointer + "/max_age", band.path("max_age"), 0, 25, "an age from 0 to 25");
                Double weekly = number(pointer + "/weekly_gbp", band.path("weekly_gbp"), 0, 10_000,
                        "a weekly allowance in GBP from 0 to 10,000");
                if (min != null && max != null && weekly != null) {
                    if (min > max) {
                        error(pointer + "/min_age", String.valueOf(min.intValue()), "min_age must not exceed max_age");
                    }
                    allowances.add(new FeeTable.AgeAllowance(min.intValue(), max.intValue(), weekly));
                }
            }
            checkAllowancesCoverChildhood(allowances);
        }
        return new FeeTable(skillFees, allowances);
    }

    private void checkAllowancesCoverChildhood(List<FeeTable.AgeAllowance> allowances) {
        for (int age = 0; age <= 17; age++) {
            int covering = 0;
            for (FeeTable.AgeAllowance band : allowances) {
                if (age >= band.minAge() && age <= band.maxAge()) {
                    covering++;
                }
            }
            if (covering != 1) {
                error("/fees/age_allowances", null, "age allowance bands must cover every age from 0 to 17 exactly once;"
                        + " age " + age + " is covered " + covering + " times");
                return;
            }
        }
    }

    private MatchingWeights readWeights() {
        MatchingWeights d = MatchingWeights.defaults();
        JsonNode node = merged.path("weights");
        if (!isShape("/weights", node, JsonNodeType.OBJECT, "a map from weight name to number")) {
            return d;
        }
        for (Iterator<String> keys = node.fieldNames(); keys.hasNext();) {
            String key = keys.next();
            if (!List.of("cost_per_gbp", "distance_per_km", "school_continuity", "school_reach_km", "preference_step",
                    "move_placed_child", "over_qualification").contains(key)) {
                warn("/weights/" + YamlDocument.escape(key), null, "unknown weight '" + key + "' is ignored");
            }
        }
        return new MatchingWeights(
                weight("cost_per_gbp", d.costPerGbp()),
                weight("distance_per_km", d.distancePerKm()),
                weight("school_continuity", d.schoolContinuity()),
                weight("school_reach_km", d.schoolReachKm()),
                weight("preference_step", d.preferenceStep()),
                weight("move_placed_child", d.movePlacedChild()),
                weight("over_qualification", d.overQualification()));
    }

    private double weight(String key, double fallback) {
        JsonNode value = merged.path("weights").path(key);
        if (value.isMissingNode()) {
            return fallback;
        }
        Double parsed = number("/weights/" + key, value, 0, 1_000_000, "a number from 0 to 1,000,000");
        return parsed == null ? fallback : parsed;
    }

    private Map<String, SeriesRef> readSeries() {
        Map<String, SeriesRef> result = new LinkedHashMap<>();
        JsonNode node = merged.path("series");
        if (!isShape("/series", node, JsonNodeType.OBJECT, "a map from series name to its file")) {
            return result;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext();) {
            Map.Entry<String, JsonNode> entry = it.next();
            String pointer = "/series/" + YamlDocument.escape(entry.getKey());
            JsonNode file = entry.getValue().path("file");
            if (!file.isTextual()) {
                error(pointer + "/file", null, "each series needs a file");
                continue;
            }
            Path path = Path.of(file.asText());
            if (!Files.isRegularFile(path)) {
                error(pointer + "/file", file.asText(), "file not found");
                continue;
            }
            result.put(entry.getKey(), new SeriesRef(entry.getKey(), path,
                    entry.getValue().path("unit").asText(""),
                    entry.getValue().path("label").asText(entry.getKey())));
        }
        return result;
    }

    private List<Target> readTargets() {
        List<Target> result = new ArrayList<>();
        JsonNode node = merged.path("targets");
        if (!isShape("/targets", node, JsonNodeType.ARRAY, "a list of targets")) {
            return result;
        }
        for (int i = 0; i < node.size(); i++) {
            String pointer = "/targets/" + i;
            JsonNode target = node.get(i);
            if (!isShape(pointer, target, JsonNodeType.OBJECT, "a map with series, by and value")) {
                continue;
            }
            String seriesName = target.path("series").asText(null);
            if (seriesName == null) {
                error(pointer + "/series", null, "a target must name its series");
            } else if (!series.containsKey(seriesName)) {
                error(pointer + "/series", seriesName, "target names a series not listed under series: " + series.keySet());
            }
            LocalDate by = date(pointer + "/by", true);
            Double value = number(pointer + "/value", target.path("value"), -1e15, 1e15, "a number");
            String directionText = target.path("direction").asText("at_most");
            Target.Direction direction = Word.parse(Target.Direction.class, directionText).orElse(null);
            if (direction == null) {
                error(pointer + "/direction", directionText, "direction must be " + Word.choices(Target.Direction.class));
            }
            JsonNode toleranceNode = target.path("amber_tolerance");
            Double tolerance = toleranceNode.isMissingNode() ? Double.valueOf(0.05)
                    : number(pointer + "/amber_tolerance", toleranceNode, 0, 1, "a fraction from 0 to 1");
            if (seriesName != null && by != null && value != null && direction != null && tolerance != null) {
                result.add(new Target(seriesName, by, value, direction, tolerance,
                        target.path("label").asText(seriesName + " " + direction.word() + " " + value + " by " + by)));
            }
        }
        return result;
    }

    private String requiredText(String pointer) {
        JsonNode node = merged.at(pointer);
        if (!node.isTextual() || node.asText().isBlank()) {
            error(pointer, null, key(pointer) + " is required");
            return null;
        }
        return node.asText();
    }

    private LocalDate date(String pointer, boolean required) {
        JsonNode node = merged.at(pointer);
        if (node.isMissingNode() || node.isNull()) {
            if (required) {
                error(pointer, null, key(pointer) + " is required (an ISO date, YYYY-MM-DD)");
            }
            return null;
        }
        try {
            return LocalDate.parse(node.asText());
        } catch (DateTimeParseException e) {
            error(pointer, node.asText(), key(pointer) + " must be an ISO date (YYYY-MM-DD)");
            return null;
        }
    }

    private Double number(String pointer, JsonNode node, double min, double max, String meaning) {
        if (node.isMissingNode() || node.isNull()) {
            error(pointer, null, key(pointer) + " is required (" + meaning + ")");
            return null;
        }
        double value;
        if (node.isNumber()) {
            value = node.asDouble();
        } else if (node.isTextual() && NumberGrammar.isDecimal(node.asText().trim())) {
            // the one number grammar of the CSV readers: "7,50" or "0x1p9" in quotes is no number either
            value = NumberGrammar.parse(node.asText().trim());
        } else {
            error(pointer, node.asText(), key(pointer) + " must be " + meaning);
            return null;
        }
        if (Double.isNaN(value) || value < min || value > max) {
            error(pointer, node.asText(), key(pointer) + " must be " + meaning);
            return null;
        }
        return value;
    }

    /** The dotted key of a pointer, as a user wrote it (JSON pointer escapes undone). */
    private static String key(String pointer) {
        return pointer.substring(1).replace('/', '.').replace("~1", "/").replace("~0", "~");
    }

    /** The file and line of the most-derived document in the chain that sets the key. */
    private YamlDocument definer(String pointer) {
        for (int i = chain.size() - 1; i >= 0; i--) {
            if (chain.get(i).defines(pointer)) {
                return chain.get(i);
            }
        }
        return chain.get(chain.size() - 1);
    }

    /**
     * True if the node is absent, empty or of the expected shape; otherwise an error at its line. A
     * map where a list belongs (or a list where a map belongs) must never be ignored or crash.
     */
    private boolean isShape(String pointer, JsonNode node, JsonNodeType expected, String described) {
        if (node.isMissingNode() || node.isNull() || node.getNodeType() == expected) {
            return true;
        }
        error(pointer, null, key(pointer) + " must be " + described + ", not " + node.getNodeType().name()
                .toLowerCase(java.util.Locale.ROOT).replace("object", "a map").replace("array", "a list"));
        return false;
    }

    private void error(String pointer, String value, String rule) {
        YamlDocument document = definer(pointer);
        problems.error(document.file(), lineOf(document, pointer), key(pointer), value, rule);
    }

    /** The key's line; for a key that is missing, the line of the nearest enclosing key that is there. */
    private static int lineOf(YamlDocument document, String pointer) {
        String at = pointer;
        int line = document.line(at);
        while (line == 0 && at.lastIndexOf('/') > 0) {
            at = at.substring(0, at.lastIndexOf('/'));
            line = document.line(at);
        }
        return line;
    }

    private void warn(String pointer, String value, String rule) {
        YamlDocument document = definer(pointer);
        problems.warning(document.file(), lineOf(document, pointer), key(pointer), value, rule);
    }
}
