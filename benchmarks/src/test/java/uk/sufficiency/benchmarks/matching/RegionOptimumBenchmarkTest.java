package uk.sufficiency.benchmarks.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.exact.LagrangianBound;
import uk.sufficiency.engine.matching.exact.MatchingReference;
import uk.sufficiency.engine.region.RegionMatching;
import uk.sufficiency.model.region.RegionLoader;

/**
 * The built-in example region's pooled matching solved to proven optimality (decision 0079): the
 * medium level from the Lagrangian bound, which the solver's answers reach, then CP-SAT's second
 * stage (the fewest soft points at that medium level). Long (up to the limit in
 * {@code sufficiency.region.cpsat.seconds}, default 600, with 8 workers): benchmark-tagged.
 */
@Tag("benchmark")
class RegionOptimumBenchmarkTest {

    private static final Path REGION = Path.of("..", "scenarios", "east-midlands-region");

    @Test
    void pooledRegionOptimumAgainstTheBounds() {
        var region = RegionLoader.load(REGION);
        long start = System.nanoTime();
        LagrangianBound.Result bound = LagrangianBound.solve(RegionMatching.pooledProblem(region, 0));
        double boundSeconds = (System.nanoTime() - start) / 1e9;
        MatchingSolution problem = RegionMatching.pooledProblem(region, 0);
        Duration limit = Duration.ofSeconds(Long.getLong("sufficiency.region.cpsat.seconds", 600));
        start = System.nanoTime();
        MatchingReference.Result optimum = new CpSatReference().solveAtMedium(problem, bound.score().mediumScore(), limit);
        double seconds = (System.nanoTime() - start) / 1e9;
        System.out.printf(Locale.ROOT, "region: flow bound %s; Lagrangian bound %s (%.1f s with the flow, %d + %d"
                + " iterations); CP-SAT second stage at medium %d: %s, optimal %s, soft bound %d, in %.1f s%n",
                bound.flow(), bound.score(), boundSeconds, bound.mediumIterations(), bound.softIterations(),
                bound.score().mediumScore(), optimum.score(), optimum.optimal(), optimum.softBound(), seconds);
        assertEquals(bound.score().mediumScore(), optimum.score().mediumScore(), "the medium bound is reached");
        assertTrue(bound.score().softScore() >= optimum.score().softScore(), "the bound never beats an assignment");
        assertTrue(bound.score().softScore() >= optimum.softBound() || !optimum.optimal());
    }
}
