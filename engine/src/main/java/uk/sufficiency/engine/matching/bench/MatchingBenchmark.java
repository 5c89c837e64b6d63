package uk.sufficiency.engine.matching.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.time.Duration;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.exact.ExactReference;
import uk.sufficiency.engine.matching.exact.LagrangianBound;
import uk.sufficiency.engine.matching.exact.MatchingReference;
import uk.sufficiency.engine.matching.exact.RelaxedFlow;
import uk.sufficiency.engine.matching.greedy.GreedyMatcher;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.engine.matching.solver.MatchingScoring;
import uk.sufficiency.engine.matching.solver.MatchingService;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.scenario.Scenario;

/**
 * One benchmark case: the same generated problem solved by the greedy baseline, the exact
 * reference (exact optimum, or a bound when the problem has sibling groups or living_with rules)
 * and the solver within a time limit.
 */
public final class MatchingBenchmark {

    /** One method's outcome: score, children placed, wall time, peak heap. */
    public record Outcome(HardMediumSoftLongScore score, int placedChildren, long millis, long peakHeapMb) {
    }

    /** An exact method's outcome (see {@link MatchingReference}). */
    public record ReferenceOutcome(String name, Outcome outcome, boolean optimal, Long softBound) {
    }

    /**
     * @param exact true when {@code reference} is the proven optimum, false when it is a bound
     * @param mip   an installed exact method's outcome, or null when none is installed or it was skipped
     * @param lagrangian the Lagrangian bound that keeps sibling groups whole (decision 0079), null when the
     *              flow is exact
     */
    public record Case(int children, boolean singletonsOnly, long seed, Duration timeLimit, int requests,
            int placements, Outcome greedy, Outcome reference, boolean exact, ReferenceOutcome mip, Outcome solver,
            HardMediumSoftLongScore lagrangian) {

        /**
         * The best known lower bound on the optimum: the exact method's score when it proved it
         * optimal; else the tighter of the flow bound and the Lagrangian bound, its soft level raised
         * to the exact method's bound when that one is tighter for the same hard and medium levels.
         */
        public HardMediumSoftLongScore bound() {
            if (mip != null && mip.optimal()) {
                return mip.outcome().score();
            }
            HardMediumSoftLongScore bound = lagrangian != null && lagrangian.compareTo(reference.score()) < 0
                    ? lagrangian : reference.score();
            if (mip != null && mip.softBound() != null && sameLevels(mip.outcome().score(), bound)
                    && mip.softBound() < bound.softScore()) {
                bound = HardMediumSoftLongScore.of(bound.hardScore(), bound.mediumScore(), mip.softBound());
            }
            return bound;
        }

        /** Soft penalty above the best lower bound, in %, when the method reaches its hard and medium levels. */
        public Double gapPercent(Outcome outcome) {
            HardMediumSoftLongScore bound = bound();
            if (!sameLevels(outcome.score(), bound)) {
                return null;
            }
            long ref = -bound.softScore();
            return ref == 0 ? 0.0 : 100.0 * ((-outcome.score().softScore()) - ref) / ref;
        }

        private static boolean sameLevels(HardMediumSoftLongScore a, HardMediumSoftLongScore b) {
            return a.hardScore() == b.hardScore() && a.mediumScore() == b.mediumScore();
        }
    }

    private MatchingBenchmark() {
    }

    public static Case run(int children, boolean singletonsOnly, long seed, Duration timeLimit) {
        return run(children, singletonsOnly, seed, timeLimit, 0, null, null);
    }

    /**
     * @param maxCandidates candidate placements kept per request, for all methods (0 = all)
     * @param mip           an exact method to run too, or null
     * @param mipTimeLimit  its time limit
     */
    public static Case run(int children, boolean singletonsOnly, long seed, Duration timeLimit, int maxCandidates,
            MatchingReference mip, Duration mipTimeLimit) {
        return run(BenchInstances.random(children, seed, singletonsOnly), singletonsOnly, seed, timeLimit,
                maxCandidates, mip, mipTimeLimit);
    }

    /**
     * Benchmarks a given instance (e.g. from {@link InstanceGenerator}). {@link Case#children()} is
     * then every child matched: the waiting ones and those placed now (who may be moved but are
     * never left unplaced), so that placed children never exceed it.
     */
    public static Case run(Scenario scenario, boolean singletonsOnly, long seed, Duration timeLimit,
            int maxCandidates, MatchingReference mip, Duration mipTimeLimit) {
        int children = (int) scenario.children().stream().filter(c -> c.status() != ChildStatus.PERMANENT).count();
        MatchingProblemFactory factory = new MatchingProblemFactory(maxCandidates);

        resetPeaks();
        long start = System.nanoTime();
        MatchingSolution greedy = GreedyMatcher.solve(factory.build(scenario));
        HardMediumSoftLongScore greedyScore = MatchingScoring.score(greedy);
        Outcome greedyOutcome = new Outcome(greedyScore, placed(greedy), millisSince(start), peakHeapMb());

        MatchingSolution problem = factory.build(scenario);
        resetPeaks();
        start = System.nanoTime();
        RelaxedFlow flow = RelaxedFlow.solve(problem);
        ExactReference.Result exact = flow.result();
        Outcome exactOutcome = new Outcome(exact.score(), exact.placedChildren(), millisSince(start), peakHeapMb());
        HardMediumSoftLongScore lagrangian = exact.exact() ? null
                : LagrangianBound.solve(problem, flow, LagrangianBound.Settings.DEFAULT).score();

        ReferenceOutcome mipOutcome = null;
        if (mip != null && !exact.exact()) {
            // Started from greedy first-fit, so it always has an assignment to improve on.
            MatchingSolution mipProblem = GreedyMatcher.solve(factory.build(scenario));
            System.gc();
            resetPeaks();
            start = System.nanoTime();
            MatchingReference.Result found = mip.solve(mipProblem, mipTimeLimit);
            mipOutcome = new ReferenceOutcome(mip.name(), new Outcome(found.score(), found.placedChildren(),
                    millisSince(start), peakHeapMb()), found.optimal(), found.softBound());
        }

        System.gc();
        resetPeaks();
        start = System.nanoTime();
        MatchingResult result = new MatchingService(new MatchingOptions(timeLimit, seed, null, null, maxCandidates, false))
                .solve(scenario); // builds the problem within the time limit
        Outcome solverOutcome = new Outcome(result.score(), placed(result.solution()), millisSince(start),
                peakHeapMb());
        return new Case(children, singletonsOnly, seed, timeLimit, problem.getRequests().size(),
                problem.getHomes().size(), greedyOutcome, exactOutcome, exact.exact(), mipOutcome, solverOutcome,
                lagrangian);
    }

    static int placed(MatchingSolution solution) {
        int placed = 0;
        for (PlacementRequest request : solution.getRequests()) {
            if (request.getHome() != null && !request.isPinned()) {
                placed += request.getSize();
            }
        }
        return placed;
    }

    private static long millisSince(long startNanos) {
        return (System.nanoTime() - startNanos) / 1_000_000;
    }

    private static void resetPeaks() {
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** Sum of the heap pools' peak use since the last reset, in MiB (an upper bound on live data). */
    private static long peakHeapMb() {
        long bytes = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                bytes += pool.getPeakUsage().getUsed();
            }
        }
        return bytes / (1024 * 1024);
    }
}
