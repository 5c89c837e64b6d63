package uk.sufficiency.cli.run;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetProjection;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetRow;
import uk.sufficiency.engine.projection.ehcp.budget.SpendCalculator;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.input.UnitCosts;

/**
 * One setting's unit cost (annual GBP per place) swung for the EHCP tornado: the budget is computed
 * again by the engine's own {@link BudgetProjection} from the same simulated plan counts, with that
 * setting's prices times a factor. Plan counts do not depend on prices (joiners, leavers, moves and
 * capacity caps are counted in plans), so this is exactly what a re-run with the same seed and a
 * scaled costs file gives (tested), without simulating again.
 */
final class EhcpUnitCostSwing {

    private EhcpUnitCostSwing() {
    }

    /** The setting's price as the projection uses it: its any-need cost, else the mean of its costs. */
    static double priceGbp(EhcpProjectionResult result, String setting) {
        return result.inputs().costs().settingPriceGbp(setting);
    }

    /** The last budget row with an allocation when every price of {@code setting} is times {@code factor}. */
    static BudgetRow lastWithAllocation(EhcpProjectionResult result, String setting, double factor) {
        EhcpInputs inputs = result.inputs();
        EhcpInputs scaled = new EhcpInputs(inputs.mode(), inputs.config(), inputs.space(), inputs.transitions(),
                inputs.census(), inputs.population(), scaledCosts(inputs, setting, factor), inputs.warnings());
        SpendCalculator spend = new SpendCalculator(scaled, result.originYear());
        List<BudgetRow> budget = BudgetProjection.compute(result.request().settings(), spend, result.observedCubes(),
                result.scenario(), result.baseline());
        return EhcpModelChoice.lastWithAllocation(new EhcpProjectionResult(result.request(), result.seed(),
                result.model(), result.observedCubes(), result.scenario(), result.baseline(), spend, budget,
                result.hindcast(), result.trackRecord(), result.goalSeek(), result.elapsedSeconds()));
    }

    /**
     * Every need and setting priced as {@link SpendCalculator} prices it (the pair's cost, else the
     * setting's mean), the one setting's times the factor: the same cells, so only that setting moves.
     */
    private static UnitCosts scaledCosts(EhcpInputs inputs, String setting, double factor) {
        Map<String, Double> costs = new LinkedHashMap<>();
        for (String s : inputs.space().settings()) {
            for (String need : inputs.space().needs()) {
                double cost = inputs.costs().annualCostGbp(need, s);
                if (Double.isNaN(cost)) {
                    cost = inputs.costs().settingMeanGbp(s);
                }
                if (!Double.isNaN(cost)) {
                    costs.put(UnitCosts.key(need, s), s.equals(setting) ? cost * factor : cost);
                }
            }
        }
        return new UnitCosts(costs);
    }
}
