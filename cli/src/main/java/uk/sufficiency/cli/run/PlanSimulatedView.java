package uk.sufficiency.cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.ChartSpec.Series;
import uk.sufficiency.engine.planning.PlanEvaluator;
import uk.sufficiency.engine.planning.PlanMeasure;
import uk.sufficiency.engine.planning.PlanResult;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.planning.simulated.SimulatedMeasure;
import uk.sufficiency.engine.planning.simulated.SimulatedPlan;
import uk.sufficiency.engine.planning.simulated.SimulatedPlanTables;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * The plan step's part for a plan also evaluated by the market simulation ({@code plan.evaluate:
 * simulation}, docs/methods/planning.md s8): the in-house share both ways, the simulation's waiting
 * and out-of-county children, and one sentence for the answer.
 */
final class PlanSimulatedView {

    /** The table the chart is drawn from, to leave out of the step's other tables. */
    static final String TABLE = SimulatedPlanTables.AGREEMENT;

    private PlanSimulatedView() {
    }

    /** Adds the chart and headlines; returns the answer's sentence ("" when the plan was not simulated). */
    static String show(PlanResult result, Table agreement, StepResult.Builder step) {
        SimulatedPlan sim = result.simulated();
        if (sim == null) {
            return "";
        }
        PlanSettings s = result.settings();
        List<String> years = new ArrayList<>();
        List<Double> greedy = new ArrayList<>();
        List<Double> simulated = new ArrayList<>();
        for (int t = 1; t <= s.years(); t++) {
            years.add(Integer.toString(s.yearLabel(t)));
            greedy.add(percent(Interval.of(greedyShare(result, t)).mean()));
            simulated.add(percent(Interval.of(sim.plan(SimulatedMeasure.IN_HOUSE_SHARE, t)).mean()));
        }
        step.chart(new ChartSpec("In-house share of foster placements with the plan: greedy rule and market simulation"
                + " (%, mean)", ChartSpec.Type.LINE, years, "%", List.of(Series.of("greedy rule", greedy),
                        Series.of("market simulation", simulated)), agreement.name()), agreement);
        int last = s.years();
        Interval share = Interval.of(sim.plan(SimulatedMeasure.IN_HOUSE_SHARE, last));
        Interval waiting = Interval.of(sim.plan(SimulatedMeasure.WAITING, last));
        Interval away = Interval.of(sim.plan(SimulatedMeasure.OUT_OF_COUNTY, last));
        step.headline("simulated-in-house-share-last-year", "In-house share of foster placements in " + s.yearLabel(last)
                + " by the market simulation", percent(share.mean()), "%", percent(share.lower80()),
                percent(share.upper80()));
        step.headline("simulated-waiting-last-year", "Children waiting at " + s.yearEnd(last) + " by the market"
                + " simulation", r1(waiting.mean()), "children", r1(waiting.lower80()), r1(waiting.upper80()));
        step.headline("simulated-out-of-county-last-year", "Children placed out of county at " + s.yearEnd(last)
                + " by the market simulation", r1(away.mean()), "children", r1(away.lower80()), r1(away.upper80()));
        String closed = result.recruits() ? String.format(Locale.UK, ", and the plan closes %,.0f of the gap (80%%:"
                + " %,.0f to %,.0f)", sim.reduction(SimulatedMeasure.GAP, last).mean(),
                sim.reduction(SimulatedMeasure.GAP, last).lower80(), sim.reduction(SimulatedMeasure.GAP, last).upper80())
                : "";
        return String.format(Locale.UK, " Simulated month by month, with every matching rule, the in-house share of"
                + " foster placements in %d is %.0f%% (greedy rule %.0f%%), %,.1f children wait%s.", s.yearLabel(last),
                percent(share.mean()), greedy.get(greedy.size() - 1), waiting.mean(), closed);
    }

    private static double[] greedyShare(PlanResult result, int t) {
        return result.plan().samples(PlanMeasure.IN_HOUSE_SHARE, t, PlanEvaluator.ALL);
    }

    private static double percent(double share) {
        return Math.round(share * 1000) / 10.0;
    }

    private static double r1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
