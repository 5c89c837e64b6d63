package uk.sufficiency.engine.market;

import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.matching.exact.GroupBranchAndBound;

/**
 * The exact branch and bound of {@link GroupBranchAndBound} (groups split in a warm flow, branching on
 * split groups and broken living-with rules) for a month with more sibling-group choices than {@link
 * MonthGroupSearch} takes (decision 0096). Ties may resolve differently from the matcher's; the total
 * is the optimum.
 *
 * <p>The bound leaves out the living-with rules, so a month whose waiting children cannot all be
 * placed because of them (the flow places one more than any answer can) needs many nodes to show
 * it: the search stops after {@link #MAX_SOLVES} flows, and takes no month of more than {@link
 * #MAX_GROUPS} groups; such months go to the matching service as before.
 */
final class MonthBranchAndBound {

    /**
     * Most warm flows before the month goes to the matching service: each costs about 0.5-1.5 ms on
     * a large council's month, the service 300-500 ms, so a month the search cannot settle in about
     * that time is better left to the service (decision 0096).
     */
    static final int MAX_SOLVES = 400;
    /**
     * Most sibling groups searched: beyond, the month (a large council's first, its whole waiting
     * list) goes to the service at once; measured, the search never settled one within its budget.
     */
    static final int MAX_GROUPS = 12;

    private final MonthProblem problem;
    private final GroupBranchAndBound search;

    MonthBranchAndBound(MonthProblem problem) {
        this.problem = problem;
        this.search = new GroupBranchAndBound(units(problem, problem.singles), units(problem, problem.groups),
                problem.capacity, MAX_SOLVES, Long.MAX_VALUE);
    }

    private static List<GroupBranchAndBound.Unit> units(MonthProblem problem, List<MonthProblem.Unit> units) {
        return units.stream().map(u -> new GroupBranchAndBound.Unit(u.request(), u.size(), u.homes(), u.costs(),
                problem.unplacedCost(u))).toList();
    }

    /** Child k's share of a group's cost: equal shares, the remainder to the first children, summing to the cost. */
    static long share(long cost, int size, int k) {
        return GroupBranchAndBound.share(cost, size, k);
    }

    /** The month's optimum as (child, home), or null when the search runs out of its {@link #MAX_SOLVES} flows. */
    Map<SimChild, SimHome> solve() {
        if (problem.groups.size() > MAX_GROUPS) {
            return null;
        }
        return search.search() && !search.exhausted()
                ? problem.assignment(search.bestGroups(), search.bestSingles()) : null;
    }

    /** Warm flows solved (for the tests and the benchmark's notes). */
    int solves() {
        return search.solves();
    }
}
