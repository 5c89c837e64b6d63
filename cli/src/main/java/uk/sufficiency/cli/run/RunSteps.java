package uk.sufficiency.cli.run;

import java.util.List;

/** The steps of {@code sufficiency run}, in the order they run. Add a capability here. */
public final class RunSteps {

    private RunSteps() {
    }

    public static List<RunStep> standard() {
        return List.of(
                new ScenarioStep(),
                new MatchStep(),
                new ForecastStep(),
                new LacStep(),
                new EhcpStep(),
                new PlanStep(),
                new SimulationStep());
    }
}
