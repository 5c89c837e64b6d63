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
