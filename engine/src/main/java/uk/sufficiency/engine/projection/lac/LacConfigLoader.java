package uk.sufficiency.engine.projection.lac;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads and checks {@link LacProjectionConfig}: from a YAML file today, or from a JsonNode (the
 * {@code lac_projection} section of a scenario) once scenarios carry it. Keys ending {@code _file} or
 * {@code _dir} that hold relative paths are resolved against the folder the YAML came from. Every
 * problem is collected before throwing.
 */
public final class LacConfigLoader {

    private static final Pattern WINDOW = Pattern.compile("(\\d+)\\s*([my]?)");

    private LacConfigLoader() {
    }

    public static ObjectMapper mapper() {
        ObjectMapper mapper = new ObjectMapper(new YAMLFactory());
        mapper.registerModule(new JavaTimeModule());
        mapper.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);
        mapper.enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
        return mapper;
    }

    /** Reads a standalone YAML file (the whole file is the section). */
    public static LacProjectionConfig load(Path yamlFile) {
        JsonNode node;
        try {
            node = mapper().readTree(yamlFile.toFile());
        } catch (IOException e) {
            throw InvalidInputException.of(Problem.error(yamlFile, 0, null, null, "could not read YAML: " + e.getMessage()));
        }
        Path base = yamlFile.toAbsolutePath().getParent();
        return bind(node == null ? mapper().createObjectNode() : node, yamlFile, base);
    }

    /**
     * Binds a YAML/JSON tree.
     *
     * @param source  file named in problems
     * @param baseDir folder relative {@code *_file}/{@code *_dir} values resolve against
     */
    public static LacProjectionConfig bind(JsonNode node, Path source, Path baseDir) {
        if (node != null && !node.isObject() && !node.isNull() && !node.isMissingNode()) {
            throw InvalidInputException.of(Problem.error(source, 0, null, null, "the LAC projection settings must be a YAML mapping"));
        }
        ObjectNode tree = node == null || !node.isObject() ? mapper().createObjectNode() : ((ObjectNode) node).deepCopy();
        resolvePaths(tree, baseDir);
        LacProjectionConfig config;
        try {
            config = mapper().treeToValue(tree, LacProjectionConfig.class);
        } catch (UnrecognizedPropertyException e) {
            throw InvalidInputException.of(Problem.error(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    path(e), null, "unknown key '" + e.getPropertyName() + "'; known keys: "
                            + e.getKnownPropertyIds().stream().map(Object::toString).sorted().collect(Collectors.joining(", "))));
        } catch (JsonProcessingException e) {
            throw InvalidInputException.of(Problem.error(source, e.getLocation() == null ? 0 : e.getLocation().getLineNr(),
                    e instanceof com.fasterxml.jackson.databind.JsonMappingException m ? path(m) : null, null,
                    "invalid value: " + e.getOriginalMessage()));
        }
        validate(config, source);
        return config;
    }

    private static String path(com.fasterxml.jackson.databind.JsonMappingException e) {
        StringBuilder text = new StringBuilder();
        for (var ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                text.append(text.length() == 0 ? "" : ".").append(ref.getFieldName());
            } else if (ref.getIndex() >= 0) {
                text.append('[').append(ref.getIndex()).append(']');
            }
        }
        return text.length() == 0 ? null : text.toString();
    }

    private static void resolvePaths(JsonNode node, Path baseDir) {
        if (node instanceof ObjectNode object) {
            var names = object.fieldNames();
            List<String> keys = new java.util.ArrayList<>();
            names.forEachRemaining(keys::add);
            for (String key : keys) {
                JsonNode value = object.get(key);
                if ((key.endsWith("_file") || key.endsWith("_dir")) && value.isTextual() && baseDir != null) {
                    Path p = Path.of(value.asText());
                    object.put(key, (p.isAbsolute() ? p : baseDir.resolve(p)).normalize().toString());
                } else {
                    resolvePaths(value, baseDir);
                }
            }
        }
    }

    /** Months in a reference window written "12m", "2y" or "12". */
    public static int windowMonths(String text) {
        Matcher m = WINDOW.matcher(text.trim().toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("reference window '" + text + "' must be a number of months (12m) or years (2y)");
        }
        int n = Integer.parseInt(m.group(1));
        int months = "y".equals(m.group(2)) ? n * 12 : n;
        if (months < 1) {
            throw new IllegalArgumentException("reference window must be at least 1 month");
        }
        return months;
    }

    static void validate(LacProjectionConfig c, Path source) {
        ProblemCollector p = new ProblemCollector();
        Set<String> ids = new HashSet<>();
        for (int i = 0; i < c.categories().size(); i++) {
            var cat = c.categories().get(i);
            if (cat.id() == null || cat.id().isBlank()) {
                p.error(source, 0, "categories[" + i + "].id", null, "every category needs an id");
            } else if (!ids.add(cat.id()) || cat.id().equals(LacProjectionConfig.EXIT) || cat.id().equals(LacProjectionConfig.ANY)) {
                p.error(source, 0, "categories[" + i + "].id", cat.id(), "category ids must be unique and not 'exit' or 'any'");
            }
            if (cat.weeklyCostGbp() < 0 || !Double.isFinite(cat.weeklyCostGbp())) {
                p.error(source, 0, "categories[" + i + "].weekly_cost_gbp", String.valueOf(cat.weeklyCostGbp()),
                        "weekly cost must be a finite number of GBP >= 0");
            }
        }
        if (c.categories().isEmpty()) {
            p.error(source, 0, "categories", null, "at least one category is required");
        }
        checkCategory(p, source, "default_category", c.defaultCategory(), ids, false, false);
        for (int i = 0; i < c.placementMapping().size(); i++) {
            var rule = c.placementMapping().get(i);
            if (rule.place().isEmpty()) {
                p.error(source, 0, "placement_mapping[" + i + "].place", null, "a mapping rule needs at least one PLACE code");
            }
            checkCategory(p, source, "placement_mapping[" + i + "].category", rule.category(), ids, false, false);
        }
        AgeBands bands = null;
        try {
            bands = AgeBands.parse(c.ageBands());
        } catch (IllegalArgumentException e) {
            p.error(source, 0, "age_bands", String.join(",", c.ageBands()), e.getMessage());
        }
        try {
            windowMonths(c.referenceWindow());
        } catch (IllegalArgumentException e) {
            p.error(source, 0, "reference_window", c.referenceWindow(), e.getMessage());
        }
        if (!(c.priorStrength() > 0) || !Double.isFinite(c.priorStrength())) {
            p.error(source, 0, "prior_strength", String.valueOf(c.priorStrength()), "prior_strength must be a number > 0");
        }
        String mode = c.entries().mode();
        if (!List.of("constant", "trended", "population").contains(mode)) {
            p.error(source, 0, "entries.mode", mode, "entries.mode must be constant, trended or population");
        } else if (mode.equals("population") && c.entries().populationFile() == null) {
            p.error(source, 0, "entries.population_file", null, "entries.mode population needs entries.population_file");
        }
        if (!List.of("net", "none").contains(c.aggregateMoves())) {
            p.error(source, 0, "aggregate_moves", c.aggregateMoves(), "aggregate_moves must be net or none");
        }
        if (c.inflationPerYear() <= -1 || !Double.isFinite(c.inflationPerYear())) {
            p.error(source, 0, "inflation_per_year", String.valueOf(c.inflationPerYear()),
                    "inflation_per_year is a yearly fraction (0.03 = 3%) and must be > -1");
        }
        if (c.backtestMonths() < 0) {
            p.error(source, 0, "backtest_months", String.valueOf(c.backtestMonths()), "backtest_months must be >= 0 (0 = off)");
        }
        for (int i = 0; i < c.rateEdits().size(); i++) {
            var e = c.rateEdits().get(i);
            String key = "rate_edits[" + i + "]";
            checkCategory(p, source, key + ".from_category", e.fromCategory(), ids, true, false);
            checkCategory(p, source, key + ".to", e.to(), ids, false, true);
            checkBand(p, source, key + ".age_band", e.ageBand(), bands);
            checkOneOf(p, source, key, e.multiply(), "multiply", e.addMonthlyProbability(), "add_monthly_probability");
            if (e.addMonthlyProbability() != null && Math.abs(e.addMonthlyProbability()) > 1) {
                p.error(source, 0, key + ".add_monthly_probability", String.valueOf(e.addMonthlyProbability()),
                        "a monthly probability change must lie between -1 and 1");
            }
            checkDates(p, source, key, e.from(), e.until());
        }
        for (int i = 0; i < c.entryEdits().size(); i++) {
            var e = c.entryEdits().get(i);
            String key = "entry_edits[" + i + "]";
            checkCategory(p, source, key + ".category", e.category(), ids, true, false);
            checkBand(p, source, key + ".age_band", e.ageBand(), bands);
            checkOneOf(p, source, key, e.multiply(), "multiply", e.addPerMonth(), "add_per_month");
            checkDates(p, source, key, e.from(), e.until());
        }
        for (int i = 0; i < c.durationCaps().size(); i++) {
            var cap = c.durationCaps().get(i);
            String key = "duration_caps[" + i + "]";
            checkCategory(p, source, key + ".category", cap.category(), ids, false, false);
            checkCategory(p, source, key + ".move_to", cap.moveTo(), ids, false, true);
            if (cap.maxMonths() == null || cap.maxMonths() < 1) {
                p.error(source, 0, key + ".max_months", String.valueOf(cap.maxMonths()), "max_months must be a whole number >= 1");
            }
            if (!(cap.probability() >= 0 && cap.probability() <= 1)) {
                p.error(source, 0, key + ".probability", String.valueOf(cap.probability()), "probability must lie in [0, 1]");
            }
            checkDates(p, source, key, cap.from(), cap.until());
        }
        p.throwIfErrors();
    }

    private static void checkCategory(ProblemCollector p, Path source, String key, String value, Set<String> ids,
            boolean allowAny, boolean allowExit) {
        if (value == null) {
            p.error(source, 0, key, null, "a category is required here");
        } else if (!ids.contains(value) && !(allowAny && value.equals(LacProjectionConfig.ANY))
                && !(allowExit && value.equals(LacProjectionConfig.EXIT))) {
            p.error(source, 0, key, value, "unknown category; expected one of " + String.join(", ", ids)
                    + (allowAny ? ", any" : "") + (allowExit ? ", exit" : ""));
        }
    }

    private static void checkBand(ProblemCollector p, Path source, String key, String value, AgeBands bands) {
        if (bands != null && !value.equals(LacProjectionConfig.ANY) && bands.indexOf(value) < 0) {
            p.error(source, 0, key, value, "unknown age band; expected 'any' or one of the age_bands");
        }
    }

    private static void checkOneOf(ProblemCollector p, Path source, String key, Double a, String aName, Double b, String bName) {
        if ((a == null) == (b == null)) {
            p.error(source, 0, key, null, "give exactly one of " + aName + " and " + bName);
        } else if (a != null && (!(a >= 0) || !Double.isFinite(a))) {
            p.error(source, 0, key + "." + aName, String.valueOf(a), aName + " must be a finite number >= 0");
        } else if (b != null && !Double.isFinite(b)) {
            p.error(source, 0, key + "." + bName, String.valueOf(b), bName + " must be a finite number");
        }
    }

    private static void checkDates(ProblemCollector p, Path source, String key, java.time.LocalDate from, java.time.LocalDate until) {
        if (from != null && until != null && until.isBefore(from)) {
            p.error(source, 0, key + ".until", until.toString(), "until must not be before from");
        }
    }
}
