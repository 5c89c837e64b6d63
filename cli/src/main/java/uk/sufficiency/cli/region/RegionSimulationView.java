package uk.sufficiency.cli.region;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.ChartSpec.Series;
import uk.sufficiency.cli.run.StepResult;
import uk.sufficiency.engine.market.MarketMeasure;
import uk.sufficiency.engine.market.RegionMarketResult;
import uk.sufficiency.engine.market.RegionMarketTables;
import uk.sufficiency.engine.market.RegionMeasure;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * A region's simulation shown answer first: what pooling changes over the simulated months (children
 * in-house, waiting, cost with the charges), each as pooled less alone simulation by simulation with
 * its 80% interval; then charts and the tables. The same for {@code run} and {@code simulate}.
 */
public final class RegionSimulationView {

    private RegionSimulationView() {
    }

    public static StepResult present(RegionMarketResult result) {
        List<Table> tables = RegionMarketTables.of(result);
        Map<String, Table> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        RegionMarketResult.Council region = result.region();
        Interval inHouse = region.monthlyMeanDifference(region::inHouse);
        Interval waiting = region.monthlyMeanDifference(RegionMarketResult.ToDoubleArm.of(MarketMeasure.WAITING));
        Interval cost = region.periodCostDifference();
        int last = result.months() - 1;
        Interval elsewhere = Interval.of(region.extra(RegionMeasure.PLACED_IN_OTHER_COUNCIL, last));
        StepResult.Builder step = StepResult.builder().answer(answer(result, inHouse, waiting, cost, elsewhere));
        step.headline("in-house-gain", "More of the region's children in-house, pooled (mean of months)",
                r1(inHouse.mean()), "children", r1(inHouse.lower80()), r1(inHouse.upper80()));
        step.headline("waiting-change", "Change in children waiting, pooled (mean of months)", r1(waiting.mean()),
                "children", r1(waiting.lower80()), r1(waiting.upper80()));
        step.headline("cost-change", "Change in the cost of placements over " + result.months() + " months, pooled,"
                + " charges included", Math.round(cost.mean()), "GBP", Math.round(cost.lower80()),
                Math.round(cost.upper80()));
        step.headline("in-other-council-end", "Children in another council's placement at " + result.monthEnds()
                .get(last), r1(elsewhere.mean()), "children", r1(elsewhere.lower80()), r1(elsewhere.upper80()));
        waitingChart(step, result, byName.get(RegionMarketTables.MONTHS));
        inHouseChart(step, result, byName.get(RegionMarketTables.SUMMARY));
        tables.stream().filter(t -> step.build().tables().stream().noneMatch(d -> d.name().equals(t.name())))
                .forEach(step::table);
        step.summary(summary(result));
        return step.build();
    }

    /** "Over 36 months pooling keeps N more of the region's children in-house on average (80%: a to b), ...". */
    static String answer(RegionMarketResult result, Interval inHouse, Interval waiting, Interval cost,
            Interval elsewhere) {
        return String.format(Locale.ROOT, "Over %d months pooling keeps %s of the region's children in-house on"
                + " average (80%%: %.1f to %.1f), %s at month ends (80%%: %.1f to %.1f), and %s over the period,"
                + " charges included (80%%: from %s to %s). At %s, on average %.0f children live in another council's placement"
                + " (80%%: %.0f to %.0f). Pooled against each council alone, %d simulations with the same seeds.",
                result.months(), more(inHouse.mean(), "more", "fewer"), inHouse.lower80(), inHouse.upper80(),
                waiting.mean() <= 0 ? String.format(Locale.ROOT, "%.1f fewer waiting", -waiting.mean())
                        : String.format(Locale.ROOT, "%.1f more waiting", waiting.mean()),
                waiting.lower80(), waiting.upper80(),
                cost.mean() <= 0 ? "saves " + millions(-cost.mean()) : "costs " + millions(cost.mean()) + " more",
                change(cost.lower80()), change(cost.upper80()), result.monthEnds().get(result.months() - 1),
                elsewhere.mean(), elsewhere.lower80(), elsewhere.upper80(), result.simulations());
    }

