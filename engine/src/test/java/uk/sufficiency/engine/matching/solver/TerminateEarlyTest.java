package uk.sufficiency.engine.matching.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import uk.sufficiency.engine.matching.bench.BenchInstances;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.exact.ExactReference;
import uk.sufficiency.model.scenario.Scenario;

/** A stop request (Ctrl-C) ends a long solve promptly, whenever it arrives, with a constructed proposal. */
class TerminateEarlyTest {

    private static final MatchingOptions FIVE_MINUTES = MatchingOptions.timeLimited(Duration.ofMinutes(5));

    @Test
    @Timeout(60)
    void stopRequestedBeforeSolvingStartsIsNotLost() {
        // OptaPlanner clears a terminate-early request when solve() starts; the service must not lose it.
        Scenario scenario = BenchInstances.random(300, 5, false);
        MatchingService service = new MatchingService(FIVE_MINUTES);
        service.terminateEarly();
        long start = System.nanoTime();
        MatchingResult result = service.solve(scenario);
        long seconds = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - start);
        assertTrue(seconds < 30, "took " + seconds + " s");
        assertTrue(result.stats().terminatedEarly());
        // The construction still ran: the proposal places children and has a score.
        assertNotNull(result.score());
        assertNotNull(result.stats().constructionScore());
        assertEquals(0, result.score().hardScore());
        assertEquals(0, result.stats().localSearchSteps());
    }

    @Test
    @Timeout(60)
    void stopDuringLocalSearchReturnsTheBestSoFar() throws Exception {
        Scenario scenario = BenchInstances.random(300, 5, false);
        CountDownLatch improving = new CountDownLatch(1);
        MatchingService service = new MatchingService(FIVE_MINUTES, progress -> improving.countDown());
        var solving = CompletableFuture.supplyAsync(() -> service.solve(scenario));
        assertTrue(improving.await(30, TimeUnit.SECONDS), "no progress reported");
        service.terminateEarly();
        MatchingResult result = solving.get(30, TimeUnit.SECONDS);
        assertTrue(result.stats().terminatedEarly());
        assertEquals(0, result.score().hardScore());
        assertTrue(result.score().compareTo(result.stats().constructionScore()) >= 0);
        assertTrue(result.stats().timeMillis() < 60_000);
        assertEquals(result.score(), MatchingScoring.score(result.solution()));
    }

    /**
     * A limit far too short for the flows: they stop at once, the children they did not reach take
     * their cheapest free places, and the proposal is complete, within every rule, marked cut short
     * and close to the most children any proposal places.
     */
    @Test
    @Timeout(60)
    void aLimitTooShortForTheFlowsStillGivesACompleteProposalMarkedCutShort() {
        Scenario scenario = BenchInstances.random(2000, 5, true);
        MatchingResult result = new MatchingService(MatchingOptions.timeLimited(Duration.ofMillis(1))).solve(scenario);
        assertEquals(0, result.score().hardScore());
        assertTrue(result.stats().cutShort());
        int placed = 0;
        for (var request : result.solution().getRequests()) {
            placed += request.getHome() == null ? 0 : request.getSize();
        }
        int most = ExactReference.solve(new MatchingProblemFactory(0).build(scenario)).placedChildren();
        assertTrue(placed >= 0.9 * most, placed + " placed, at most " + most);
        assertEquals(result.score(), MatchingScoring.score(result.solution()));
    }

    @Test
    @Timeout(60)
    void problemBuiltElsewhereStillStops() {
        MatchingService service = new MatchingService(FIVE_MINUTES);
        service.terminateEarly();
        MatchingResult result = service.solve(new MatchingProblemFactory(0).build(BenchInstances.random(80, 2, true)));
        assertTrue(result.stats().terminatedEarly());
        assertNotNull(result.score());
    }
}
