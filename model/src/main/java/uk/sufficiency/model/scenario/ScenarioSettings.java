package uk.sufficiency.model.scenario;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.sufficiency.model.Word;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.cost.FeeTable;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.settings.ScenarioConfig;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The scenario's own keys of a merged {@code scenario.yaml} (name, date, fees, weights, series,
 * targets), bound through the same strict mechanism as every capability's section, so an unknown
 * top-level key is an error naming its file and line. The capability sections are opaque here:
 * each capability binds its own.
 */
final class ScenarioSettings {

    /**
     * Every top-level key of scenario.yaml: the scenario's own and one section per capability that
     * reads one. Matching reads {@code weights} and its {@code matching} section (how long the solver
     * searches); forecasting reads {@code series} and {@code targets} and has no section, so none is accepted.
     */
    record Root(JsonNode name, JsonNode description, JsonNode asOf, @JsonProperty("extends") JsonNode parent,
            JsonNode files, JsonNode add, JsonNode close, JsonNode fees, JsonNode weights, JsonNode series,
            JsonNode targets, JsonNode matching, JsonNode lacProjection,
            JsonNode ehcpProjection, JsonNode plan, JsonNode unitCosts, JsonNode simulation) {
    }

    record Fees(Map<String, Double> skillFeeGbpPerWeek, List<Allowance> ageAllowances) {
    }

    record Allowance(Integer minAge, Integer maxAge, Double weeklyGbp) {
    }

    record Weights(Double costPerGbp, Double distancePerKm, Double schoolContinuity, Double schoolReachKm,
            Double preferenceStep, Double movePlacedChild, Double overQualification) {
    }

    record Series(String file, String unit, String label, String panelFile) {
    }

    /** Named for binding: a map of series by name. */
    static final class SeriesMap extends LinkedHashMap<String, Series> {
    }

    /** Named for binding: the list of targets. */
    static final class TargetList extends ArrayList<TargetEntry> {
    }

    record TargetEntry(String series, LocalDate by, Double value, String direction, Double amberTolerance, String label) {
    }

    /** As-of dates the engine's data and rules make sense for. */
    static final int FIRST_YEAR = 1990;
    static final int LAST_YEAR = 2100;
    /** Targets further than this from the as-of date are refused: a projection that far is meaningless. */
    static final int TARGET_YEARS = 30;

    private final ConfigSection root;
    private final ProblemCollector problems;

    private final String name;
    private final String description;
    private final LocalDate asOfDate;
    private final FeeTable fees;
    private final MatchingWeights weights;
    private final Map<String, SeriesRef> series;
    private final List<Target> targets;

