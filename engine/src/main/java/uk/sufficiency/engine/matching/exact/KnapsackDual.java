package uk.sufficiency.engine.matching.exact;

import java.util.Arrays;

/**
 * The Lagrangian dual of a packing problem whose only coupling is "each item placed at most once":
 * with that constraint relaxed by a multiplier per item, each home solves its own small integer
 * knapsack, and the sum of the knapsack optima plus the multipliers is a lower bound on the
 * problem's minimum cost for <em>every</em> choice of multipliers &gt;= 0 (weak duality; the
 * multipliers only decide how tight it is). They are improved by projected subgradient steps.
 *
 * <p>The problem: item types t (a count of interchangeable requests, each of {@code size} children
 * and {@code value} units of placed value); homes h with a capacity in children and a list of the
 * types they admit, each at a cost in points. Minimise {@code sum cost x - theta x (sum value x -
 * valueTarget)} over 0/1 placements, each request at most once, each home within its capacity.
 * With theta fixed at 1, zero costs and target 0, that is "place the most value"; with theta a
 * second multiplier (for the constraint "at least valueTarget placed"), it is "the fewest points
 * among placements of at least that value".
 *
 * <p>Every figure is held as a long in units of 1/{@code scale} so that each bound is computed
 * exactly: rounding can make a step less useful, never a bound invalid.
 */
final class KnapsackDual {

    /** The problem, see class comment. Costs are in points per (home, type) entry; null = all zero. */
    record Problem(int[] count, int[] size, long[] value, int[] capacity, int[] rowStart, int[] entryType,
            long[] entryCost, long valueTarget, boolean thetaFree, Conflicts conflicts) {

        int types() {
            return count.length;
        }

        int homes() {
            return capacity.length;
        }
    }

    /** Which types carry a living_with rule the knapsacks keep, and whom it excludes. */
    interface Conflicts {

        /** Whether type t is one request with a rule (its count is then 1). */
        boolean restricted(int t);

        /** Whether restricted type a and type b may not share home h. */
        boolean conflict(int a, int b, int h);
    }

    /** Told each home's knapsack optimum (scaled, at most 0) and the copies it took (a type once per copy). */
    interface HomeChoice {
        void chose(int home, long scaledCost, int[] types, int copies);
    }

    /** The best bound found, in units of 1/scale, and the multipliers that give it. */
    record Solution(long scaledBound, long scale, long[] lambda, long theta, int iterations) {
    }

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(KnapsackDual.class);
    /** Bounds matter only to the whole point or unit of weight: steps aimed closer than this are not taken. */
    private static final double MIN_GAP = 0.01;
    /** Steps per window, after which the aimed gap is widened or narrowed. */
    private static final int PATIENCE = 50;
    /** Share of the last direction kept in the next (damps the zigzag between homes). */
    private static final double DEFLECT = 0.6;
    private final Problem p;
    private final long scale;
    private final HomeKnapsack knapsack;
    /** Per type: how many copies the last evaluation's knapsacks took. */
    private final long[] used;
    /** The copies one home's knapsack took, for a {@link HomeChoice}. */
    private final int[] choice;
    private long placedValue;
    /** The last evaluation's bound (scaled). */
    private long lastBound;

    /** @param maxRuled see {@link HomeKnapsack#HomeKnapsack(int, int)} */
    KnapsackDual(Problem problem, long scale, int maxRuled) {
        this.p = problem;
        this.scale = scale;
        int maxCapacity = 0;
        for (int c : problem.capacity()) {
            maxCapacity = Math.max(maxCapacity, c);
        }
        this.knapsack = new HomeKnapsack(maxCapacity, maxRuled);
        this.used = new long[problem.types()];
        this.choice = new int[maxCapacity];
    }

    /**
     * The Lagrangian bound at these multipliers (scaled), leaving in {@link #used} and
     * {@link #placedValue} what the home knapsacks took.
     */
    long evaluate(long[] lambda, long theta) {
        return evaluate(lambda, theta, null);
    }

