package uk.sufficiency.engine.planning;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.InvalidInputException;

/** plan.demand.source: lac_projection runs the scenario's LAC projection on the shared synthetic returns. */
class PlanWithLacProjectionTest {

    @TempDir
    Path temp;

    private static Path returns() {
        return uk.sufficiency.engine.testdata.TestData.ssda903Synthetic();
    }

    private Path scenario(String asOf, Path returns) throws Exception {
        Path target = temp.resolve("s" + asOf);
        Files.createDirectories(target);
        try (Stream<Path> files = Files.list(PlanTestScenario.folder())) {
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        }
        String yaml = Files.readString(target.resolve("scenario.yaml")).replace("as_of: 2015-03-31", "as_of: " + asOf)
                + "lac_projection:\n  ssda903_dir: " + returns + "\n  backtest_months: 0\n"
                + "plan:\n  demand: {source: lac_projection}\n";
        Files.writeString(target.resolve("scenario.yaml"), yaml);
        return target;
    }

    @Test
    void plansAgainstTheProjectionsPaths() throws Exception {
        Path returns = returns();
        assumeTrue(returns != null, "shared/data/ssda903-synthetic not found");
        PlanResult result = SufficiencyPlanner.plan(ScenarioLoader.load(scenario("2022-03-31", returns)),
                new PlanOptions(2, 40, 3L, java.util.List.of("L3=+5/yr"), "", null));
        assertEquals(40, result.plan().samples(PlanMeasure.DEMAND, 1, PlanEvaluator.ALL).length);
        assertTrue(result.demandSource().startsWith("LAC projection"), result.demandSource());
        double demand = result.plan().mean(PlanMeasure.DEMAND, 2, PlanEvaluator.ALL);
        assertTrue(demand > 0, "demand " + demand);
        assertEquals(2, result.comparison().size());
    }

    @Test
    void aProjectionStartingAfterTheAsOfDateIsAnInputError() throws Exception {
        Path returns = returns();
        assumeTrue(returns != null, "shared/data/ssda903-synthetic not found");
        InvalidInputException e = assertThrows(InvalidInputException.class, () -> SufficiencyPlanner.plan(
                ScenarioLoader.load(scenario("2015-03-31", returns)), new PlanOptions(2, 20, 3L, null, "", null)));
        assertTrue(e.getMessage().contains("after as_of"), e.getMessage());
    }
}
