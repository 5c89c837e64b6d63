package uk.sufficiency.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import uk.sufficiency.cli.report.CellText;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.projection.ehcp.EhcpCapability;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.EhcpRequest;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetRow;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.config.NamedCode;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * What a plausible swing in each driver of the EHCP projection does to its headline, the cumulative
 * high-needs balance at the end of the last year with a block allocation (decision 0071): joiner,
 * leaver and move rates 25% lower or higher (a multiplier on every setting and year), the yearly cost
 * uplift 2 percentage points lower or higher, the block allocation 5% lower or higher, and each
 * setting's unit cost 10% lower or higher. Each is a real re-run through settings overrides with the
 * same seed, with fewer simulations than the projection (200), no backtest and no goal seek; the
 * balance they are compared with is run the same way. A unit cost changes no plan count, so its
 * swings price the base run's counts again ({@link EhcpUnitCostSwing}) instead of simulating them
 * again. Eleven projections, about 10 s on the built-in scenario: only a full run does this.
 */
final class EhcpSensitivity {

    static final double RATE_SWING = 0.25;
    static final double UPLIFT_SWING = 0.02;
    static final double ALLOCATION_SWING = 0.05;
    /**
     * Unit costs are averages the council sets from its own spend and contracts; a tenth either way is
     * a modest error for such an average. The balance is linear in each price, so a wider swing scales
     * its bar in proportion.
     */
    static final double UNIT_COST_SWING = 0.10;

    /** The balance with every driver at its value, the year it is measured in, and each driver's effect. */
    record Result(double baseGbp, String year, List<Sensitivity.Effect> effects) {
    }

    private EhcpSensitivity() {
    }

    /** Run before the projection that is shown: each run shares its result with later steps. */
    static Result run(Scenario scenario, EhcpCapability capability, PipelineContext pipeline, int simulations) {
        pipeline.progress().note("sensitivity: each driver swung lower and higher, " + simulations + " simulations a run");
        PipelineContext context = pipeline.quiet(); // one note for the swings, not one per run
        Scenario cheap = scenario
                .withSetting(EhcpSettings.SECTION, "simulations", IntNode.valueOf(simulations), "sensitivity")
                .withSetting(EhcpSettings.SECTION, "backtest_simulations", IntNode.valueOf(0), "sensitivity")
                .withSetting(EhcpSettings.SECTION, "goal_seek", NullNode.getInstance(), "sensitivity");
        EhcpProjectionResult baseRun = project(cheap, capability, context);
        BudgetRow base = baseRun == null ? null : EhcpModelChoice.lastWithAllocation(baseRun);
        if (base == null) {
            return null;
        }
        JsonNode section = cheap.settings(EhcpSettings.SECTION).node();
        double uplift = section.path("cost_uplift_per_year").asDouble(0);
        List<Sensitivity.Driver> drivers = new ArrayList<>();
        for (String[] lever : List.of(new String[] {"joiners", "New plans a year (joiner rates)"},
                new String[] {"leavers", "Plans ending a year (leaver rates)"},
                new String[] {"movers", "Moves between settings a year"})) {
            drivers.add(new Sensitivity.Driver(lever[1], "25% lower or higher", 1, 1 - RATE_SWING,
                    1 + RATE_SWING, f -> headline(cheap, "multipliers", m -> multiplier((ArrayNode) m, lever[0], f),
                            base, capability, context)));
        }
        drivers.add(new Sensitivity.Driver("Yearly cost uplift", "2 points lower or higher", uplift,
                uplift - UPLIFT_SWING, uplift + UPLIFT_SWING,
                u -> headline(cheap, "cost_uplift_per_year", m -> DoubleNode.valueOf(u), base, capability, context)));
        if (section.path("block_allocation_gbp").isObject()) {
            drivers.add(new Sensitivity.Driver("High-needs block allocation (factor)", "5% lower or higher", 1,
                    1 - ALLOCATION_SWING, 1 + ALLOCATION_SWING, f -> headline(cheap, "block_allocation_gbp",
                            m -> scaled((ObjectNode) m, f), base, capability, context)));
        }
        drivers.addAll(unitCosts(baseRun, base));
        return new Result(base.cumulativeBalanceGbp().mean(), base.financialYear(), Sensitivity.effects(drivers));
    }

    /** Each setting's unit cost 10% lower or higher: the base run's budget priced again ({@link EhcpUnitCostSwing}). */
    private static List<Sensitivity.Driver> unitCosts(EhcpProjectionResult baseRun, BudgetRow base) {
        List<Sensitivity.Driver> drivers = new ArrayList<>();
        for (NamedCode setting : baseRun.request().settings().settings()) {
            double price = EhcpUnitCostSwing.priceGbp(baseRun, setting.code());
            if (Double.isNaN(price) || price <= 0) {
                continue;
            }
            drivers.add(new Sensitivity.Driver("Unit cost: " + setting.name() + " (" + setting.code() + ")",
                    "10% lower or higher", price, price * (1 - UNIT_COST_SWING), price * (1 + UNIT_COST_SWING), p -> {
                        BudgetRow row = EhcpUnitCostSwing.lastWithAllocation(baseRun, setting.code(), p / price);
                        return row == null || !row.financialYear().equals(base.financialYear()) ? null
                                : new double[] {row.cumulativeBalanceGbp().mean()};
                    }));
        }
        return drivers;
    }

    /** The tornado and the sentence naming the strongest driver ("" when not run). */
    static String show(Result result, StepResult.Builder step) {
        if (result == null) {
            return "";
        }
        return Sensitivity.show("ehcp-sensitivity", new Sensitivity.Measure("cumulative balance", "at the end of "
                + result.year(), "balance_gbp", "GBP", v -> CellText.figure(v, "GBP")), 0, result.baseGbp(),
                result.effects(), step);
    }

    private static double[] headline(Scenario scenario, String key, UnaryOperator<JsonNode> change, BudgetRow base,
            EhcpCapability capability, PipelineContext context) {
        JsonNode now = scenario.settings(EhcpSettings.SECTION).node().path(key);
        JsonNode copy = now.isMissingNode() || now.isNull() ? JsonNodeFactory.instance.arrayNode() : now.deepCopy();
        BudgetRow row = balance(scenario.withSetting(EhcpSettings.SECTION, key, change.apply(copy), "sensitivity"),
                capability, context);
        return row == null || !row.financialYear().equals(base.financialYear()) ? null
                : new double[] {row.cumulativeBalanceGbp().mean()};
    }

    private static BudgetRow balance(Scenario scenario, EhcpCapability capability, PipelineContext context) {
        EhcpProjectionResult result = project(scenario, capability, context);
        return result == null ? null : EhcpModelChoice.lastWithAllocation(result);
    }

    private static EhcpProjectionResult project(Scenario scenario, EhcpCapability capability, PipelineContext context) {
        ProblemCollector problems = new ProblemCollector();
        EhcpRequest request = capability.settings(scenario, problems);
        return problems.hasErrors() ? null : capability.run(request, context);
    }

    /** The scenario's multipliers and one more: the lever times the factor in every setting and year. */
    private static JsonNode multiplier(ArrayNode multipliers, String lever, double factor) {
        multipliers.addObject().put("lever", lever).put("factor", factor).put("label", "sensitivity");
        return multipliers;
    }

    private static JsonNode scaled(ObjectNode allocations, double factor) {
        List<Map.Entry<String, JsonNode>> entries = new ArrayList<>();
        allocations.fields().forEachRemaining(entries::add);
        entries.forEach(e -> allocations.put(e.getKey(), e.getValue().asDouble() * factor));
        return allocations;
    }
}