    /** As {@link #evaluate(long[], long)}, telling {@code each} (when not null) every home's optimum and filling. */
    long evaluate(long[] lambda, long theta, HomeChoice each) {
        Arrays.fill(used, 0);
        placedValue = 0;
        long bound = theta * p.valueTarget();
        for (int t = 0; t < p.types(); t++) {
            bound -= p.count()[t] * lambda[t];
        }
        long[] cost = p.entryCost();
        Conflicts rules = p.conflicts();
        for (int h = 0; h < p.homes(); h++) {
            int capacity = p.capacity()[h];
            if (capacity <= 0 || p.rowStart()[h] == p.rowStart()[h + 1]) {
                continue;
            }
            knapsack.reset(capacity);
            for (int e = p.rowStart()[h]; e < p.rowStart()[h + 1]; e++) {
                int t = p.entryType()[e];
                long reduced = (cost == null ? 0 : cost[e] * scale) - theta * p.value()[t] + lambda[t];
                if (reduced >= 0) {
                    continue;
                }
                if (rules != null && rules.restricted(t)) {
                    knapsack.offerRuled(t, p.size()[t], reduced);
                } else {
                    knapsack.offer(t, p.size()[t], reduced, p.count()[t], rules != null);
                }
            }
            long optimum = knapsack.solve(used, rules, h);
            bound += optimum;
            if (each != null) {
                each.chose(h, optimum, choice, knapsack.choice(choice));
            }
        }
        for (int t = 0; t < p.types(); t++) {
            placedValue += used[t] * p.value()[t];
        }
        lastBound = bound;
        return bound;
    }

    /**
     * Projected subgradient ascent from the given multipliers with Polyak steps towards a target
     * level (the best bound plus a gap estimate: widened after a window of steps that gained more
     * than half of it, halved after one that gained less than a tenth of it, and restarted from the best
     * point after one that gained nothing), the direction deflected by the last one. Stops after {@code maxIterations},
     * at the deadline (System.nanoTime), when the gap estimate is below 1/scale, or when the bound
     * reaches {@code stopAt} (scaled; Long.MAX_VALUE for never).
     */
    Solution ascend(long[] startLambda, long startTheta, double gapEstimate, int maxIterations, long deadlineNanos,
            long stopAt, long[] lambdaCeiling, long thetaCeiling) {
        long[] lambda = startLambda.clone();
        long theta = startTheta;
        long best = evaluate(lambda, theta);
        long[] bestLambda = lambda.clone();
        long bestTheta = theta;
        double gap = Math.max(gapEstimate, 1.0);
        double[] direction = new double[p.types()];
        double thetaDirection = 0;
        int window = 0;
        long windowStart = best;
        int iterations = 1;
        while (iterations < maxIterations && best < stopAt && gap >= MIN_GAP && System.nanoTime() < deadlineNanos) {
            double normSquared = 0;
            for (int t = 0; t < p.types(); t++) {
                double g = used[t] - p.count()[t];
                if (lambda[t] == 0 && g < 0) {
                    g = 0;
                }
                direction[t] = g + DEFLECT * direction[t];
                normSquared += direction[t] * direction[t];
            }
            if (p.thetaFree()) {
                double g = p.valueTarget() - placedValue;
                thetaDirection = (theta == 0 && g < 0 ? 0 : g) + DEFLECT * thetaDirection;
                normSquared += thetaDirection * thetaDirection;
            }
            if (normSquared == 0) {
                break; // the knapsacks' choice is feasible and complementary: the bound is optimal
            }
            double level = best / (double) scale + gap;
            double step = (level - lastBound / (double) scale) / normSquared * scale;
            for (int t = 0; t < p.types(); t++) {
                lambda[t] = Math.max(0, Math.min(lambdaCeiling[t], lambda[t] + Math.round(step * direction[t])));
            }
            if (p.thetaFree()) {
                theta = Math.max(0, Math.min(thetaCeiling, theta + Math.round(step * thetaDirection)));
            }
            long bound = evaluate(lambda, theta);
            iterations++;
            if (iterations % 100 == 0 && LOG.isDebugEnabled()) {
                LOG.debug(String.format(java.util.Locale.ROOT, "iteration %d: bound %.3f, best %.3f, aimed gap %.3f",
                        iterations, bound / (double) scale, best / (double) scale, gap));
            }
            if (bound > best) {
                best = bound;
                bestLambda = lambda.clone();
                bestTheta = theta;
            }
            if (++window == PATIENCE) {
                // a window that gained more than half the aimed gap aims further; one that gained little
                // aims closer; one that gained nothing starts again from the best point
                double gained = (best - windowStart) / (double) scale;
                if (gained > gap / 2) {
                    gap *= 1.5;
                } else if (gained < gap / 10) {
                    gap /= 2;
                }
                if (gained <= 0) {
                    System.arraycopy(bestLambda, 0, lambda, 0, lambda.length);
                    theta = bestTheta;
                    Arrays.fill(direction, 0);
                    thetaDirection = 0;
                    evaluate(lambda, theta);
                }
                window = 0;
                windowStart = best;
            }
        }
        return new Solution(best, scale, bestLambda, bestTheta, iterations);
    }

    long placedValue() {
        return placedValue;
    }

    long[] used() {
        return used;
    }
}
