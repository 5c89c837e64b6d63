package uk.sufficiency.cli.run;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.Urgency;
import uk.sufficiency.model.cost.WeeklyCost;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.Problem;

/**
 * The scenario as it stands at its as-of date: what was read, the placement mix by type and skill
 * level, the children by status, urgency and age band, and the weekly cost of current placements.
 */
public final class ScenarioStep implements RunStep {

    /** Age bands of the DfE's looked-after children statistics (SSDA903). */
    static final List<String> AGE_BANDS = List.of("under 1", "1-4", "5-9", "10-15", "16 and over");

    private static final String NO_LEVEL = "no level";

    @Override
    public String id() {
        return "scenario";
    }

    @Override
    public String title() {
        return "Scenario: children, placements and current cost";
    }

    @Override
    public StepResult run(RunContext context) {
        Scenario scenario = context.scenario();
        Map<String, Integer> childrenIn = childrenByPlacement(scenario);
        StepResult.Builder result = StepResult.builder();
        result.table(validation(context));
        if (!context.warnings().isEmpty()) {
            result.table(warnings(context.warnings()));
        }
        children(scenario, result);
        placementMix(scenario, childrenIn, result);
        cost(scenario, result);
        result.summary("Scenario '" + scenario.name() + "' as of " + scenario.asOfDate() + ": "
                + scenario.children().size() + " children and " + scenario.placements().size()
                + " placements (carer households and provider resources). Costs are per week at the as-of date,"
                + " from each placement's stated weekly cost or, for in-house carers, the age allowance plus"
                + " the carer's skill fee.");
        return result.build();
    }

    private static Map<String, Integer> childrenByPlacement(Scenario scenario) {
        Map<String, Integer> counts = new TreeMap<>();
        for (Child child : scenario.children()) {
            if (child.currentPlacementId() != null && child.status() != ChildStatus.WAITING) {
                counts.merge(child.currentPlacementId(), 1, Integer::sum);
            }
        }
        return counts;
    }

    private static Table validation(RunContext context) {
        Scenario scenario = context.scenario();
        int places = scenario.placements().stream().mapToInt(Placement::places).sum();
        return Table.builder("scenario-validation", "What was read and checked", "item", "count").keys(1)
                .row("children", scenario.children().size())
                .row("placements (households and resources)", scenario.placements().size())
                .row("places", places)
                .row("series", scenario.series().size())
                .row("targets", scenario.targets().size())
                .row("input files", scenario.inputFiles().size())
                .row("errors", 0)
                .row("warnings", context.warnings().size())
                .build();
    }

    /** Warnings without their values, which may be child-level data. */
    private static Table warnings(List<Problem> warnings) {
        Table.Builder table = Table.builder("scenario-warnings", "Validation warnings", "file", "line", "column", "rule")
                .keys(4);
        for (Problem warning : warnings) {
            table.row(warning.file() == null ? null : warning.file().getFileName().toString(),
                    warning.line() > 0 ? warning.line() : null, warning.column(), warning.rule());
        }
        return table.build();
    }

    private static void placementMix(Scenario scenario, Map<String, Integer> childrenIn, StepResult.Builder result) {
        record Key(PlacementType type, Integer level) {
        }
        Map<Key, int[]> mix = new TreeMap<>((a, b) -> a.type() != b.type() ? a.type().compareTo(b.type())
                : Integer.compare(a.level() == null ? 0 : a.level(), b.level() == null ? 0 : b.level()));
        for (Placement placement : scenario.placements()) {
            int[] counts = mix.computeIfAbsent(new Key(placement.type(), placement.skillLevel()), k -> new int[3]);
            counts[0]++;
            counts[1] += placement.places();
            counts[2] += Math.min(placement.places(), childrenIn.getOrDefault(placement.placementId(), 0));
        }
        Table.Builder table = Table.builder("scenario-placement-mix", "Placement mix by type and carer skill level",
                "placement_type", "skill_level", "households", "places", "places_filled", "places_free").keys(2);
        List<String> types = new ArrayList<>();
        Map<String, Map<String, Double>> placesByLevel = new LinkedHashMap<>();
        int totalPlaces = 0;
        int free = 0;
        for (Map.Entry<Key, int[]> entry : mix.entrySet()) {
            int[] c = entry.getValue();
            String type = entry.getKey().type().word();
            table.row(type, entry.getKey().level(), c[0], c[1], c[2], c[1] - c[2]);
            if (!types.contains(type)) {
                types.add(type);
            }
            String level = entry.getKey().level() == null ? NO_LEVEL : "level " + entry.getKey().level();
            placesByLevel.computeIfAbsent(level, k -> new TreeMap<>()).merge(type, (double) c[1], Double::sum);
            totalPlaces += c[1];
            free += c[1] - c[2];
        }
        List<ChartSpec.Series> series = new ArrayList<>();
        placesByLevel.entrySet().stream()
                .sorted(Map.Entry.comparingByKey((a, b) -> a.equals(NO_LEVEL) ? 1 : b.equals(NO_LEVEL) ? -1 : a.compareTo(b)))
                .forEach(e -> series.add(ChartSpec.Series.of(e.getKey(),
                        types.stream().map(t -> e.getValue().getOrDefault(t, 0.0)).toList())));
        Table built = table.build();
        result.chart(new ChartSpec("Places by placement type and carer skill level", ChartSpec.Type.STACKED_BAR,
                types, "places", series, built.name()), built);
        result.headline("places", "Places (all types)", totalPlaces, "places");
        result.headline("places-free", "Places free now", free, "places");
    }

