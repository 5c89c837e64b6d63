package uk.sufficiency.engine.market;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.model.placement.PlannerCategory;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * A region's simulation as tables: for each member and the region, pooled, alone and pooled less
 * alone (simulation by simulation, then the interval across simulations), over the whole period and
 * month by month. Interval columns as everywhere: {@code mean, median, lower_80, upper_80, lower_95,
 * upper_95}. Each council is given by its id ({@code council}, {@code region} for the total: the key,
 * as in the inputs table's settings) and the name region.yaml gives it ({@code council_name}, as the
 * charts label it; the region's name for the total).
 */
public final class RegionMarketTables {

    public static final String SUMMARY = "region-simulation-summary";
    public static final String MONTHS = "region-simulation-months";
    public static final String INPUTS = "region-simulation-inputs";
    public static final String POOLED = "pooled";
    public static final String ALONE = "alone";
    public static final String DIFFERENCE = "pooled_less_alone";

    /** A figure of one council in one arm at month t, one draw per simulation. */
    @FunctionalInterface
    interface Figure {
        double[] draws(RegionMarketResult.Council council, boolean pooled, int t);
    }

    /** One measure of the tables: its id, unit and figure. */
    record Measure(String id, String unit, Figure figure) {
    }

    /** Month by month: in-house, by type, in another council, out of county, waiting, moves, cost. */
    static final List<Measure> MONTHLY = monthly();

    private RegionMarketTables() {
    }

    public static List<Table> of(RegionMarketResult result) {
        return List.of(summary(result), months(result), inputs(result));
    }

    private static List<Measure> monthly() {
        List<Measure> rows = new ArrayList<>();
        rows.add(new Measure("placed_in_house", "children", (c, pooled, t) -> c.inHouse(arm(c, pooled), t)));
        for (PlannerCategory category : PlannerCategory.values()) {
            rows.add(of(MarketMeasure.placed(category)));
        }
        for (RegionMeasure extra : RegionMeasure.values()) {
            rows.add(new Measure(extra.id(), extra.unit(), (c, pooled, t) -> pooled ? c.extra(extra, t)
                    : new double[c.alone().simulations()]));
        }
        for (MarketMeasure m : List.of(MarketMeasure.OUT_OF_COUNTY, MarketMeasure.WAITING, MarketMeasure.MEAN_WAIT,
                MarketMeasure.LONGEST_WAIT, MarketMeasure.IN_CARE, MarketMeasure.PLACEMENT_MOVES,
                MarketMeasure.PLACED_IN_MONTH, MarketMeasure.WEEKLY_COST, MarketMeasure.ANNUAL_COST,
                MarketMeasure.IN_HOUSE_HOUSEHOLDS)) {
            rows.add(of(m));
        }
        return List.copyOf(rows);
    }

    private static Measure of(MarketMeasure m) {
        return new Measure(m.id(), m.unit(), (c, pooled, t) -> arm(c, pooled).draws(m, t));
    }

    static MarketResult arm(RegionMarketResult.Council council, boolean pooled) {
        return pooled ? council.pooled() : council.alone();
    }

    /** Over the whole period: monthly figures averaged over the months, moves and cost summed. */
    static Table summary(RegionMarketResult result) {
        List<String> columns = new ArrayList<>(List.of("council", "council_name", "measure", "unit", "arm"));
        columns.addAll(Interval.COLUMNS);
        Table.Builder table = Table.builder(SUMMARY, "Pooled against each council alone over the " + result.months()
                + " simulated months (same seeds; across simulations)", columns.toArray(String[]::new)).keys(5);
        for (RegionMarketResult.Council council : result.all()) {
            for (Measure m : MONTHLY) {
                if (m.unit().startsWith("gbp") || m.id().equals(MarketMeasure.LONGEST_WAIT.id())) {
                    continue; // costs are given for the period below; the longest wait is a month's figure
                }
                double[] pooled = monthlyMean(council, m, true);
                double[] alone = monthlyMean(council, m, false);
                String id = m.id().equals(MarketMeasure.PLACEMENT_MOVES.id()) || m.id().equals(
                        MarketMeasure.PLACED_IN_MONTH.id()) ? m.id() + "_per_month" : m.id() + "_mean_of_months";
                arms(table, council, id, m.unit(), pooled, alone, 10);
            }
            int last = result.months() - 1;
            arms(table, council, "waiting_at_end", "children", council.pooled().draws(MarketMeasure.WAITING, last),
                    council.alone().draws(MarketMeasure.WAITING, last), 10);
            arms(table, council, "cost_of_period", "gbp", RegionMarketResult.Council.periodCost(council.pooled()),
                    RegionMarketResult.Council.periodCost(council.alone()), 1);
            arms(table, council, "charges_of_period", "gbp", periodCharges(result, council),
                    new double[result.simulations()], 1);
        }
        return table.build();
    }

    static Table months(RegionMarketResult result) {
        List<String> columns = new ArrayList<>(List.of("council", "council_name", "month_end", "measure", "unit",
                "arm"));
        columns.addAll(Interval.COLUMNS);
        Table.Builder table = Table.builder(MONTHS, "Each council and the region by month end, pooled and alone"
                + " (children, months, GBP; across simulations)", columns.toArray(String[]::new)).keys(6);
        for (RegionMarketResult.Council council : result.all()) {
            for (int t = 0; t < result.months(); t++) {
                for (Measure m : MONTHLY) {
                    double scale = m.unit().startsWith("gbp") ? 1 : 10;
                    armsAt(table, List.of(council.id(), council.name(), result.monthEnds().get(t)), m.id(), m.unit(),
                            m.figure().draws(council, true, t), m.figure().draws(council, false, t), scale);
                }
            }
        }
        return table.build();
    }

    static Table inputs(RegionMarketResult result) {
        Table.Builder table = Assumption.table(INPUTS, "Region simulation inputs and the source of each",
                result.settings().assumptions());
        var pooling = result.pooling();
        table.row("pooling.shared_types", String.join(" ", pooling.sharedTypes().stream().map(t -> t.word()).toList()),
                "", "region.yaml");
        table.row("pooling.max_distance_km", pooling.maxDistanceKm() == null ? "none" : pooling.maxDistanceKm(), "km",
                "region.yaml");
        table.row("pooling.charge.uplift_percent", pooling.upliftPercent(), "%", "region.yaml");
        table.row("pooling.charge.flat_weekly_gbp", pooling.flatWeeklyGbp(), "GBP/week", "region.yaml");
        for (RegionMarketResult.Council council : result.councils()) {
            table.row(council.id() + ".external_offers_per_month", council.pooled().settings().externalOffersPerMonth(),
                    "vacancies per month", "the member's simulation section, else its vacant external places");
            table.row(council.id() + ".out_of_county_km", Math.round(council.pooled().settings().outOfCountyKm() * 100)
                    / 100.0, "km", "the member's simulation section, else 20 miles");
        }
        table.row("pooled_months_solved_by_exact_flow", result.pooledExact(), "simulated months",
                "one matching across the region a month (docs/methods/regional-pooling.md)");
        table.row("pooled_months_solved_by_matching_service", result.pooledService(), "simulated months",
                "months the exact search could not settle within its budget");
        table.row("alone_months_solved_by_exact_flow", result.region().alone().exactMonths(), "simulated months",
                "each council's own matching, over the councils");
        table.row("alone_months_solved_by_matching_service", result.region().alone().serviceMonths(),
                "simulated months", "each council's own matching, over the councils");
        return table.build();
    }

    /** The charges over the period (GBP): each month's weekly charges for the days of the month. */
    static double[] periodCharges(RegionMarketResult result, RegionMarketResult.Council council) {
        double[] total = new double[result.simulations()];
        for (int t = 0; t < result.months(); t++) {
            double[] weekly = council.extra(RegionMeasure.CHARGES_WEEKLY, t);
            double weeks = result.monthEnds().get(t).lengthOfMonth() / 7.0;
            for (int i = 0; i < total.length; i++) {
                total[i] += weekly[i] * weeks;
            }
        }
        return total;
    }

    private static double[] monthlyMean(RegionMarketResult.Council council, Measure m, boolean pooled) {
        int months = council.pooled().months();
        double[] mean = new double[council.pooled().simulations()];
        for (int t = 0; t < months; t++) {
            double[] draws = m.figure().draws(council, pooled, t);
            for (int i = 0; i < mean.length; i++) {
                mean[i] += draws[i] / months;
            }
        }
        return mean;
    }

    private static void arms(Table.Builder table, RegionMarketResult.Council council, String measure, String unit,
            double[] pooled, double[] alone, double scale) {
        armsAt(table, List.of(council.id(), council.name()), measure, unit, pooled, alone, scale);
    }

    /** Three rows: pooled, alone, and their difference simulation by simulation. */
    private static void armsAt(Table.Builder table, List<Object> lead, String measure, String unit, double[] pooled,
            double[] alone, double scale) {
        row(table, lead, measure, unit, POOLED, Interval.of(pooled), scale);
        row(table, lead, measure, unit, ALONE, Interval.of(alone), scale);
        row(table, lead, measure, unit, DIFFERENCE, Interval.of(RegionMarketResult.minus(pooled, alone)), scale);
    }

    private static void row(Table.Builder table, List<Object> lead, String measure, String unit, String arm,
            Interval interval, double scale) {
        List<Object> row = new ArrayList<>(lead);
        row.addAll(List.of(measure, unit, arm));
        for (Object cell : interval.cells()) {
            row.add(Math.round((Double) cell * scale) / scale);
        }
        table.row(row.toArray());
    }
}