    ScenarioSettings(ScenarioConfig config, ProblemCollector problems) {
        this.root = config.root();
        this.problems = problems;
        // unknown top-level keys first; then each key on its own, so one wrong value hides no other problem
        root.bind(Root.class, problems);
        String boundName = root.bindValue("/name", String.class, problems);
        this.name = boundName == null || boundName.isBlank()
                ? (root.node().has("name") && !root.node().path("name").isTextual() ? null : missing("/name", "name is required"))
                : boundName;
        String boundDescription = root.bindValue("/description", String.class, problems);
        this.description = boundDescription == null ? "" : boundDescription;
        this.asOfDate = root.node().has("as_of") ? asOf(root.bindValue("/as_of", LocalDate.class, problems))
                : asOf(null);
        this.fees = fees(root.bindValue("/fees", Fees.class, problems));
        this.weights = weights(root.bindValue("/weights", Weights.class, problems));
        this.series = series(root.bindValue("/series", SeriesMap.class, problems));
        this.targets = targets(root.bindValue("/targets", TargetList.class, problems));
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

    private String missing(String pointer, String rule) {
        root.error(problems, pointer, null, rule);
        return null;
    }

    private LocalDate asOf(LocalDate asOf) {
        if (asOf == null) {
            if (!root.node().has("as_of")) {
                missing("/as_of", "as_of is required (an ISO date, YYYY-MM-DD)");
            }
        } else if (asOf.getYear() < FIRST_YEAR || asOf.getYear() > LAST_YEAR) {
            root.error(problems, "/as_of", asOf.toString(), "as_of must be a date from " + FIRST_YEAR + " to " + LAST_YEAR);
            return null;
        }
        return asOf;
    }

    private FeeTable fees(Fees given) {
        FeeTable defaults = FeeTable.defaults();
        if (given == null) {
            return defaults;
        }
        Map<Integer, Double> skillFees = new TreeMap<>(defaults.skillFeeGbpPerWeek());
        if (given.skillFeeGbpPerWeek() != null) {
            given.skillFeeGbpPerWeek().forEach((key, fee) -> {
                String pointer = "/fees/skill_fee_gbp_per_week/" + key;
                Integer level = level(key);
                if (level == null) {
                    root.error(problems, pointer, key, "skill fee keys must be skill levels " + SkillLevel.MIN + " to " + SkillLevel.MAX);
                } else if (inRange(pointer, fee, 0, 10_000, "a weekly fee in GBP")) {
                    skillFees.put(level, fee);
                }
            });
        }
        List<FeeTable.AgeAllowance> allowances = defaults.ageAllowances();
        if (given.ageAllowances() != null) {
            allowances = new ArrayList<>();
            for (int i = 0; i < given.ageAllowances().size(); i++) {
                String pointer = "/fees/age_allowances/" + i;
                Allowance band = given.ageAllowances().get(i);
                if (band == null) {
                    root.error(problems, pointer, null, "each age allowance needs min_age, max_age and weekly_gbp");
                    continue;
                }
                boolean ok = inRange(pointer + "/min_age", band.minAge(), 0, 25, "an age")
                        & inRange(pointer + "/max_age", band.maxAge(), 0, 25, "an age")
                        & inRange(pointer + "/weekly_gbp", band.weeklyGbp(), 0, 10_000, "a weekly allowance in GBP");
                if (ok && band.minAge() > band.maxAge()) {
                    root.error(problems, pointer + "/min_age", band.minAge().toString(), "min_age must not exceed max_age");
                } else if (ok) {
                    allowances.add(new FeeTable.AgeAllowance(band.minAge(), band.maxAge(), band.weeklyGbp()));
                }
            }
            checkAllowancesCoverChildhood(allowances);
        }
        return new FeeTable(skillFees, allowances);
    }

    private static Integer level(String key) {
        try {
            int level = Integer.parseInt(key.trim().replaceFirst("^[Ll]", ""));
            return SkillLevel.isValid(level) ? level : null;
        } catch (NumberFormatException e) {
            return null;
        }
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
                root.error(problems, "/fees/age_allowances", null, "age allowance bands must cover every age from 0 to 17"
                        + " exactly once; age " + age + " is covered " + covering + " times");
                return;
            }
        }
    }

    private MatchingWeights weights(Weights w) {
        MatchingWeights d = MatchingWeights.defaults();
        if (w == null) {
            return d;
        }
        return new MatchingWeights(
                weight("cost_per_gbp", w.costPerGbp(), d.costPerGbp()),
                weight("distance_per_km", w.distancePerKm(), d.distancePerKm()),
                weight("school_continuity", w.schoolContinuity(), d.schoolContinuity()),
                weight("school_reach_km", w.schoolReachKm(), d.schoolReachKm()),
                weight("preference_step", w.preferenceStep(), d.preferenceStep()),
                weight("move_placed_child", w.movePlacedChild(), d.movePlacedChild()),
                weight("over_qualification", w.overQualification(), d.overQualification()));
    }

    private double weight(String key, Double value, double fallback) {
        if (value == null) {
            return fallback;
        }
        return inRange("/weights/" + key, value, 0, 1_000_000, "a weight") ? value : fallback;
    }

    private Map<String, SeriesRef> series(Map<String, Series> given) {
        Map<String, SeriesRef> result = new LinkedHashMap<>();
        if (given == null) {
            return result;
        }
        given.forEach((key, entry) -> {
            String pointer = "/series/" + key;
            if (entry == null || entry.file() == null) {
                root.error(problems, pointer + "/file", null, "each series needs a file");
                return;
            }
            Path path = Path.of(entry.file());
            if (!Files.isRegularFile(path)) {
                root.error(problems, pointer + "/file", path.getFileName().toString(), "file not found");
                return;
            }
            Path panel = entry.panelFile() == null ? null : Path.of(entry.panelFile());
            if (panel != null && !Files.isRegularFile(panel)) {
                root.error(problems, pointer + "/panel_file", panel.getFileName().toString(), "file not found");
                return;
            }
            result.put(key, new SeriesRef(key, path, entry.unit() == null ? "" : entry.unit(),
                    entry.label() == null ? key : entry.label(), panel));
        });
        return result;
    }

    private List<Target> targets(List<TargetEntry> given) {
        List<Target> result = new ArrayList<>();
        if (given == null) {
            return result;
        }
        for (int i = 0; i < given.size(); i++) {
            String pointer = "/targets/" + i;
            TargetEntry t = given.get(i);
            if (t == null) {
                root.error(problems, pointer, null, "each target needs series, by and value");
                continue;
            }
            boolean ok = true;
            if (t.series() == null) {
                ok = missing(pointer + "/series", "a target must name its series") != null;
            } else if (!series.containsKey(t.series())) {
                root.error(problems, pointer + "/series", t.series(), "target names a series not listed under series: "
                        + series.keySet());
                ok = false;
            }
            ok &= checkTargetDate(pointer + "/by", t.by());
            ok &= t.value() == null ? missing(pointer + "/value", "a target needs a value") != null
                    : inRange(pointer + "/value", t.value(), -1e15, 1e15, "a target value");
            Target.Direction direction = Word.parse(Target.Direction.class, t.direction() == null ? "at_most" : t.direction())
                    .orElse(null);
            if (direction == null) {
                root.error(problems, pointer + "/direction", t.direction(), "direction must be "
                        + Word.choices(Target.Direction.class));
                ok = false;
            }
            double tolerance = t.amberTolerance() == null ? 0.05 : t.amberTolerance();
            ok &= inRange(pointer + "/amber_tolerance", tolerance, 0, 1, "a fraction");
            if (ok) {
                result.add(new Target(t.series(), t.by(), t.value(), direction, tolerance, t.label() != null ? t.label()
                        : t.series() + " " + direction.word() + " " + t.value() + " by " + t.by()));
            }
        }
        return result;
    }

    private boolean checkTargetDate(String pointer, LocalDate by) {
        if (by == null) {
            return missing(pointer, "a target needs a date (by: YYYY-MM-DD)") != null;
        }
        if (asOfDate != null && Math.abs(by.getYear() - asOfDate.getYear()) > TARGET_YEARS) {
            root.error(problems, pointer, by.toString(), "a target date must be within " + TARGET_YEARS
                    + " years of the scenario's as_of date");
            return false;
        }
        return true;
    }

    private boolean inRange(String pointer, Number value, double min, double max, String meaning) {
        if (value == null) {
            root.error(problems, pointer, null, meaning + " is required");
            return false;
        }
        int before = problems.problems().size();
        root.checkRange(problems, pointer, value, min, max, meaning);
        return problems.problems().size() == before;
    }
}
