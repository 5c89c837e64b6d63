package uk.sufficiency.engine.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.exact.ExactReference;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.engine.matching.solver.MatchingService;
import uk.sufficiency.model.scenario.Scenario;

class SolverSmokeTest {

    @Test
    void singletonsReachTheExactOptimum() {
        Scenario scenario = MatchingInstances.random(200, 7, true);
        MatchingSolution problem = new MatchingProblemFactory(0).build(scenario);
        ExactReference.Result exact = ExactReference.solve(problem);
        assertTrue(exact.exact());
        MatchingResult result = new MatchingService(MatchingOptions.steps(1, 2000).withAssertScores(false))
                .solve(new MatchingProblemFactory(0).build(scenario));
        System.out.println(exact + " vs " + result.score() + " " + result.stats());
        assertEquals(0, result.score().hardScore());
        assertEquals(exact.score(), result.score());
    }

    @Test
    void groupsAndRulesStayFeasibleUnderFullAssert() {
        Scenario scenario = MatchingInstances.random(60, 3, false);
        MatchingResult result = new MatchingService(MatchingOptions.steps(3, 40).withAssertScores(true))
                .solve(scenario);
        MatchingSolution problem = new MatchingProblemFactory(0).build(scenario);
        ExactReference.Result bound = ExactReference.solve(problem);
        System.out.println(bound + " vs " + result.score() + " " + result.stats());
        assertEquals(0, result.score().hardScore());
        assertTrue(result.score().compareTo(bound.score()) <= 0);
    }
}
