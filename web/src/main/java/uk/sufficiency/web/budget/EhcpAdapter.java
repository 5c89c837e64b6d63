package uk.sufficiency.web.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.DoubleNode;
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.NullNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.pipeline.ProgressListener;
import uk.sufficiency.engine.projection.ehcp.EhcpCapability;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.EhcpRequest;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.ProblemCollector;
import uk.sufficiency.web.security.BadRequest;

/**
 * The budget page's one door to the EHCP projection: the same {@link EhcpCapability} that
 * {@code project-ehcp} and {@code run} call. Each set of levers becomes overrides of the scenario's
 * {@code ehcp_projection} section (joiner_trend, multipliers, capacity_caps, cost_uplift_per_year,
 * simulations), checked by the very binding scenario.yaml goes through, so the page computes what
 * {@code project-ehcp} would with those keys. The section has no key for unit costs (only
 * {@code costs_file}), so the unit-cost levers re-cost the simulated paths ({@link UnitCostLevers}).
 */
public final class EhcpAdapter {

    /** A quick look: 50 paths redraw within about a second on 2 cores (the simulation is per plan); 1,000 on request. */
    public static final int QUICK_SIMULATIONS = 50;
    public static final int FULL_SIMULATIONS = 1000;

    private static final String SECTION = EhcpSettings.SECTION;

    private final EhcpCapability capability = new EhcpCapability();
    private final Scenario scenario;
    private final EhcpRequest asSet;

    private EhcpAdapter(Scenario scenario, EhcpRequest asSet) {
        this.scenario = scenario;
        this.asSet = asSet;
    }

    /** Reads and checks the section and its inputs; a scenario without EHCP settings is refused plainly. */
    public static EhcpAdapter prepare(Scenario scenario) {
        EhcpCapability capability = new EhcpCapability();
        if (!capability.configured(scenario)) {
            throw new BadRequest("this scenario has no " + SECTION
                    + " section in scenario.yaml: there is no high-needs projection to show");
        }
        ProblemCollector problems = new ProblemCollector();
        EhcpRequest request = capability.settings(scenario, problems);
        problems.throwIfErrors();
        return new EhcpAdapter(scenario, request);
    }

    /** The levers as the scenario sets them. */
    public EhcpLevers defaults() {
        Map<String, Double> factors = new TreeMap<>();
        settingCodes().forEach(s -> factors.put(s, 1.0));
        EhcpSettings settings = asSet.settings();
        return new EhcpLevers(settings.joinerTrend().name().toLowerCase(Locale.ROOT), 1.0, 1.0, true,
                settings.costUpliftPerYear(), factors);
    }

    public List<String> settingCodes() {
        return asSet.inputs().space().settings();
    }

    /**
     * Projects with these levers through {@link EhcpCapability#settings} and {@link EhcpCapability#run}.
     *
     * @param seedOption the seed serve was given, or null for the section's seed or the default (as project-ehcp)
     */
    public EhcpProjectionResult project(EhcpLevers levers, int simulations, Long seedOption, ProgressListener progress) {
        Scenario overridden = withLevers(levers, simulations);
        ProblemCollector problems = new ProblemCollector();
        EhcpRequest request = capability.settings(overridden, problems);
        problems.throwIfErrors();
        PipelineContext context = new PipelineContext(overridden, seedOption, simulations < FULL_SIMULATIONS, progress);
        return UnitCostLevers.recost(capability.run(request, context), levers.costFactorBySetting());
    }

    /** The levers as overrides of the section's keys, each with its origin "web: lever". */
    Scenario withLevers(EhcpLevers levers, int simulations) {
        Scenario s = scenario
                .withSetting(SECTION, "joiner_trend", TextNode.valueOf(levers.joinerTrend()), "web: trend in new plans")
                .withSetting(SECTION, "cost_uplift_per_year", DoubleNode.valueOf(levers.costUpliftPerYear()),
                        "web: unit cost uplift")
                .withSetting(SECTION, "simulations", IntNode.valueOf(simulations), "web: simulations")
                // the page shows no hindcast or goal-seek: leaving them out keeps a redraw within a second
                .withSetting(SECTION, "backtest_simulations", IntNode.valueOf(0), "web: no hindcast")
                .withSetting(SECTION, "goal_seek", NullNode.getInstance(), "web: no goal-seek");
        if (levers.savingsStrength() != 1.0 || levers.newPlansFactor() != 1.0) {
            s = s.withSetting(SECTION, "multipliers", multipliers(levers), "web: savings programme and new plans");
        }
        if (!levers.capsOn()) {
            s = s.withSetting(SECTION, "capacity_caps", JsonNodeFactory.instance.arrayNode(), "web: capacity caps off");
        }
        return s;
    }

    /** The scenario's multipliers with their effect scaled by the savings lever, plus the new plans lever. */
    private ArrayNode multipliers(EhcpLevers levers) {
        ArrayNode multipliers = JsonNodeFactory.instance.arrayNode();
        for (JsonNode m : scenario.settings(SECTION).node().path("multipliers")) {
            ObjectNode copy = ((ObjectNode) m).deepCopy();
            double factor = m.path("factor").asDouble(1.0);
            copy.put("factor", Math.max(0, 1 + levers.savingsStrength() * (factor - 1)));
            multipliers.add(copy);
        }
        if (levers.newPlansFactor() != 1.0) {
            ObjectNode lever = multipliers.addObject();
            lever.put("lever", "joiners");
            lever.put("from_year", asSet.firstProjectedYear());
            lever.put("factor", levers.newPlansFactor());
            lever.put("label", "new plans lever (web)");
        }
        return multipliers;
    }
}
