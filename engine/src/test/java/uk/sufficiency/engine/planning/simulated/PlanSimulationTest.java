package uk.sufficiency.engine.planning.simulated;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.market.MarketTestScenario;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.planning.PlanCapability;
import uk.sufficiency.engine.planning.settings.PlanEvaluation;
import uk.sufficiency.engine.planning.PlanResult;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.planning.PlanTables;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;
import uk.sufficiency.model.validation.ProblemCollector;

/** {@code plan.evaluate}: a plan evaluated by the greedy rule and by the market simulation, and the setting's checks. */
class PlanSimulationTest {

    @TempDir
    Path dir;

    /** 60 children, 40 one-place level-6 carers, no baseline recruitment; the plan section gets {@code planKeys}. */
    private Scenario scenario(String planKeys) throws Exception {
        MarketTestScenario.write(dir, 60, 40, 1, 0);
        Path yaml = dir.resolve("scenario.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("plan:\n", "plan:\n" + planKeys));
        return ScenarioLoader.load(dir);
    }

    private static PlanResult plan(Scenario scenario) {
        PlanCapability capability = new PlanCapability();
        ProblemCollector problems = new ProblemCollector();
        PlanSettings settings = capability.settings(scenario, problems);
        problems.throwIfErrors();
        return capability.run(settings, new PipelineContext(scenario, 7L, false, null));
    }

    @Test
    void aPlanEvaluatedBothWaysClosesTheGapInBoth() throws Exception {
        PlanResult result = plan(scenario("  years: 2\n  simulations: 50\n  evaluate: simulation\n"
                + "  recruit: \"L6=+24/yr\"\n"));
        SimulatedPlan sim = result.simulated();
        assertNotNull(sim);
        assertEquals(8, sim.simulations(), "the simulation section's simulations, not the plan's");
        assertEquals(24, sim.plan().months());
        for (int t = 1; t <= 2; t++) {
            double greedyClosed = result.comparison().get(t - 1).gapClosed().mean();
            Interval simulatedClosed = sim.reduction(SimulatedMeasure.GAP, t);
            assertTrue(greedyClosed > 0, "year " + t + ": the greedy rule sees the recruits close the gap");
            assertTrue(simulatedClosed.mean() > 0, "year " + t + ": so does the simulation: " + simulatedClosed);
        }
        // both start from the same 40 places: the plan's recruits are on top of them after the lead time
        assertEquals(40.0, Interval.of(sim.baseline(SimulatedMeasure.USABLE_PLACES, 2)).mean(), 1e-9,
                "no carer leaves and none is recruited in the baseline");
        assertTrue(Interval.of(sim.plan(SimulatedMeasure.PLACED_IN_HOUSE_FOSTER, 2)).mean() > 40);
        assertTrue(Interval.of(sim.plan(SimulatedMeasure.WAITING, 2)).mean()
                < Interval.of(sim.baseline(SimulatedMeasure.WAITING, 2)).mean());

        List<Table> tables = PlanTables.of(result);
        Table agreement = table(tables, SimulatedPlanTables.AGREEMENT);
        assertEquals(2 * 2 * SimulatedPlanTables.COMPARED.size(), agreement.rows().size());
        assertEquals(2 * 2 * SimulatedMeasure.values().length, table(tables, SimulatedPlanTables.MEASURES).rows().size());
        assertEquals(2 * 6, table(tables, SimulatedPlanTables.EFFECT).rows().size());
        // the greedy rule places every child: it never has children waiting
        int measure = agreement.columns().indexOf("measure");
        int greedyMean = agreement.columns().indexOf("greedy_mean");
        agreement.rows().stream().filter(r -> r.get(measure).equals("waiting_children"))
                .forEach(r -> assertEquals(0.0, (Double) r.get(greedyMean)));
    }

    @Test
    void greedyByDefaultWithNoSimulation() throws Exception {
        PlanResult result = plan(scenario("  years: 2\n  simulations: 20\n"));
        assertEquals(PlanEvaluation.GREEDY, result.settings().evaluation());
        assertNull(result.simulated());
        assertTrue(PlanTables.of(result).stream().noneMatch(t -> t.name().startsWith("plan-simulated")));
    }

    @Test
    void goalSeekStaysGreedyAndTheChosenPlanIsSimulated() throws Exception {
        PlanResult result = plan(scenario("  years: 2\n  simulations: 50\n  evaluate: simulation\n"
                + "  goal: \"gap<=5@2017\"\n"));
        assertNotNull(result.goalSeek());
        double[] sought = result.extraRecruits()[1];
        assertTrue(sought[6] > 0, "the goal needs recruits");
        assertArrayEquals(sought, result.simulated().plan().recruitsPerYear(), 1e-9,
                "the simulation recruits what goal-seek chose (the baseline is none)");
        assertEquals(0.0, result.simulated().baseline().recruitsPerYear()[6], 1e-9);
    }

    @Test
    void anUnknownEvaluationIsAnErrorAtItsLine() throws Exception {
        Scenario scenario = scenario("  evaluate: simulate\n");
        ProblemCollector problems = new ProblemCollector();
        assertNull(new PlanCapability().settings(scenario, problems));
        String problem = problems.problems().get(0).describe();
        assertTrue(problem.contains("scenario.yaml:" + line(dir.resolve("scenario.yaml"), "evaluate:"))
                && problem.contains("plan.evaluate") && problem.contains("simulate")
                && problem.contains("[greedy, simulation]"), problem);
    }

    @Test
    void simulationNeedsTheLookedAfterChildrenModel() throws Exception {
        Scenario scenario = scenario("  evaluate: simulation\n");
        Path yaml = dir.resolve("scenario.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("lac_projection:\n  aggregates_file: lac-aggregates.csv\n", ""));
        ProblemCollector problems = new ProblemCollector();
        assertNull(new PlanCapability().settings(ScenarioLoader.load(dir), problems));
        String problem = problems.problems().get(0).describe();
        assertTrue(problem.contains("plan.evaluate") && problem.contains("lac_projection"), problem);
        assertNotNull(scenario);
    }

    @Test
    void aBadSimulationSectionStopsASimulatedPlan() throws Exception {
        scenario("  evaluate: simulation\n");
        Path yaml = dir.resolve("scenario.yaml");
        Files.writeString(yaml, Files.readString(yaml).replace("  months: 12", "  monthz: 12"));
        ProblemCollector problems = new ProblemCollector();
        assertNull(new PlanCapability().settings(ScenarioLoader.load(dir), problems));
        assertTrue(problems.problems().toString().contains("unknown key 'monthz'"), problems.problems().toString());
    }

    private static Table table(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static int line(Path file, String text) throws Exception {
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).contains(text)) {
                return i + 1;
            }
        }
        throw new AssertionError(text + " not in " + file);
    }
}
