package uk.sufficiency.engine.region;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.MatchingSettings;
import uk.sufficiency.engine.matching.exact.LagrangianBound;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.engine.matching.solver.MatchingService;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.model.region.Region;
import uk.sufficiency.model.region.RegionLoader;

/**
 * The goal of issue 17 on the built-in example region (docs/BENCHMARKS.md, "Regional matching"): the
 * pooled problem of six councils matched within 1% of the relaxed-flow bound in 60 s, and pooled
 * placing at least as many waiting children in-house as the councils alone. Each answer is set beside
 * both bounds: the relaxed flow's and the tighter Lagrangian bound's that keeps sibling groups whole
 * (decision 0079). Long: benchmark-tagged.
 */
@Tag("benchmark")
class RegionBoundBenchmarkTest {

    private static final Path REGION = Path.of("..", "scenarios", "east-midlands-region");

    @Test
    void builtInRegionWithinOnePercentOfTheFlowBoundIn60Seconds() {
        Region region = RegionLoader.load(REGION);
        MatchingOptions steps = MatchingOptions.steps(PipelineContext.DEFAULT_SEED, MatchingSettings.DEFAULT_STEPS);
        MatchingOptions sixty = MatchingOptions.timeLimited(Duration.ofSeconds(60)).withSeed(PipelineContext.DEFAULT_SEED)
                .withUnimprovedLimit(MatchingSettings.DEFAULT_CONVERGED_AFTER);
        // as written: sibling groups and living_with rules, so the flow's optimum is a bound, not the optimum
        MatchingResult stepped = measure("realistic", region, steps);
        // Reproducible (a step budget, not a time limit): within 1% of the flow bound since the refinement's
        // compound moves (decision 0095; 0/-66/-598264 against the bound's -592404 and the optimum's -598254).
        assertTrue(gap(stepped.score(), LagrangianBound.solve(RegionMatching.pooledProblem(region, 0)).flow()) <= 0.01,
                "2,000 steps within 1% of the flow bound");
        measure("realistic", region, sixty);
        // every child alone: the flow's optimum is the problem's own optimum
        Region singles = SmallRegion.singletons(region);
        MatchingResult exact = measure("singletons", singles, sixty);
        assertTrue(exact.stats().timeMillis() <= 60_000);
        RegionResult result = new RegionMatching(steps, null).run(region);
        System.out.println("pooled " + result.pooledTotal() + "\nalone " + result.aloneTotal());
        assertTrue(result.pooledTotal().placedInHouse() >= result.aloneTotal().placedInHouse());
    }

    /** Solves the pooled problem and prints its figures beside both bounds (singletons: within 1% of the exact optimum). */
    private static MatchingResult measure(String family, Region region, MatchingOptions options) {
        long start = System.nanoTime();
        var problem = RegionMatching.pooledProblem(region, 0);
        MatchingResult result = new MatchingService(options).solve(problem);
        double seconds = (System.nanoTime() - start) / 1e9;
        long boundStart = System.nanoTime();
        LagrangianBound.Result bounds = LagrangianBound.solve(RegionMatching.pooledProblem(region, 0));
        double boundSeconds = (System.nanoTime() - boundStart) / 1e9;
        HardMediumSoftLongScore flow = bounds.flow();
        HardMediumSoftLongScore lagrangian = bounds.score();
        System.out.printf(Locale.ROOT, "region %s %s: %d requests, %d placements; build+solve %.1f s (%d steps) score %s;"
                + " flow bound %s, soft above it %s; Lagrangian bound %s (%d + %d iterations, %.1f s of %.1f s"
                + " with the flow), soft above it %s%n", family, options.stepLimit() != null ? "2000 steps" : "60 s",
                problem.getRequests().size(), problem.getHomes().size(), seconds, result.stats().localSearchSteps(),
                result.score(), flow, above(result.score(), flow), lagrangian, bounds.mediumIterations(),
                bounds.softIterations(), bounds.millis() / 1e3, boundSeconds, above(result.score(), lagrangian));
        assertEquals(flow.hardScore(), result.score().hardScore());
        assertTrue(lagrangian.compareTo(result.score()) >= 0, "no answer beats a bound");
        assertTrue(lagrangian.compareTo(flow) <= 0, "never looser than the flow");
        if (family.equals("singletons")) {
            assertTrue(flow.mediumScore() == result.score().mediumScore() && gap(result.score(), flow) <= 0.01,
                    "within 1% of the exact optimum");
        }
        return result;
    }

    private static String above(HardMediumSoftLongScore score, HardMediumSoftLongScore bound) {
        return bound.mediumScore() == score.mediumScore() && bound.hardScore() == score.hardScore()
                ? String.format(Locale.ROOT, "%.3f%%", 100 * gap(score, bound)) : "n/a (the bound places more)";
    }

    /** Soft points above the bound, as a share of the bound's (both negative), when both place the same. */
    static double gap(HardMediumSoftLongScore score, HardMediumSoftLongScore bound) {
        return (double) (bound.softScore() - score.softScore()) / -bound.softScore();
    }
}
