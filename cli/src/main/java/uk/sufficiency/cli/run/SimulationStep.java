package uk.sufficiency.cli.run;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntFunction;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.ChartSpec.Role;
import uk.sufficiency.cli.report.ChartSpec.Series;
import uk.sufficiency.engine.market.MarketCapability;
import uk.sufficiency.engine.market.MarketInputs;
import uk.sufficiency.engine.market.MarketMeasure;
import uk.sufficiency.engine.market.MarketResult;
import uk.sufficiency.engine.market.MarketTables;
import uk.sufficiency.model.placement.PlannerCategory;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * The placement market simulated month by month ({@code simulation} section; needs the
 * {@code lac_projection} section) through the same {@link MarketCapability} as {@code sufficiency
 * simulate}: children placed by type, waiting and waiting time, moves, cost and the use of each
 * skill level, with intervals across simulations (docs/methods/simulation.md).
 */
public final class SimulationStep extends CapabilityStep<MarketInputs, MarketCapability> {

    public SimulationStep() {
        super(new MarketCapability());
    }

    @Override
    public String title() {
        return "Placement market simulated month by month";
    }


    @Override
    protected String notRun() {
        return "Not run: the simulation takes its entries, leavers and moves from the looked-after children"
                + " model, and scenario.yaml has no lac_projection section.";
    }

    @Override
    protected StepResult run(RunContext context, MarketInputs inputs) throws Exception {
        MarketResult result = capability.run(inputs, context.pipeline());
        return present(result, capability.tables(result));
    }

    /** Headlines and charts over the simulation's tables; the same for {@code run} and {@code simulate}. */
    public static StepResult present(MarketResult result, List<Table> tables) {
        Map<String, Table> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        StepResult.Builder step = StepResult.builder().summary(summary(result));
        List<String> months = result.monthEnds().stream().map(d -> YearMonth.from(d).toString()).toList();
        int last = result.months() - 1;
        LocalDate end = result.monthEnds().get(last);
        step.chart(new ChartSpec("Children waiting for a placement at each month end, with the 80% interval",
                ChartSpec.Type.FAN, months, "children", fan("waiting, mean",
                        t -> result.interval(MarketMeasure.WAITING, t), result.months()), MarketTables.FLOWS),
                byName.get(MarketTables.FLOWS));
        List<Series> byType = new ArrayList<>();
        for (PlannerCategory category : PlannerCategory.values()) {
            List<Double> means = new ArrayList<>();
            for (int t = 0; t < result.months(); t++) {
                means.add(r1(result.interval(MarketMeasure.placed(category), t).mean()));
            }
            byType.add(Series.of(category.word().replace('_', ' '), means));
        }
        step.chart(new ChartSpec("Children placed by type at each month end (mean of simulations)",
                ChartSpec.Type.STACKED_BAR, months, "children", byType, MarketTables.PLACEMENTS),
                byName.get(MarketTables.PLACEMENTS));
        step.chart(new ChartSpec("Cost of placements for a year at each month's placements and prices (GBP), with"
                + " the 80% interval", ChartSpec.Type.FAN, months, "GBP a year", fan("annual cost, mean",
                        t -> result.interval(MarketMeasure.ANNUAL_COST, t), result.months()), MarketTables.COST),
                byName.get(MarketTables.COST));
        Interval waiting = result.interval(MarketMeasure.WAITING, last);
        // the 80% range goes with the figure, not into the label, so compare matches and shows both runs' ranges
        step.headline("waiting-end", "Children waiting at " + end, r1(waiting.mean()), "children",
                r1(waiting.lower80()), r1(waiting.upper80()));
        step.headline("mean-wait-end", "Mean months waited so far by children waiting at " + end,
                r1(result.interval(MarketMeasure.MEAN_WAIT, last).mean()), "months");
        step.headline("moves-per-year", "Placement moves a year (breakdowns and carers leaving, mean)",
                r1(movesPerYear(result)), "children/year");
        Interval annual = result.interval(MarketMeasure.ANNUAL_COST, last);
        step.headline("annual-cost-end", "Placements cost for a year at " + end, Math.round(annual.mean()), "GBP/year",
                Math.round(annual.lower80()), Math.round(annual.upper80()));
        tables.stream().filter(t -> step.build().tables().stream().noneMatch(d -> d.name().equals(t.name())))
                .forEach(step::table);
        return step.build();
    }

    private static String summary(MarketResult result) {
        return String.format(Locale.ROOT, "%d simulations of the placement market month by month for %d months from %s:"
                + " children enter, leave and move at the looked-after children model's rates; in-house carers"
                + " are recruited (the plan's recruitment, after the lead time), retire and deregister at the"
                + " planner's rates; the external market offers %.1f vacancies a month; and each month the matcher"
                + " places the waiting children around everyone already placed (%d of %d simulated months settled"
                + " by its exact flow). Intervals hold 80%% and 95%% of simulations (seed %d).",
                result.simulations(), result.months(), result.monthEnds().get(0).withDayOfMonth(1),
                result.settings().externalOffersPerMonth(), result.exactMonths(),
                result.exactMonths() + result.serviceMonths(), result.seed());
    }

    private static double movesPerYear(MarketResult result) {
        double total = 0;
        for (int t = 0; t < result.months(); t++) {
            total += result.interval(MarketMeasure.PLACEMENT_MOVES, t).mean();
        }
        return total * 12.0 / result.months();
    }

    /** A mean line and its 80% band, one decimal. */
    private static List<Series> fan(String name, IntFunction<Interval> at, int months) {
        List<Double> mean = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        for (int t = 0; t < months; t++) {
            Interval interval = at.apply(t);
            mean.add(r1(interval.mean()));
            low.add(r1(interval.lower80()));
            high.add(r1(interval.upper80()));
        }
        return List.of(Series.of(name, mean), new Series("80% interval (low)", Role.BAND_LOW, low),
                new Series("80% interval", Role.BAND_HIGH, high));
    }

    private static double r1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
