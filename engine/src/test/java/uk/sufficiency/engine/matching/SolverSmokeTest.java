package uk.sufficiency.engine.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.matching.bench.BenchInstances;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.exact.ExactReference;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.engine.matching.solver.MatchingService;
import uk.sufficiency.model.scenario.Scenario;

class SolverSmokeTest {

    @Test
    void singletonsReachTheExactOptimum() {
        Scenario scenario = BenchInstances.random(200, 7, true);
        ExactReference.Result exact = ExactReference.solve(new MatchingProblemFactory(0).build(scenario));
        assertTrue(exact.exact());
        MatchingResult result = new MatchingService(MatchingOptions.steps(1, 20)).solve(scenario);
        assertEquals(exact.score(), result.score());
    }

    @Test
    void groupsAndRulesStayFeasibleUnderFullAssert() {
        Scenario scenario = BenchInstances.random(60, 3, false);
        MatchingResult result = new MatchingService(MatchingOptions.steps(3, 15).withAssertScores(true))
                .solve(scenario);
        ExactReference.Result bound = ExactReference.solve(new MatchingProblemFactory(0).build(scenario));
        assertEquals(0, result.score().hardScore());
        assertTrue(result.score().compareTo(bound.score()) <= 0, result.score() + " beats bound " + bound.score());
    }
}
