package uk.sufficiency.engine.matching.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.domain.MatchingSolution;

/**
 * The best proposal found and how it was found.
 *
 * @param solution the best solution (requests with their homes)
 * @param stats    solver statistics
 */
public record MatchingResult(MatchingSolution solution, SolverStats stats) {

    public HardMediumSoftLongScore score() {
        return solution.getScore();
    }

    /**
     * @param localSearchSteps      local-search steps taken
     * @param scoreCalculationCount score calculations (moves evaluated, roughly)
     * @param timeMillis            wall-clock time solving, in ms, building the problem included
     *                              when the service built it (not reproducible)
     * @param terminatedEarly       true when stopped by the user (Ctrl-C) rather than a limit
     * @param constructionScore     score after the construction phase, before local search
     * @param cutShort              true when the time limit stopped the construction's flow before
     *                              it had routed every waiting child: the proposal is complete and
     *                              within every rule, but children it had not reached are unplaced
     */
    public record SolverStats(long localSearchSteps, long scoreCalculationCount, long timeMillis,
            boolean terminatedEarly, HardMediumSoftLongScore constructionScore, boolean cutShort) {
    }
}