    private static void children(Scenario scenario, StepResult.Builder result) {
        record Key(ChildStatus status, Urgency urgency, int band) {
        }
        Map<Key, Integer> counts = new TreeMap<>((a, b) -> a.status() != b.status() ? a.status().compareTo(b.status())
                : a.urgency() != b.urgency() ? compareNullable(a.urgency(), b.urgency())
                : Integer.compare(a.band(), b.band()));
        LocalDate asOf = scenario.asOfDate();
        for (Child child : scenario.children()) {
            Urgency urgency = child.status() == ChildStatus.WAITING ? child.urgency() : null;
            counts.merge(new Key(child.status(), urgency, ageBand(child, asOf)), 1, Integer::sum);
        }
        Table.Builder table = Table.builder("scenario-children", "Children by status, urgency and age band",
                "status", "urgency", "age_band", "children").keys(3);
        Map<String, Double[]> byGroup = new LinkedHashMap<>();
        for (Map.Entry<Key, Integer> entry : counts.entrySet()) {
            Key key = entry.getKey();
            table.row(key.status().word(), key.urgency() == null ? null : key.urgency().word(),
                    AGE_BANDS.get(key.band()), entry.getValue());
            String group = key.urgency() == null ? key.status().word()
                    : key.status().word() + " (" + key.urgency().word() + ")";
            Double[] values = byGroup.computeIfAbsent(group, g -> new Double[AGE_BANDS.size()]);
            values[key.band()] = (values[key.band()] == null ? 0 : values[key.band()]) + entry.getValue();
        }
        List<ChartSpec.Series> series = byGroup.entrySet().stream()
                .map(e -> ChartSpec.Series.of(e.getKey(), e.getValue())).toList();
        Table built = table.build();
        result.chart(new ChartSpec("Children by age band and status", ChartSpec.Type.STACKED_BAR, AGE_BANDS,
                "children", series, built.name()), built);
        long waiting = scenario.children().stream().filter(c -> c.status() == ChildStatus.WAITING).count();
        long emergency = scenario.children().stream()
                .filter(c -> c.status() == ChildStatus.WAITING && c.urgency() == Urgency.EMERGENCY).count();
        result.headline("children", "Children in the scenario", scenario.children().size(), "children");
        result.headline("waiting", "Waiting for a placement", waiting, "children");
        result.headline("waiting-emergency", "Of whom emergencies", emergency, "children");
    }

    private static <E extends Enum<E>> int compareNullable(E a, E b) {
        return a == null ? 1 : b == null ? -1 : a.compareTo(b);
    }

    static int ageBand(Child child, LocalDate on) {
        int age = child.ageYears(on);
        if (age < 1) {
            return 0;
        }
        if (age <= 4) {
            return 1;
        }
        if (age <= 9) {
            return 2;
        }
        return age <= 15 ? 3 : 4;
    }

    private static void cost(Scenario scenario, StepResult.Builder result) {
        WeeklyCost weeklyCost = scenario.weeklyCost();
        Map<String, Placement> placements = new LinkedHashMap<>();
        scenario.placements().forEach(p -> placements.put(p.placementId(), p));
        Map<PlacementType, double[]> byType = new TreeMap<>();
        for (Child child : scenario.children()) {
            Placement placement = child.currentPlacementId() == null || child.status() == ChildStatus.WAITING
                    ? null : placements.get(child.currentPlacementId());
            if (placement != null) {
                double[] sums = byType.computeIfAbsent(placement.type(), t -> new double[2]);
                sums[0]++;
                sums[1] += weeklyCost.gbp(child, placement);
            }
        }
        Table.Builder table = Table.builder("scenario-cost", "Weekly cost of current placements by type",
                "placement_type", "children_placed", "weekly_cost_gbp", "annual_cost_gbp", "average_weekly_cost_gbp").keys(1);
        List<String> types = new ArrayList<>();
        List<Double> weekly = new ArrayList<>();
        double total = 0;
        int placed = 0;
        for (Map.Entry<PlacementType, double[]> entry : byType.entrySet()) {
            double[] sums = entry.getValue();
            table.row(entry.getKey().word(), (int) sums[0], round2(sums[1]), round2(WeeklyCost.annualGbp(sums[1])),
                    round2(sums[1] / sums[0]));
            types.add(entry.getKey().word());
            weekly.add(round2(sums[1]));
            total += sums[1];
            placed += (int) sums[0];
        }
        table.row("total", placed, round2(total), round2(WeeklyCost.annualGbp(total)),
                placed == 0 ? null : round2(total / placed));
        Table built = table.build();
        result.chart(new ChartSpec("Weekly cost of current placements by type", ChartSpec.Type.BAR, types,
                "GBP a week", List.of(ChartSpec.Series.of("weekly cost", weekly)), built.name()), built);
        result.headline("placed", "Children placed now", placed, "children");
        result.headline("weekly-cost", "Weekly cost of current placements", round2(total), "GBP/week");
        result.headline("annual-cost", "The same over a year", round2(WeeklyCost.annualGbp(total)), "GBP/year");
    }

    static double round2(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
