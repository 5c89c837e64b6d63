package uk.sufficiency.engine.matching.solver;

/**
 * Shared by the construction and the polish of one time-limited solve, so that the polish (which
 * runs between the halves of local search, and whose flow solves cannot be interrupted) only
 * starts a solve it can finish before the time limit. It also stops the construction's flows in
 * time (their answers are then feasible but not proven optimal: "cut short").
 */
final class SolveClock {

    private final long limitNanos;
    private long startNanos;
    private long deadlineNanos = Long.MAX_VALUE;
    private long solveNanos;
    private volatile boolean cutShort;

    /** @param limitNanos the solve's time limit (after building the problem) */
    SolveClock(long limitNanos) {
        this.limitNanos = limitNanos;
    }

    /** Called when the construction starts: the solve's clock starts then. */
    void start() {
        startNanos = System.nanoTime();
        deadlineNanos = startNanos + limitNanos;
    }

    /** Whether this share of the time limit (0 to 1) has passed since the construction started. */
    boolean passed(double share) {
        return System.nanoTime() - startNanos > (long) (share * limitNanos);
    }

    /** Nanoseconds until this share of the time limit has passed (negative once it has). */
    long nanosLeft(double share) {
        return startNanos + (long) (share * limitNanos) - System.nanoTime();
    }

    /** Records that a flow was stopped by the time limit before it proved its answer optimal. */
    void markCutShort() {
        cutShort = true;
    }

    /** Whether the time limit stopped a flow before it proved its answer optimal. */
    boolean cutShort() {
        return cutShort;
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
