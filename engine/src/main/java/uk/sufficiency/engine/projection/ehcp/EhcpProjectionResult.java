package uk.sufficiency.engine.projection.ehcp;

import java.util.List;
import java.util.SortedMap;
import uk.sufficiency.engine.projection.ehcp.backtest.BacktestRow;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetRow;
import uk.sufficiency.engine.projection.ehcp.budget.SpendCalculator;
import uk.sufficiency.engine.projection.ehcp.fit.RateModel;
import uk.sufficiency.engine.projection.ehcp.goalseek.GoalSeekResult;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;

/**
 * Everything one projection produced.
 *
 * @param observedCubes census counts of observed years up to the origin, by cube cell
 * @param baseline      the run without levers when the scenario has any, else null
 * @param goalSeek      null when no goal-seek was configured
 */
public record EhcpProjectionResult(EhcpInputs inputs, ProjectionOptions options, int fitFromYear, int originYear,
        RateModel model, SortedMap<Integer, int[]> observedCubes, SimulationResult scenario,
        SimulationResult baseline, SpendCalculator spend, List<BudgetRow> budget, List<BacktestRow> backtest,
        GoalSeekResult goalSeek, double elapsedSeconds) {
}
