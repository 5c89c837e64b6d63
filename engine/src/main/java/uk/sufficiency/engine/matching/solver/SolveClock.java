package uk.sufficiency.engine.matching.solver;

/**
 * Shared by the construction and the polish of one time-limited solve, so that the polish (which
 * runs between the halves of local search, and whose flow solves cannot be interrupted) only
 * starts a solve it can finish before the time limit.
 */
final class SolveClock {

    private final long limitNanos;
    private long deadlineNanos = Long.MAX_VALUE;
    private long solveNanos;

    /** @param limitNanos the solve's time limit (after building the problem) */
    SolveClock(long limitNanos) {
        this.limitNanos = limitNanos;
    }

    /** Called when the construction starts: the solve's clock starts then. */
    void start() {
        deadlineNanos = System.nanoTime() + limitNanos;
    }

    /** Records how long one solve of the singles' flow took (the longest seen is kept). */
    void solved(long nanos) {
        solveNanos = Math.max(solveNanos, nanos);
    }

    /** Whether {@code solves} more flow solves fit before the time limit. */
    boolean roomFor(int solves) {
        return System.nanoTime() + solves * solveNanos < deadlineNanos;
    }
}
