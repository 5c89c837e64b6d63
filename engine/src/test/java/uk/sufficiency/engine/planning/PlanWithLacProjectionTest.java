package uk.sufficiency.engine.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.projection.lac.LacProjectionResult;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.ProblemCollector;

/** plan.demand.source: lac_projection on the built-in scenario (whose LAC history is yearly aggregates). */
class PlanWithLacProjectionTest {

    private static Scenario builtIn() {
        Scenario s = ScenarioLoader.load(PlanTestScenario.repositoryScenario("leicestershire-2015"));
        return PlanTestScenario.with(s, "demand.source", "lac_projection");
    }

    /** Issue 12: this failed ("needs lac_projection.ssda903_dir") although the scenario offers the source. */
    @Test
    void plansAgainstTheProjectionOfTheBuiltInScenario() {
        Scenario scenario = builtIn();
        ProblemCollector problems = new ProblemCollector();
        PlanSettings settings = new PlanCapability().settings(scenario, problems);
        assertTrue(!problems.hasErrors(), problems.problems().toString());
        PipelineContext context = new PipelineContext(scenario, null, true, null);
        PlanResult result = new PlanCapability().run(settings, context);
        LacProjectionResult lac = context.shared(LacProjectionResult.class).orElseThrow();
        assertEquals(lac.simulations(), result.plan().samples(PlanMeasure.DEMAND, 1, PlanEvaluator.ALL).length);
        assertTrue(result.demandSource().startsWith("LAC projection"), result.demandSource());
        double first = result.plan().mean(PlanMeasure.DEMAND, 1, PlanEvaluator.ALL);
        double last = result.plan().mean(PlanMeasure.DEMAND, 5, PlanEvaluator.ALL);
        assertTrue(first > 300 && last > first, "demand " + first + " -> " + last);
    }

    /** The LAC step's result of the same run is the plan's demand: it is used, not recomputed. */
    @Test
    void usesTheProjectionAlreadySharedInTheRun() {
        Scenario scenario = builtIn();
        PipelineContext first = new PipelineContext(scenario, 3L, true, null);
        PlanResult a = new PlanCapability().run(PlanTestScenario.settings(scenario), first);
        LacProjectionResult shared = first.shared(LacProjectionResult.class).orElseThrow();
        PipelineContext second = new PipelineContext(scenario, 99L, true, null);
        second.share(LacProjectionResult.class, shared);
        PlanResult b = new PlanCapability().run(PlanTestScenario.settings(scenario), second);
        assertSame(shared, second.shared(LacProjectionResult.class).orElseThrow());
        assertEquals(a.plan().mean(PlanMeasure.DEMAND, 3, PlanEvaluator.ALL),
                b.plan().mean(PlanMeasure.DEMAND, 3, PlanEvaluator.ALL), 0);
    }

    @Test
    void withoutALacSectionTheSourceIsRefusedAtItsLine() {
        Scenario scenario = PlanTestScenario.with(PlanTestScenario.load(), "demand.source", "lac_projection");
        ProblemCollector problems = new ProblemCollector();
        assertNull(new PlanCapability().settings(scenario, problems));
        assertTrue(problems.problems().toString().contains("needs a lac_projection section"), problems.problems().toString());
    }
}
