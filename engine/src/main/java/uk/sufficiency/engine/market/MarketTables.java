package uk.sufficiency.engine.market;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.placement.PlannerCategory;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;

/** The market simulation's tables, every uncertain figure as the shared interval columns across simulations. */
public final class MarketTables {

    public static final String PLACEMENTS = "simulation-placements";
    public static final String FLOWS = "simulation-flows";
    public static final String COST = "simulation-cost";
    public static final String COST_BY_YEAR = "simulation-cost-by-year";
    public static final String SKILL_LEVELS = "simulation-skill-levels";
    public static final String INPUTS = "simulation-inputs";

    /** Rows of the placements table: each planner category, then out of county and waiting. */
    public static final List<MarketMeasure> PLACEMENT_ROWS = placementRows();

    /** Rows of the flows table. */
    public static final List<MarketMeasure> FLOW_ROWS = List.of(MarketMeasure.WAITING, MarketMeasure.MEAN_WAIT,
            MarketMeasure.LONGEST_WAIT, MarketMeasure.IN_CARE, MarketMeasure.ENTERED, MarketMeasure.LEFT_CARE,
            MarketMeasure.PLACEMENT_MOVES, MarketMeasure.PLACED_IN_MONTH, MarketMeasure.IN_HOUSE_HOUSEHOLDS);

    private MarketTables() {
    }

    public static List<Table> of(MarketResult result) {
        return List.of(placements(result), flows(result), cost(result), costByYear(result), skillLevels(result),
                inputs(result));
    }

    private static List<MarketMeasure> placementRows() {
        List<MarketMeasure> rows = new ArrayList<>();
        for (PlannerCategory category : PlannerCategory.values()) {
            rows.add(MarketMeasure.placed(category));
        }
        rows.add(MarketMeasure.OUT_OF_COUNTY);
        rows.add(MarketMeasure.WAITING);
        return List.copyOf(rows);
    }

    /** Children placed at each month end by placement category, out of county (any category), and waiting. */
    static Table placements(MarketResult result) {
        List<String> columns = new ArrayList<>(List.of("month_end", "placement"));
        columns.addAll(Interval.columns("", "_children"));
        Table.Builder table = Table.builder(PLACEMENTS, "Children placed by type at each month end, and waiting"
                + " (children, across simulations)", columns.toArray(String[]::new)).keys(2);
        for (int t = 0; t < result.months(); t++) {
            for (MarketMeasure measure : PLACEMENT_ROWS) {
                String row = measure.id().startsWith("placed_") ? measure.id().substring("placed_".length()) : measure.id();
                table.row(cells(List.of(result.monthEnds().get(t), row), result.interval(measure, t), 10));
            }
        }
        return table.build();
    }

    static Table flows(MarketResult result) {
        List<String> columns = new ArrayList<>(List.of("month_end", "measure", "unit"));
        columns.addAll(Interval.COLUMNS);
        Table.Builder table = Table.builder(FLOWS, "Waiting, waiting time, entries, leavers and placement moves by"
                + " month (across simulations)", columns.toArray(String[]::new)).keys(2);
        for (int t = 0; t < result.months(); t++) {
            for (MarketMeasure measure : FLOW_ROWS) {
                table.row(cells(List.of(result.monthEnds().get(t), measure.id(), measure.unit()),
                        result.interval(measure, t), 10));
            }
        }
        return table.build();
    }

    static Table cost(MarketResult result) {
        List<String> columns = new ArrayList<>(List.of("month_end"));
        columns.addAll(Interval.columns("weekly_cost", "_gbp"));
        columns.addAll(Interval.columns("annual_cost", "_gbp"));
        Table.Builder table = Table.builder(COST, "Cost of the month-end placements: weekly, and that for a year"
                + " (GBP at each month's prices, across simulations)", columns.toArray(String[]::new)).keys(1);
        for (int t = 0; t < result.months(); t++) {
            List<Object> row = new ArrayList<>(List.of(cells(List.of(result.monthEnds().get(t)),
                    result.interval(MarketMeasure.WEEKLY_COST, t), 1)));
            row.addAll(List.of(cells(List.of(), result.interval(MarketMeasure.ANNUAL_COST, t), 1)));
            table.row(row.toArray());
        }
        return table.build();
    }

    static Table costByYear(MarketResult result) {
        List<String> columns = new ArrayList<>(List.of("year_ending", "months"));
        columns.addAll(Interval.columns("cost", "_gbp"));
        Table.Builder table = Table.builder(COST_BY_YEAR, "Cost of placements in each simulated year (GBP, the days"
                + " of each month at its month-end weekly cost, across simulations)", columns.toArray(String[]::new))
                .keys(1);
        for (int y = 0; y < result.yearCostGbp().length; y++) {
            int months = result.monthsInYear(y);
            table.row(cells(List.of(result.monthEnds().get(12 * y + months - 1), months), result.yearCost(y), 1));
        }
        return table.build();
    }

    static Table skillLevels(MarketResult result) {
        List<String> columns = new ArrayList<>(List.of("month_end", "skill_level", "measure", "unit"));
        columns.addAll(Interval.COLUMNS);
        Table.Builder table = Table.builder(SKILL_LEVELS, "Use of each carer skill level: in-house places, and children"
                + " placed in-house and with agency carers (across simulations)", columns.toArray(String[]::new)).keys(3);
        for (int t = 0; t < result.months(); t++) {
            for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                for (MarketMeasure.ByLevel measure : MarketMeasure.ByLevel.values()) {
                    table.row(cells(List.of(result.monthEnds().get(t), "L" + level, measure.id(), measure.unit()),
                            result.interval(measure, level, t), 10));
                }
            }
        }
        return table.build();
    }

    static Table inputs(MarketResult result) {
        Table.Builder table = Assumption.table(INPUTS, "Simulation inputs and the source of each",
                result.settings().assumptions());
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            table.row("recruits_per_year.L" + level, Math.round(result.recruitsPerYear()[level] * 1e4) / 1e4,
                    "households per year", "plan: baseline_recruits_per_year spread by level, plus plan.recruit");
        }
        table.row("months_solved_by_exact_flow", result.exactMonths(), "simulated months",
                "the matcher's rules and objective, solved exactly (docs/methods/simulation.md)");
        table.row("months_solved_by_matching_service", result.serviceMonths(), "simulated months",
                "months the exact search could not settle within its budget: the matching service itself");
        return table.build();
    }

    /** Leading cells, then the interval rounded to 1/scale. */
    private static Object[] cells(List<Object> lead, Interval interval, double scale) {
        List<Object> row = new ArrayList<>(lead);
        for (Object cell : interval.cells()) {
            row.add(Math.round((Double) cell * scale) / scale);
        }
        return row.toArray();
    }
}
