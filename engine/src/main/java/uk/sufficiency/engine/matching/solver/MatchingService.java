package uk.sufficiency.engine.matching.solver;

import java.time.Duration;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.model.scenario.Scenario;

/**
 * The engine's matching API: a scenario in, the best proposal out. One instance runs one solve;
 * {@link #terminateEarly()} (from another thread, e.g. a Ctrl-C hook) stops it and the best
 * solution found so far is returned as usual.
 *
 * <p>A stop request never skips the construction phase: it takes effect when local search starts
 * (or at once, if it has), so an early stop still returns a complete, constructed proposal. This
 * also matters because OptaPlanner forgets a terminate-early request made before {@code solve}
 * has started, so the request is kept here and handed on when local search starts.
 */
public final class MatchingService {

    /** Best-score progress while solving. */
    public record Progress(long timeMillis, HardMediumSoftLongScore bestScore) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(MatchingService.class);

    private final MatchingOptions options;
    private final Consumer<Progress> progress;
    private final AtomicReference<OptaPlannerRun> running = new AtomicReference<>();
    private volatile boolean stopRequested;

    public MatchingService(MatchingOptions options) {
        this(options, p -> { });
    }

    public MatchingService(MatchingOptions options, Consumer<Progress> progress) {
        this.options = options;
        this.progress = progress;
    }

    /**
     * Builds the problem from the scenario and solves it. The time limit covers both: the time
     * spent building (eligibility and value ranges, seconds at 10,000 children) is taken off the
     * solver's limit, and reported times count from the start of building.
     */
    public MatchingResult solve(Scenario scenario) {
        return solve(scenario, System.nanoTime(), false);
    }

    /**
     * Builds and solves within a time limit that counts from {@code startedNanos} (a command's own
     * start, before it read the scenario) and, when {@code leaveTimeToWrite}, leaves the time
     * {@link #writingNanos} estimates for explaining and writing the result, so the whole command
     * keeps its limit.
     */
    public MatchingResult solve(Scenario scenario, long startedNanos, boolean leaveTimeToWrite) {
        MatchingSolution problem = new MatchingProblemFactory(options.maxCandidates()).build(scenario);
        long spentMillis = (System.nanoTime() - startedNanos) / 1_000_000;
        LOG.info("Matching problem built after {} ms", spentMillis);
        long reservedMillis = leaveTimeToWrite ? writingNanos(problem) / 1_000_000 : 0;
        return solve(problem, spentMillis, reservedMillis);
    }

    /**
     * Time left for explaining and writing a result (reasons and near misses for every unplaced
     * child, a row per child): 150 us a request, at least 0.3 s. Measured on the shared 2-core
     * machine at load 9-13: 2-3 s at 20,000 children, 6 s at 50,000.
     */
    static long writingNanos(MatchingSolution problem) {
        return Math.max(300_000_000L, problem.getRequests().size() * 150_000L);
    }

    /** Solves a problem built by {@link MatchingProblemFactory}; the time limit covers the solve alone. */
    public MatchingResult solve(MatchingSolution problem) {
        return solve(problem, 0, 0);
    }

    private MatchingResult solve(MatchingSolution problem, long spentMillis, long reservedMillis) {
        MatchingOptions solverOptions = options;
        if (options.timeLimit() != null) {
            // At least 1 ms. The construction always runs (stopping its flows in time), so there is
            // always a complete proposal.
            solverOptions = options.withTimeLimit(
                    Duration.ofMillis(Math.max(1, options.timeLimit().toMillis() - spentMillis - reservedMillis)));
        }
        SolveClock clock = SolverConfigs.clockFor(solverOptions);
        long deadline = solverOptions.timeLimit() == null ? Long.MAX_VALUE
                : System.nanoTime() + solverOptions.timeLimit().toNanos();
        OptaPlannerRun run = new OptaPlannerRun(SolverConfigs.create(solverOptions, hasMovableRequest(problem),
                () -> stopRequested, clock), () -> stopRequested, spentMillis, deadline, progress);
        running.set(run);
        LOG.info("Matching {} requests to {} placements", problem.getRequests().size(), problem.getHomes().size());
        MatchingSolution best;
        try {
            best = run.solve(problem);
        } finally {
            running.set(null);
        }
        var stats = new MatchingResult.SolverStats(run.localSearchSteps(), run.scoreCalculations(),
                spentMillis + run.timeMillisSpent(), stopRequested, run.constructionScore(),
                clock != null && clock.cutShort());
        LOG.info("Matching finished: score {}, {} local-search steps, {} score calculations{}",
                best.getScore(), stats.localSearchSteps(), stats.scoreCalculationCount(),
                stats.cutShort() ? "; cut short by the time limit (complete, within every rule, not proven optimal)" : "");
        return new MatchingResult(best, stats);
    }

    private static boolean hasMovableRequest(MatchingSolution problem) {
        for (var request : problem.getRequests()) {
            if (!request.isPinned() && request.getEligibleHomes().size() > 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * Stops a solve early, whenever called (before or during it): the construction phase still
     * completes, local search stops, and {@code solve} returns the best solution found so far.
     * Thread-safe.
     */
    public void terminateEarly() {
        stopRequested = true;
        OptaPlannerRun run = running.get();
        if (run != null) {
            run.terminateEarlyIfSearching();
        }
    }
}
