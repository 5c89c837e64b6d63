package uk.sufficiency.engine.matching.solver;

import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.localsearch.scope.LocalSearchPhaseScope;
import org.optaplanner.core.impl.phase.custom.scope.CustomPhaseScope;
import org.optaplanner.core.impl.phase.event.PhaseLifecycleListenerAdapter;
import org.optaplanner.core.impl.phase.scope.AbstractPhaseScope;
import org.optaplanner.core.impl.phase.scope.AbstractStepScope;
import org.optaplanner.core.impl.solver.DefaultSolver;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;

/**
 * One run of OptaPlanner's solver, and the one place that reaches into its implementation
 * classes to drive it (phase listeners, step counts, a stop handed on once local search starts).
 * The phases it runs (the flow construction and polish, the ejection-chain moves, the value
 * ranges) plug into OptaPlanner's extension points; nothing else in the engine touches the solver.
 */
final class OptaPlannerRun {

    private static final Logger LOG = LoggerFactory.getLogger(OptaPlannerRun.class);

    private final DefaultSolver<MatchingSolution> solver;
    private final AtomicLong steps = new AtomicLong();
    private final AtomicReference<HardMediumSoftLongScore> constructed = new AtomicReference<>();
    /** Set once local search has started: from then on a stop request goes straight to the solver. */
    private volatile boolean searching;
    /** When local search must end (System.nanoTime), or Long.MAX_VALUE. */
    private final long deadlineNanos;

    /**
     * @param stopRequested read when local search starts: a stop asked for before then (during the
     *                      construction, or before solving began) is handed on at that moment
     * @param spentMillis   time already spent (building the problem), added to progress times
     */
    @SuppressWarnings("unchecked")
    OptaPlannerRun(SolverConfig config, BooleanSupplier stopRequested, long spentMillis, long deadlineNanos,
            Consumer<MatchingService.Progress> progress) {
        this.deadlineNanos = deadlineNanos;
        solver = (DefaultSolver<MatchingSolution>) SolverFactory.<MatchingSolution>create(config).buildSolver();
        solver.addPhaseLifecycleListener(new PhaseLifecycleListenerAdapter<>() {
            @Override
            public void phaseStarted(AbstractPhaseScope<MatchingSolution> phaseScope) {
                if (phaseScope instanceof LocalSearchPhaseScope) {
                    // Both flags are volatile: either this thread sees the stop request or the
                    // requesting thread sees that local search has started; neither is missed.
                    searching = true;
                    if (stopRequested.getAsBoolean() || System.nanoTime() >= deadlineNanos) {
                        solver.terminateEarly();
                    }
                }
            }

            @Override
            public void stepEnded(AbstractStepScope<MatchingSolution> stepScope) {
                if (stepScope.getPhaseScope() instanceof LocalSearchPhaseScope) {
                    steps.incrementAndGet();
                }
            }

            @Override
            public void phaseEnded(AbstractPhaseScope<MatchingSolution> phaseScope) {
                if (phaseScope instanceof CustomPhaseScope) {
                    // The first custom phase is the construction; the second, the polish between
                    // the halves of local search.
                    boolean construction = constructed.compareAndSet(null,
                            (HardMediumSoftLongScore) phaseScope.getBestScore());
                    LOG.info("{} took {} ms: best score {}", construction
                            ? "Construction (priced placement, exact min-cost flow for single children)"
                            : "Polish (exact flow and refinement after local search)",
                            phaseScope.calculatePhaseTimeMillisSpentUpToNow(), phaseScope.getBestScore());
                }
            }
        });
        solver.addEventListener(event -> progress.accept(new MatchingService.Progress(
                spentMillis + event.getTimeMillisSpent(), (HardMediumSoftLongScore) event.getNewBestScore())));
    }

    /**
     * Solves; under a deadline a timer stops local search when it comes (the construction and the
     * polish keep it by their own clock).
     */
    MatchingSolution solve(MatchingSolution problem) {
        Thread timer = null;
        if (deadlineNanos != Long.MAX_VALUE) {
            timer = new Thread(this::stopAtDeadline, "matching-deadline");
            timer.setDaemon(true);
            timer.start();
        }
        try {
            return solver.solve(problem);
        } finally {
            searching = false;
            if (timer != null) {
                timer.interrupt();
            }
        }
    }

    private void stopAtDeadline() {
        try {
            long left;
            while ((left = deadlineNanos - System.nanoTime()) > 0) {
                java.util.concurrent.TimeUnit.NANOSECONDS.sleep(left);
            }
            // Before local search starts, phaseStarted sees the deadline has passed instead.
            terminateEarlyIfSearching();
        } catch (InterruptedException solved) {
            Thread.currentThread().interrupt();
        }
    }

    /** Stops local search if it is running (a stop before then is read when it starts). */
    void terminateEarlyIfSearching() {
        if (searching) {
            solver.terminateEarly();
        }
    }

    long localSearchSteps() {
        return steps.get();
    }

    long scoreCalculations() {
        return solver.getSolverScope().getScoreCalculationCount();
    }

    long timeMillisSpent() {
        return solver.getTimeMillisSpent();
    }

    HardMediumSoftLongScore constructionScore() {
        return constructed.get();
    }
}
