package uk.sufficiency.engine.projection.ehcp.backtest;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.projection.ehcp.fit.EhcpFitting;
import uk.sufficiency.engine.projection.ehcp.fit.RateModel;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.simulate.CohortSimulator;
import uk.sufficiency.engine.projection.ehcp.simulate.LeverSchedule;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;
import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;
import uk.sufficiency.engine.projection.ehcp.summary.CountSummaries;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * Rolling-origin hindcast: for each census year T after {@code fitFromYear} and before the last
 * census L, fit on censuses up to T only, start from the census of T, project (without scenario
 * levers) to every later census up to L and compare with what was counted: the total at each
 * later census, and each setting at L.
 */
public final class EhcpHindcast {

    private EhcpHindcast() {
    }

    public static List<HindcastRow> run(EhcpInputs inputs, int fitFromYear, int lastYear, int simulations, long seed) {
        List<HindcastRow> rows = new ArrayList<>();
        PlanStateSpace space = inputs.space();
        for (int origin : inputs.census().keySet()) {
            if (origin <= fitFromYear || origin >= lastYear) {
                continue;
            }
            RateModel model = EhcpFitting.fit(inputs, fitFromYear, origin);
            int horizon = lastYear - origin;
            int[] start = CohortSimulator.toWholePlans(inputs.census().get(origin));
            SimulationResult result = new CohortSimulator(model, inputs.population())
                    .run(start, origin, horizon, LeverSchedule.baseline(model, origin, horizon), simulations, seed);
            for (int t = 1; t <= horizon; t++) {
                double[] actual = inputs.census().get(origin + t);
                if (actual != null) {
                    rows.add(row(origin, origin + t, "ALL", EhcpInputs.total(actual), CountSummaries.total(result, t)));
                }
            }
            double[] last = inputs.census().get(lastYear);
            for (int s = 0; s < space.settingCount(); s++) {
                double observed = 0;
                for (int i = 0; i < last.length; i++) {
                    if (space.settingOf(i) == s) {
                        observed += last[i];
                    }
                }
                rows.add(row(origin, lastYear, space.settings().get(s), observed,
                        CountSummaries.setting(result, horizon, s)));
            }
        }
        return rows;
    }

    private static HindcastRow row(int origin, int target, String setting, double actual, double[] simulated) {
        Interval projected = Interval.of(simulated);
        double error = projected.median() - actual;
        return new HindcastRow(origin, target, setting, actual, projected, error,
                actual > 0 ? 100.0 * error / actual : Double.NaN);
    }
}
