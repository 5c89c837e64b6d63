package uk.sufficiency.engine.planning;

import java.net.URISyntaxException;
import java.nio.file.Path;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;

/** The synthetic Leicestershire-sized test scenario in src/test/resources/scenarios/plan-demo. */
final class PlanTestScenario {

    private PlanTestScenario() {
    }

    static Path folder() {
        try {
            return Path.of(PlanTestScenario.class.getResource("/scenarios/plan-demo/scenario.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Scenario load() {
        return ScenarioLoader.load(folder());
    }
}
