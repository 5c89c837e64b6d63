package uk.sufficiency.engine.matching.exact;

import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.domain.MatchingSolution;

/**
 * The exact optimum of the matching problem, or a proven bound on it, by min-cost flow
 * ({@link RelaxedFlow}).
 *
 * <p>Min-cost flow expresses single children with capacities, eligibility, urgency-weighted
 * unplaced penalties and every soft objective exactly. It cannot express a sibling group (which must
 * share one home) or a living_with rule. So each group is split into its children, each child may
 * go to any home the whole group could go to, and carries an equal share of the group's points; and
 * living_with rules are dropped. Every proposal the solver can make is feasible in that relaxed
 * problem at the same score, so the relaxed optimum is a lower bound on penalties (an upper bound
 * on the score). When there are no groups and no living_with rules the relaxation is the problem
 * itself and the result is the exact optimum ({@link Result#exact()}).
 */
public final class ExactReference {

    /**
     * @param score          the best possible score (exact) or a bound no proposal can beat
     * @param exact          true when the relaxation is the problem itself
     * @param placedChildren children placed in the relaxed optimum (an upper bound on any proposal)
     */
    public record Result(HardMediumSoftLongScore score, boolean exact, int placedChildren, int movableChildren) {
    }

    private ExactReference() {
    }

    /** A sibling group's points split between its children: equal shares, the remainder to the first. */
    static long share(long points, int size, int child) {
        return points / size + (child < points % size ? 1 : 0);
    }

    public static Result solve(MatchingSolution problem) {
        return RelaxedFlow.solve(problem).result();
    }
}
