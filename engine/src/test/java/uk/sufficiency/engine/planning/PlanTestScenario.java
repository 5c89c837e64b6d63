package uk.sufficiency.engine.planning;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.planning.demand.DemandSimulations;
import uk.sufficiency.engine.planning.demand.TrendDemand;
import uk.sufficiency.engine.planning.settings.DemandSettings;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.planning.settings.PlanSettingsReader;
import uk.sufficiency.engine.planning.supply.RecruitmentYield;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.ProblemCollector;

/** The synthetic Leicestershire-sized test scenario in src/test/resources/scenarios/plan-demo, and plan helpers. */
public final class PlanTestScenario {

    private static final ObjectMapper JSON = new ObjectMapper();

    private PlanTestScenario() {
    }

    public static Path folder() {
        try {
            return Path.of(PlanTestScenario.class.getResource("/scenarios/plan-demo/scenario.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Scenario load() {
        return ScenarioLoader.load(folder());
    }

    /** The repository's scenarios/NAME, found above the module folder. */
    public static Path repositoryScenario(String name) {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path scenario = dir.resolve("scenarios").resolve(name);
            if (Files.isRegularFile(scenario.resolve("scenario.yaml"))) {
                return scenario;
            }
        }
        throw new IllegalStateException("scenarios/" + name + " not found above " + System.getProperty("user.dir"));
    }

    /** The scenario with a plan key (dotted for sub-maps) set as a command option would set it. */
    public static Scenario with(Scenario scenario, String key, Object value) {
        JsonNode node = JSON.valueToTree(value);
        return scenario.withSetting(PlanSettingsReader.SECTION, key, node, "--" + key.replace('_', '-'));
    }

    /** Settings that must be valid. */
    public static PlanSettings settings(Scenario scenario) {
        ProblemCollector problems = new ProblemCollector();
        PlanSettings settings = new PlanCapability().settings(scenario, problems);
        problems.throwIfErrors();
        return settings;
    }

    /** The plan as the command or run would make it, with --seed {@code seed} (null: none given). */
    public static PlanResult plan(Scenario scenario, Long seed) {
        return new PlanCapability().run(settings(scenario), new PipelineContext(scenario, seed, false, null));
    }

    /** An evaluator over trend demand with the settings' own recruitment yield spread. */
    public static PlanEvaluator evaluator(PlanSettings settings, long seed) {
        DemandSettings d = settings.demand();
        DemandSimulations demand = TrendDemand.simulate(settings.mix(), d.growthPerYear(), d.growthSd(),
                d.dispersion(), settings.years(), settings.simulations(), seed);
        return new PlanEvaluator(settings, demand, RecruitmentYield.draw(settings.simulations(),
                settings.supplySettings().recruitmentYieldSd(), seed));
    }
}
