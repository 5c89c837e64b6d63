package uk.sufficiency.web.budget;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.sufficiency.engine.projection.ehcp.EhcpProjection;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.ProjectionOptions;
import uk.sufficiency.engine.projection.ehcp.config.EhcpConfigLoader;
import uk.sufficiency.engine.projection.ehcp.config.EhcpProjectionConfig;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputLoader;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.input.UnitCosts;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.ProblemCollector;
import uk.sufficiency.web.security.BadRequest;

/**
 * The budget page's one door to the EHCP projection: finds the scenario's settings (its
 * {@code ehcp_projection} section, else the {@code ehcp-projection.yaml} of the nearest folder of its
 * chain, as {@code run} does), reads the inputs once, and projects again for each set of levers by
 * overriding the section's keys (joiner_trend, multipliers, capacity_caps, cost_uplift_per_year) and
 * scaling unit costs. When the projection lands its own entry point, only this class changes.
 */
public final class EhcpAdapter {

    static final String SECTION = "ehcp_projection";
    static final String SIDE_FILE = "ehcp-projection.yaml";
    public static final int YEARS = 5;
    /** A quick look: 50 paths redraw within about a second on 2 cores (the simulation is per plan); 1,000 on request. */
    public static final int QUICK_SIMULATIONS = 50;
    public static final int FULL_SIMULATIONS = 1000;

    private final ObjectNode settings;
    private final Path source;
    private final EhcpInputs inputs;

    private EhcpAdapter(ObjectNode settings, Path source, EhcpInputs inputs) {
        this.settings = settings;
        this.source = source;
        this.inputs = inputs;
    }

    /** Reads the settings and inputs; a scenario without EHCP settings is refused plainly. */
    @SuppressWarnings("deprecation")
    public static EhcpAdapter prepare(Scenario scenario) {
        JsonNode section = scenario.section(SECTION);
        Path source;
        Path base;
        ObjectNode node;
        if (section != null && section.isObject()) {
            node = ((ObjectNode) section).deepCopy();
            source = scenario.directory().resolve("scenario.yaml");
            base = scenario.directory().toAbsolutePath();
        } else {
            source = sideFile(scenario);
            base = source.toAbsolutePath().getParent();
            try {
                node = (ObjectNode) new YAMLMapper().readTree(source.toFile());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        ProblemCollector problems = new ProblemCollector();
        EhcpProjectionConfig config = EhcpConfigLoader.bind(node, source, problems);
        problems.throwIfErrors();
        return new EhcpAdapter(node, source, EhcpInputLoader.load(config, base, source));
    }

    private static Path sideFile(Scenario scenario) {
        List<Path> chain = scenario.chain();
        for (int i = chain.size() - 1; i >= 0; i--) {
            Path file = chain.get(i).resolve(SIDE_FILE);
            if (Files.isRegularFile(file)) {
                return file;
            }
        }
        throw new BadRequest("this scenario has no " + SECTION + " section and no " + SIDE_FILE
                + ": there is no high-needs projection to show");
    }

    /** The levers as the scenario sets them. */
    public EhcpLevers defaults() {
        EhcpProjectionConfig config = inputs.config();
        Map<String, Double> factors = new TreeMap<>();
        inputs.space().settings().forEach(s -> factors.put(s, 1.0));
        return new EhcpLevers(config.joinerTrend().name().toLowerCase(java.util.Locale.ROOT), 1.0, 1.0, true,
                config.costUpliftPerYear(), factors);
    }

    public List<String> settingCodes() {
        return inputs.space().settings();
    }

    public EhcpInputs inputs() {
        return inputs;
    }

    /** Projects with these levers: {@code simulations} paths over {@link #YEARS} years. */
    public EhcpProjectionResult project(EhcpLevers levers, int simulations, long seed) {
        ObjectNode node = settings.deepCopy();
        node.put("joiner_trend", levers.joinerTrend());
        node.put("cost_uplift_per_year", levers.costUpliftPerYear());
        node.put("backtest_simulations", 0);
        node.remove("goal_seek");
        ArrayNode multipliers = node.putArray("multipliers");
        JsonNode planned = settings.path("multipliers");
        for (JsonNode m : planned) {
            ObjectNode copy = ((ObjectNode) m).deepCopy();
            double factor = m.path("factor").asDouble(1.0);
            copy.put("factor", Math.max(0, 1 + levers.savingsStrength() * (factor - 1)));
            multipliers.add(copy);
        }
        int origin = inputs.config().baseYear() != null ? inputs.config().baseYear() : inputs.lastCensusYear();
        if (levers.newPlansFactor() != 1.0) {
            ObjectNode lever = multipliers.addObject();
            lever.put("lever", "joiners");
            lever.put("from_year", origin + 1);
            lever.put("factor", levers.newPlansFactor());
            lever.put("label", "new plans lever (web)");
        }
        if (!levers.capsOn()) {
            node.remove("capacity_caps");
        }
        ProblemCollector problems = new ProblemCollector();
        EhcpProjectionConfig config = EhcpConfigLoader.bind(node, source, problems);
        problems.throwIfErrors();
        EhcpInputs adjusted = new EhcpInputs(inputs.mode(), config, inputs.space(), inputs.transitions(),
                inputs.census(), inputs.population(), costs(levers), inputs.warnings());
        return EhcpProjection.run(adjusted, new ProjectionOptions(YEARS, simulations, seed), source);
    }

    private UnitCosts costs(EhcpLevers levers) {
        if (levers.costFactorBySetting().values().stream().allMatch(f -> f == 1.0)) {
            return inputs.costs();
        }
        Map<String, Double> scaled = new HashMap<>();
        for (String setting : inputs.space().settings()) {
            double factor = levers.costFactorBySetting().getOrDefault(setting, 1.0);
            for (String need : inputs.space().needs()) {
                double cost = inputs.costs().annualCostGbp(need, setting);
                if (!Double.isNaN(cost)) {
                    scaled.put(UnitCosts.key(need, setting), cost * factor);
                }
            }
        }
        return new UnitCosts(scaled);
    }
}
