package uk.sufficiency.engine.projection.ehcp.backtest;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.projection.ehcp.fit.EhcpFitting;
import uk.sufficiency.engine.projection.ehcp.fit.RateModel;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.simulate.CohortSimulator;
import uk.sufficiency.engine.projection.ehcp.simulate.Scenario;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;
import uk.sufficiency.engine.projection.ehcp.summary.CountSummaries;
import uk.sufficiency.engine.projection.ehcp.summary.Interval;
import uk.sufficiency.engine.projection.ehcp.state.StateSpace;

/**
 * Rolling-origin backtest: for each census year T after the first and before the last, fit on
 * census years up to T only, start from the census of T, project (without scenario levers) to the
 * last census year and compare with what was counted, in total and by setting.
 */
public final class Backtester {

    private Backtester() {
    }

    public static List<BacktestRow> run(EhcpInputs inputs, int fitFromYear, int simulations, long seed) {
        List<BacktestRow> rows = new ArrayList<>();
        int last = inputs.lastCensusYear();
        StateSpace space = inputs.space();
        double[] actual = inputs.census().get(last);
        for (int origin : inputs.census().keySet()) {
            if (origin <= fitFromYear || origin >= last) {
                continue;
            }
            RateModel model = EhcpFitting.fit(inputs, fitFromYear, origin);
            int horizon = last - origin;
            int[] start = CohortSimulator.toWholePlans(inputs.census().get(origin));
            SimulationResult result = new CohortSimulator(model, inputs.population())
                    .run(start, origin, horizon, Scenario.baseline(model, origin, horizon), simulations, seed);
            rows.add(row(origin, last, "ALL", EhcpInputs.total(actual), CountSummaries.total(result, horizon)));
            for (int s = 0; s < space.settingCount(); s++) {
                double observed = 0;
                for (int i = 0; i < actual.length; i++) {
                    if (space.settingOf(i) == s) {
                        observed += actual[i];
                    }
                }
                rows.add(row(origin, last, space.settings().get(s), observed,
                        CountSummaries.setting(result, horizon, s)));
            }
        }
        return rows;
    }

    private static BacktestRow row(int origin, int target, String setting, double actual, double[] simulated) {
        Interval projected = Interval.of(simulated);
        double error = projected.median() - actual;
        return new BacktestRow(origin, target, setting, actual, projected, error,
                actual > 0 ? 100.0 * error / actual : Double.NaN);
    }
}
