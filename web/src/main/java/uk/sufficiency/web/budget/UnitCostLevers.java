package uk.sufficiency.web.budget;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.EhcpRequest;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetProjection;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetRow;
import uk.sufficiency.engine.projection.ehcp.budget.SpendCalculator;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.input.UnitCosts;

/**
 * The unit-cost-by-setting levers. The {@code ehcp_projection} section has no key for unit costs
 * (they come from {@code costs_file}), so these cannot be overrides like the other levers. Costs do
 * not change the simulated plans, only what they cost, so the spend and budget columns are
 * computed again from the same simulated paths with each setting's costs scaled, by the engine's
 * own {@link SpendCalculator} and {@link BudgetProjection} exactly as {@code EhcpProjection} does:
 * the balances, cumulative deficit and its probability follow the scaled spend path by path.
 */
final class UnitCostLevers {

    private UnitCostLevers() {
    }

    /** The result with its spend re-costed; the result itself when every factor is 1. */
    static EhcpProjectionResult recost(EhcpProjectionResult result, Map<String, Double> factorBySetting) {
        if (factorBySetting.values().stream().allMatch(f -> f == 1.0)) {
            return result;
        }
        EhcpInputs inputs = result.inputs();
        EhcpInputs scaled = new EhcpInputs(inputs.mode(), inputs.config(), inputs.space(), inputs.transitions(),
                inputs.census(), inputs.population(), scaled(inputs, factorBySetting), inputs.warnings());
        // priced as EhcpProjection prices them: at the prices of the financial year of the origin census
        SpendCalculator spend = new SpendCalculator(scaled, result.originYear());
        EhcpRequest r = result.request();
        List<BudgetRow> budget = BudgetProjection.compute(r.settings(), spend, result.observedCubes(), result.scenario(),
                result.baseline());
        EhcpRequest request = new EhcpRequest(r.settings(), scaled, r.originYear(), r.fitFromYear(), r.asOfDate(),
                r.seed(), r.assumptions());
        return new EhcpProjectionResult(request, result.seed(), result.model(), result.observedCubes(),
                result.scenario(), result.baseline(), spend, budget, result.hindcast(), result.trackRecord(),
                result.goalSeek(), result.elapsedSeconds());
    }

    /** Every cost the file gives (need-specific and any-need), times its setting's factor. */
    private static UnitCosts scaled(EhcpInputs inputs, Map<String, Double> factorBySetting) {
        Map<String, Double> costs = new HashMap<>();
        for (String setting : inputs.space().settings()) {
            double factor = factorBySetting.getOrDefault(setting, 1.0);
            put(costs, UnitCosts.ANY_NEED, setting, inputs.costs(), factor);
            for (String need : inputs.space().needs()) {
                put(costs, need, setting, inputs.costs(), factor);
            }
        }
        return new UnitCosts(costs);
    }

    private static void put(Map<String, Double> costs, String need, String setting, UnitCosts from, double factor) {
        double cost = from.annualCostGbp(need, setting);
        if (!Double.isNaN(cost)) {
            costs.put(UnitCosts.key(need, setting), cost * factor);
        }
    }
}
