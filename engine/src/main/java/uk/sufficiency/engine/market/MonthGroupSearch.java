package uk.sufficiency.engine.market;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.exact.MinCostAssignment;

/**
 * Depth-first search over the sibling groups' choices in enumeration order (the last group's
 * choice varies slowest; each group unplaced first, then its homes in order), with one warm flow
 * of the single children kept in step with the groups chosen so far ({@link
 * MinCostAssignment#setCapacity}, {@link MinCostAssignment#replaceArcs}). That flow, with the
 * living-with rules between single children left out and the groups still to choose taking no
 * place, is a lower bound on every choice below the node (each group's cheapest option costs 0):
 * a node whose bound is not strictly below the best total so far holds no choice enumeration
 * would have taken, and is skipped. A choice whose warm flow keeps every living-with rule costs
 * exactly that bound; otherwise it is settled by branching on
 * the rule broken as {@link MonthProblem#branch} does, on the warm flow. Only totals come out of the
 * warm flow: the winning choice's children are placed by a fresh solve ({@link MonthProblem#solve}).
 */
final class MonthGroupSearch {

    private final MonthProblem problem;
    private final MonthProblem.Search search;
    private final int[] left;
    private final int[] choice;
    /** [group][single]: the group and the single child may not share a home. */
    private final boolean[][] apart;
    /** [single][option]: bars on that home (chosen groups there the child may not live with, branches). */
    private final int[][] barred;
    private final MinCostAssignment warm;
    /** True until a group is put in a home: the warm flow is then the fresh flow of the first choice. */
    private boolean untouched = true;

    MonthGroupSearch(MonthProblem problem, MonthProblem.Search search) {
        this.problem = problem;
        this.search = search;
        this.left = problem.capacity.clone();
        this.choice = new int[problem.groups.size()];
        this.apart = new boolean[problem.groups.size()][problem.singles.size()];
        this.barred = new int[problem.singles.size()][];
        int[][] arcHome = new int[problem.singles.size()][];
        long[][] arcCost = new long[problem.singles.size()][];
        long[] unplaced = new long[problem.singles.size()];
        for (int u = 0; u < problem.singles.size(); u++) {
            MonthProblem.Unit unit = problem.singles.get(u);
            arcHome[u] = unit.homes().clone();
            arcCost[u] = unit.costs().clone();
            unplaced[u] = problem.unplacedCost(unit);
            barred[u] = new int[unit.homes().length];
            for (int g = 0; g < problem.groups.size(); g++) {
                apart[g][u] = unit.request().conflictsWith(problem.groups.get(g).request());
            }
        }
        this.warm = new MinCostAssignment(problem.capacity, arcHome, arcCost, unplaced);
    }

    void descend(int g, long fixedCost) {
        if (search.exhausted) {
            return;
        }
        int[] assigned = warm.solve();
        long bound = fixedCost + warm.totalCost();
        if (bound >= search.best) {
            return;
        }
        if (g < 0) {
            leaf(assigned, fixedCost, bound);
            return;
        }
        MonthProblem.Unit group = problem.groups.get(g);
        choice[g] = -1;
        descend(g - 1, fixedCost + problem.unplacedCost(group));
        for (int i = 0; i < group.homes().length && !search.exhausted; i++) {
            int h = group.homes()[i];
            if (left[h] < group.size() || conflictsWithChosen(g, h)) {
                continue;
            }
            choice[g] = i;
            put(g, h, 1);
            descend(g - 1, fixedCost + group.costs()[i]);
            put(g, h, -1);
        }
        choice[g] = -1;
    }

    private void leaf(int[] assigned, long groupCost, long total) {
        if (untouched && problem.firstConflict(assigned) < 0) {
            // the warm flow has seen no change: it is the fresh flow enumeration solved first
            if (++search.solves > MonthProblem.MAX_FLOW_SOLVES) {
                search.exhausted = true;
                return;
            }
            search.best = total;
            search.bestGroups = choice.clone();
            search.bestSingles = assigned;
            return;
        }
        settle(assigned, groupCost, total);
    }

    /**
     * The choice's lowest total keeping the living-with rules between single children, when below
     * the best so far, by {@link #branch}'s rule on the warm flow. Only the total is kept: the
     * winner's children are placed by a fresh solve at the end ({@link #solve}).
     */
    private void settle(int[] assigned, long groupCost, long total) {
        long conflict = problem.firstConflict(assigned);
        if (conflict < 0) {
            search.best = total;
            search.bestGroups = choice.clone();
            search.bestSingles = null;
            return;
        }
        int a = (int) (conflict >>> 32);
        int h = (int) (conflict & 0xFFFFFFFFL);
        bar(a, h, 1);
        warmSettle(groupCost);
        bar(a, h, -1);
        PlacementRequest restricted = problem.singles.get(a).request();
        List<Integer> kept = new ArrayList<>();
        for (int x = 0; x < problem.singles.size(); x++) {
            if (x != a && restricted.conflictsWith(problem.singles.get(x).request())) {
                kept.add(x);
                bar(x, h, 1);
            }
        }
        warmSettle(groupCost);
        kept.forEach(x -> bar(x, h, -1));
    }

    private void warmSettle(long groupCost) {
        if (search.exhausted) {
            return;
        }
        if (++search.warmSolves > MonthProblem.MAX_WARM_SOLVES) {
            search.exhausted = true;
            return;
        }
        int[] assigned = warm.solve();
        long total = groupCost + warm.totalCost();
        if (total < search.best) {
            settle(assigned, groupCost, total);
        }
    }

    /** Whether a group already chosen into home h may not live with group g. */
    private boolean conflictsWithChosen(int g, int h) {
        for (int other = g + 1; other < problem.groups.size(); other++) {
            if (choice[other] >= 0 && problem.groups.get(other).homes()[choice[other]] == h
                    && problem.groups.get(g).request().conflictsWith(problem.groups.get(other).request())) {
                return true;
            }
        }
        return false;
    }

    /** Puts group g into home h ({@code sign} 1) or takes it out again (-1), in step with the warm flow. */
    private void put(int g, int h, int sign) {
        untouched = false;
        left[h] -= sign * problem.groups.get(g).size();
        warm.setCapacity(h, left[h]);
        for (int u = 0; u < problem.singles.size(); u++) {
            if (apart[g][u]) {
                bar(u, h, sign);
            }
        }
    }

    /** Bars home h to single child u ({@code sign} 1) or lifts one bar (-1), in step with the warm flow. */
    private void bar(int u, int h, int sign) {
        untouched = false;
        int[] options = problem.singles.get(u).homes();
        for (int i = 0; i < options.length; i++) {
            if (options[i] == h) {
                barred[u][i] += sign;
                if (barred[u][i] == (sign > 0 ? 1 : 0)) {
                    rearc(u);
                }
                return;
            }
        }
    }

    /** The single child's arcs less the homes barred to it now. */
    private void rearc(int u) {
        MonthProblem.Unit unit = problem.singles.get(u);
        int[] homesOf = new int[unit.homes().length];
        long[] costsOf = new long[unit.homes().length];
        int n = 0;
        for (int i = 0; i < unit.homes().length; i++) {
            if (barred[u][i] == 0) {
                homesOf[n] = unit.homes()[i];
                costsOf[n++] = unit.costs()[i];
            }
        }
        warm.replaceArcs(u, Arrays.copyOf(homesOf, n), Arrays.copyOf(costsOf, n));
    }
}
