package uk.sufficiency.engine.projection.ehcp;

import java.util.List;
import java.util.SortedMap;
import uk.sufficiency.engine.projection.ehcp.backtest.HindcastRow;
import uk.sufficiency.engine.projection.ehcp.backtest.TrackRecord;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetRow;
import uk.sufficiency.engine.projection.ehcp.budget.SpendCalculator;
import uk.sufficiency.engine.projection.ehcp.fit.RateModel;
import uk.sufficiency.engine.projection.ehcp.goalseek.GoalSeekResult;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;

/**
 * Everything one projection produced.
 *
 * @param seed          the seed the simulations used
 * @param observedCubes census counts of observed years up to the origin, by cube cell
 * @param baseline      the run without levers when the scenario has any, else null
 * @param hindcast      projections from earlier censuses against what was counted
 * @param trackRecord   the hindcast's total-count rows summarised
 * @param goalSeek      null when no goal-seek was configured
 */
public record EhcpProjectionResult(EhcpRequest request, long seed, RateModel model,
        SortedMap<Integer, int[]> observedCubes, SimulationResult scenario, SimulationResult baseline,
        SpendCalculator spend, List<BudgetRow> budget, List<HindcastRow> hindcast, TrackRecord trackRecord,
        GoalSeekResult goalSeek, double elapsedSeconds) {

    public EhcpInputs inputs() {
        return request.inputs();
    }

    public int originYear() {
        return request.originYear();
    }

    public int fitFromYear() {
        return request.fitFromYear();
    }
}