    private static String more(double value, String up, String down) {
        return String.format(Locale.ROOT, "%.1f %s", Math.abs(value), value >= 0 ? up : down);
    }

    /** A cost difference in words: "a saving of £1.20m", "a cost of £0.40m". */
    private static String change(double gbp) {
        return (gbp <= 0 ? "a saving of " : "a cost of ") + millions(Math.abs(gbp));
    }

    private static String millions(double gbp) {
        return String.format(Locale.ROOT, "%s£%.2fm", gbp < 0 ? "-" : "", Math.abs(gbp) / 1e6);
    }

    private static void waitingChart(StepResult.Builder step, RegionMarketResult result, Table table) {
        List<String> months = result.monthEnds().stream().map(d -> YearMonth.from(d).toString()).toList();
        List<Double> pooled = new ArrayList<>();
        List<Double> alone = new ArrayList<>();
        for (int t = 0; t < result.months(); t++) {
            pooled.add(r1(result.region().pooled().interval(MarketMeasure.WAITING, t).mean()));
            alone.add(r1(result.region().alone().interval(MarketMeasure.WAITING, t).mean()));
        }
        step.chart(new ChartSpec("Children of the region waiting at each month end, pooled and alone (mean of"
                + " simulations)", ChartSpec.Type.LINE, months, "children", List.of(Series.of("pooled", pooled),
                        Series.of("each council alone", alone)), RegionMarketTables.MONTHS), table);
    }

    private static void inHouseChart(StepResult.Builder step, RegionMarketResult result, Table table) {
        List<String> labels = new ArrayList<>();
        List<Double> pooled = new ArrayList<>();
        List<Double> alone = new ArrayList<>();
        for (RegionMarketResult.Council council : result.councils()) {
            labels.add(council.name());
            pooled.add(r1(Interval.of(RegionMarketResult.Council.monthlyMean(council.pooled(), council::inHouse))
                    .mean()));
            alone.add(r1(Interval.of(RegionMarketResult.Council.monthlyMean(council.alone(), council::inHouse))
                    .mean()));
        }
        step.chart(new ChartSpec("Children placed in-house by council, pooled and alone (mean of months and"
                + " simulations)", ChartSpec.Type.BAR, labels, "children", List.of(Series.of("pooled", pooled),
                        Series.of("alone", alone)), RegionMarketTables.SUMMARY), table);
    }

    private static String summary(RegionMarketResult result) {
        var pooling = result.pooling();
        return String.format(Locale.ROOT, "%d simulations of %d months. Each council keeps its own children, entrants,"
                + " leavers and moves (its looked-after children model), its own carers (its plan's recruitment and"
                + " supply model) and its own external market and prices; each month one matching places the"
                + " region's waiting children around everyone placed, a council's child in another council's"
                + " placement only if its type is shared (%s)%s, at the host's price plus %s%% and £%s a week"
                + " (%d of %d pooled months settled by the exact flow, the rest by the matching service). Alone:"
                + " each council with the same seeds, matched on its own placements only; differences are taken"
                + " simulation by simulation (common random numbers). In-house = connected, in-house foster,"
                + " in-house residential and supported (any council's). Seed %d.", result.simulations(),
                result.months(), pooling.sharedTypes().isEmpty() ? "none" : String.join(", ",
                        pooling.sharedTypes().stream().map(t -> t.word()).toList()),
                pooling.maxDistanceKm() == null ? "" : " and within " + pooling.maxDistanceKm() + " km of home",
                pooling.upliftPercent(), pooling.flatWeeklyGbp(), result.pooledExact(),
                result.pooledExact() + result.pooledService(), result.seed());
    }

    private static double r1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
