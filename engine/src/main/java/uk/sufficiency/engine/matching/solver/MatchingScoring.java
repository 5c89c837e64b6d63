package uk.sufficiency.engine.matching.solver;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import org.optaplanner.core.api.solver.SolutionManager;
import org.optaplanner.core.api.solver.SolverFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;

/** Scores a solution made outside the solver (greedy baseline, tests) with the same constraints. */
public final class MatchingScoring {

    private static final SolutionManager<MatchingSolution, HardMediumSoftLongScore> MANAGER = SolutionManager.create(
            SolverFactory.create(SolverConfigs.create(MatchingOptions.steps(0, 0))));

    private MatchingScoring() {
    }

    /** Computes, sets and returns the solution's score. */
    public static HardMediumSoftLongScore score(MatchingSolution solution) {
        return MANAGER.update(solution);
    }
}
