package uk.sufficiency.engine.matching.solver;

import java.time.Duration;

/**
 * How to run the matching solver.
 *
 * @param timeLimit        wall-clock limit for the whole solve (building the problem included when
 *                         the service builds it), or null for none (then a step limit
 *                         is required)
 * @param seed             random seed: same problem, seed and step limit give the same answer
 * @param stepLimit        local-search step limit, or null; use it (without a time limit reached
 *                         first) for byte-identical reruns. Local search also stops after
 *                         {@code 200 x stepLimit} score calculations, since at an optimum a step
 *                         may never find a move to accept
 * @param unimprovedLimit  stop once the best score has not improved for this long, or null
 * @param maxCandidates    keep at most this many eligible placements per request, cheapest first
 *                         (0 = all); bounds memory on very large problems
 * @param assertScores     recompute scores from scratch to catch score corruption (slow; tests)
 */
public record MatchingOptions(Duration timeLimit, long seed, Long stepLimit, Duration unimprovedLimit,
        int maxCandidates, boolean assertScores) {

    public MatchingOptions {
        if (timeLimit == null && stepLimit == null) {
            throw new IllegalArgumentException("a time limit or a step limit is required");
        }
        if (stepLimit != null && stepLimit < 0) {
            throw new IllegalArgumentException("step limit must not be negative: " + stepLimit);
        }
        if (maxCandidates < 0) {
            throw new IllegalArgumentException("maxCandidates must not be negative: " + maxCandidates);
        }
    }

    /** Time-limited run with the default seed 42. */
    public static MatchingOptions timeLimited(Duration timeLimit) {
        return new MatchingOptions(timeLimit, 42L, null, null, 0, false);
    }

    /** Reproducible run: a fixed number of local-search steps. */
    public static MatchingOptions steps(long seed, long steps) {
        return new MatchingOptions(null, seed, steps, null, 0, false);
    }

    public MatchingOptions withTimeLimit(Duration limit) {
        return new MatchingOptions(limit, seed, stepLimit, unimprovedLimit, maxCandidates, assertScores);
    }

    public MatchingOptions withSeed(long newSeed) {
        return new MatchingOptions(timeLimit, newSeed, stepLimit, unimprovedLimit, maxCandidates, assertScores);
    }

    public MatchingOptions withMaxCandidates(int limit) {
        return new MatchingOptions(timeLimit, seed, stepLimit, unimprovedLimit, limit, assertScores);
    }

    public MatchingOptions withAssertScores(boolean assertion) {
        return new MatchingOptions(timeLimit, seed, stepLimit, unimprovedLimit, maxCandidates, assertion);
    }

    public MatchingOptions withUnimprovedLimit(Duration limit) {
        return new MatchingOptions(timeLimit, seed, stepLimit, limit, maxCandidates, assertScores);
    }
}
