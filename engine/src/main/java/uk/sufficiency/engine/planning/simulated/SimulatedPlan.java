package uk.sufficiency.engine.planning.simulated;

import uk.sufficiency.engine.market.MarketResult;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * A plan and its baseline evaluated by the market simulation ({@code plan.evaluate: simulation}):
 * the same simulations (simulation i of both starts from the same seed) with the baseline's
 * recruitment and with the plan's, over the plan's years.
 *
 * @param baseline the simulation with the baseline recruitment only
 * @param plan     the simulation with the baseline plus the plan's extra recruitment
 * @param years    plan years simulated (12 months each)
 */
public record SimulatedPlan(MarketResult baseline, MarketResult plan, int years) {

    public int simulations() {
        return plan.simulations();
    }

    /** The plan's draws of a measure in plan year t (1-based). */
    public double[] plan(SimulatedMeasure measure, int t) {
        return measure.draws(plan, t);
    }

    public double[] baseline(SimulatedMeasure measure, int t) {
        return measure.draws(baseline, t);
    }

    /** Baseline less plan, simulation by simulation: what the plan's recruitment changes. */
    public Interval reduction(SimulatedMeasure measure, int t) {
        double[] b = baseline(measure, t);
        double[] p = plan(measure, t);
        double[] d = new double[b.length];
        for (int s = 0; s < d.length; s++) {
            d[s] = b[s] - p[s];
        }
        return Interval.of(d);
    }
}
