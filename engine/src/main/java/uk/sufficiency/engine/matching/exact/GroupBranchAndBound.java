package uk.sufficiency.engine.matching.exact;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import uk.sufficiency.engine.matching.domain.PlacementRequest;

/**
 * An exact branch and bound for a small matching with sibling groups and living-with rules (decision
 * 0096, first written for a simulated month; decision 0101 uses it for the matcher's neighbourhoods).
 * Its bound is one warm min-cost flow ({@link MinCostAssignment}) of the single children and of every
 * sibling group not yet chosen <em>split into its children</em>: each child may go to any home the
 * whole group could, with an equal share of the group's cost there and of its unplaced cost (the
 * relaxation {@link RelaxedFlow} makes), living-with rules left out. Every answer is an answer of the
 * relaxation at the same cost, so the flow's total is a lower bound at every node.
 *
 * <p>At a node where the flow splits a group, the search branches on that group's choice (its homes
 * in the order the flow suggests: the home holding most of its children, then the cheapest by cost
 * plus the home's dual price; unplaced in that order too). Where every group is whole but two requests
 * in one home break a living-with rule, it branches on the rule: a SOLO request there alone (the home
 * then closed to everyone else) or not there; any other rule either the restricted request out of that
 * home or every request its rule forbids out of it. A node with neither is an answer whose cost is its
 * bound. Depth first, a node is cut when its bound is not strictly below the best answer found (or the
 * upper bound given): the first dive is a rounding of the relaxation, and where the relaxation is tight
 * the search ends there. Living-with conflicts with children outside the search (residents) are the
 * caller's to leave out of the options.
 */
public final class GroupBranchAndBound {

    private static final int FREE = -2;
    private static final int[] NO_HOMES = new int[0];
    private static final long[] NO_COSTS = new long[0];

    /**
     * One request in the search: its home options (indices into the capacities), its cost in each (at
     * least 0) and its cost left unplaced.
     */
    public record Unit(PlacementRequest request, int size, int[] homes, long[] costs, long unplacedCost) {
    }

    private final List<Unit> singleUnits;
    private final List<Unit> groupUnits;
    private final int maxSolves;
    private final int singles;
    /** Per group, the flow index of its first child; its children follow. */
    private final int[] firstUnit;
    /** Per flow unit, its entity: a single child u is entity u, group g is entity singles + g. */
    private final int[] entityOf;
    private final int[][] unitHomes;
    private final long[][] unitCosts;
    private final long[] unplaced;
    /** [unit][option]: bars on that home (groups chosen there it may not live with, branches). */
    private final int[][] barred;
    /** Per entity: FREE, -1 (unplaced) or the option index chosen. */
    private final int[] choice;
    /** Per entity: a child of it may live with no one else (SOLO), so its home takes no one else. */
    private final boolean[] solo;
    private final int[] left;
    /** Per home: whether a SOLO request chosen there closes it to everyone else. */
    private final boolean[] closed;
    private final MinCostAssignment warm;
    private long best;
    private int[] bestGroups;
    private int[] bestSingles;
    private int solves;
    private boolean exhausted;

    /**
     * @param singles    requests of one child (with or without a living-with rule)
     * @param groups     sibling groups, placed whole or not at all
     * @param capacity   free places per home
     * @param maxSolves  most warm flows before the search gives up ({@link #exhausted})
     * @param upperBound only answers costing strictly less are recorded (Long.MAX_VALUE: any)
     */
    public GroupBranchAndBound(List<Unit> singles, List<Unit> groups, int[] capacity, int maxSolves, long upperBound) {
        this.singleUnits = singles;
        this.groupUnits = groups;
        this.maxSolves = maxSolves;
        this.best = upperBound;
        this.singles = singles.size();
        this.firstUnit = new int[groups.size()];
        int units = this.singles;
        for (int g = 0; g < firstUnit.length; g++) {
            firstUnit[g] = units;
            units += groups.get(g).size();
        }
        this.entityOf = new int[units];
        this.unitHomes = new int[units][];
        this.unitCosts = new long[units][];
        this.unplaced = new long[units];
        this.barred = new int[units][];
        for (int u = 0; u < this.singles; u++) {
            Unit unit = singles.get(u);
            entityOf[u] = u;
            unitHomes[u] = unit.homes();
            unitCosts[u] = unit.costs();
            unplaced[u] = unit.unplacedCost();
        }
        for (int g = 0; g < firstUnit.length; g++) {
            Unit group = groups.get(g);
            for (int k = 0; k < group.size(); k++) {
                int u = firstUnit[g] + k;
                entityOf[u] = this.singles + g;
                unitHomes[u] = group.homes();
                unitCosts[u] = new long[group.homes().length];
                for (int i = 0; i < group.homes().length; i++) {
                    unitCosts[u][i] = share(group.costs()[i], group.size(), k);
                }
                unplaced[u] = share(group.unplacedCost(), group.size(), k);
            }
        }
        for (int u = 0; u < units; u++) {
            barred[u] = new int[unitHomes[u].length];
        }
        int entities = this.singles + firstUnit.length;
        this.choice = new int[entities];
        Arrays.fill(choice, FREE);
        this.solo = new boolean[entities];
        for (int e = 0; e < entities; e++) {
            solo[e] = unit(e).request().isSolo();
        }
        this.left = capacity.clone();
        this.closed = new boolean[left.length];
        int[][] arcHome = new int[units][];
        long[][] arcCost = new long[units][];
        for (int u = 0; u < units; u++) {
            arcHome[u] = unitHomes[u].clone();
            arcCost[u] = unitCosts[u].clone();
        }
        this.warm = new MinCostAssignment(capacity, arcHome, arcCost, unplaced);
    }

    /** Child k's share of a group's cost: equal shares, the remainder to the first children, summing to the cost. */
    public static long share(long cost, int size, int k) {
        return cost / size + (k < cost % size ? 1 : 0);
    }

    /**
     * Searches to the end or to the budget. Returns whether an answer cheaper than the upper bound was
     * found; it is the optimum unless {@link #exhausted}.
     */
    public boolean search() {
        descend(0);
        return bestGroups != null;
    }

    /** Whether the search ran out of its flows (the answer found, if any, is then not proven optimal). */
    public boolean exhausted() {
        return exhausted;
    }

    /** The best answer's total cost. */
    public long best() {
        return best;
    }

    /** Per group, the option chosen in the best answer (-1: unplaced). */
    public int[] bestGroups() {
        return bestGroups;
    }

    /** Per single, its home in the best answer ({@link MinCostAssignment#UNPLACED}: none). */
    public int[] bestSingles() {
        return bestSingles;
    }

    /** Warm flows solved (for the tests and the benchmark's notes). */
    public int solves() {
        return solves;
    }

    private void descend(long fixedCost) {
        if (exhausted) {
            return;
        }
        if (++solves > maxSolves) {
            exhausted = true;
            return;
        }
        int[] assigned = warm.solve();
        long bound = fixedCost + warm.totalCost();
        if (bound >= best) {
            return;
        }
        int g = splitGroup(assigned);
        if (g >= 0) {
            branchOnGroup(g, assigned, fixedCost, bound);
            return;
        }
        long conflict = firstConflict(assigned);
        if (conflict < 0) {
            record(assigned, bound);
            return;
        }
        branchOnRule((int) (conflict >>> 32), (int) (conflict & 0xFFFFFFFFL), fixedCost, bound);
    }

    /** The first group still to choose whose children the flow did not put together (all in one home, or all out). */
    private int splitGroup(int[] assigned) {
        for (int g = 0; g < firstUnit.length; g++) {
            if (!free(singles + g)) {
                continue;
            }
            int home = assigned[firstUnit[g]];
            for (int k = 1; k < groupUnits.get(g).size(); k++) {
                if (assigned[firstUnit[g] + k] != home) {
                    return g;
                }
            }
        }
        return -1;
    }

    /** Each choice of group g in turn, the likeliest first, while the node's bound can still beat the best. */
    private void branchOnGroup(int g, int[] assigned, long fixedCost, long bound) {
        Unit group = groupUnits.get(g);
        long[] prices = warm.placePrices();
        List<long[]> options = new ArrayList<>(); // {option, children of g already there, estimated cost}
        options.add(new long[] {-1, 0, group.unplacedCost()});
        for (int i = 0; i < group.homes().length; i++) {
            int h = group.homes()[i];
            if (closed[h] || left[h] < group.size() || barred[firstUnit[g]][i] > 0) {
                continue;
            }
            int there = 0;
            for (int k = 0; k < group.size(); k++) {
                there += assigned[firstUnit[g] + k] == h ? 1 : 0;
            }
            options.add(new long[] {i, there, group.costs()[i] + (long) (group.size() - there) * prices[h]});
        }
        options.sort(Comparator.<long[]>comparingLong(o -> -o[1]).thenComparingLong(o -> o[2])
                .thenComparingLong(o -> o[0]));
        for (long[] option : options) {
            if (exhausted || bound >= best) {
                return; // every node below costs at least this node's bound
            }
            int i = (int) option[0];
            choose(singles + g, i, 1);
            descend(fixedCost + delta(singles + g, i));
            choose(singles + g, i, -1);
        }
    }

    /** What choosing the entity's option i adds to the flow's total, whose units for it then stay unplaced. */
    private long delta(int e, int i) {
        return i < 0 ? 0 : unit(e).costs()[i] - unit(e).unplacedCost();
    }

    /**
     * Puts entity e (a group, or a SOLO single child) into its option i (-1: unplaced; {@code sign}
     * 1) or frees it again (-1): its children leave the flow (they stay there unplaced at their
     * shares of its unplaced cost, which the caller's fixed cost offsets), its home loses its places
     * (all of them for a SOLO request), and every request it may not live with is barred from that
     * home.
     */
    private void choose(int e, int i, int sign) {
        Unit unit = unit(e);
        if (sign > 0) {
            choice[e] = i;
            for (int k = 0; k < unit.size(); k++) {
                warm.replaceArcs(firstUnitOf(e) + k, NO_HOMES, NO_COSTS);
            }
        }
        if (i >= 0) {
            int h = unit.homes()[i];
            left[h] -= sign * unit.size();
            closed[h] = solo[e] && sign > 0;
            warm.setCapacity(h, closed[h] ? 0 : left[h]);
            for (int x = 0; x < singles + firstUnit.length && !solo[e]; x++) {
                if (x != e && request(x).conflictsWith(unit.request())) {
                    barEntity(x, h, sign);
                }
            }
        }
        if (sign < 0) {
            choice[e] = FREE;
            for (int k = 0; k < unit.size(); k++) {
                rearc(firstUnitOf(e) + k);
            }
        }
    }

    /**
     * Branches on a living-with rule broken in home h by request a's rule: every answer keeping the
     * rules either keeps a out of h, or lets into h no request a's rule forbids.
     */
    private void branchOnRule(int a, int h, long fixedCost, long bound) {
        if (solo[a]) {
            // a SOLO request in h: there alone, which closes h, or not there
            int i = optionOf(a, h);
            choose(a, i, 1);
            descend(fixedCost + delta(a, i));
            choose(a, i, -1);
            if (exhausted || bound >= best) {
                return;
            }
            barEntity(a, h, 1);
            descend(fixedCost);
            barEntity(a, h, -1);
            return;
        }
        barEntity(a, h, 1);
        descend(fixedCost);
        barEntity(a, h, -1);
        if (exhausted || bound >= best) {
            return;
        }
        List<Integer> kept = new ArrayList<>();
        for (int x = 0; x < singles + firstUnit.length; x++) {
            if (x != a && free(x) && request(a).conflictsWith(request(x))) {
                kept.add(x);
                barEntity(x, h, 1);
            }
        }
        descend(fixedCost);
        kept.forEach(x -> barEntity(x, h, -1));
    }

    /**
     * Two requests the flow put in one home against a living-with rule, as {@code restricted << 32 |
     * home} (the restricted one has the rule; if both, the first), or -1 when none. Called only when
     * every group still to choose is whole, so each request has one home.
     */
    private long firstConflict(int[] assigned) {
        int entities = singles + firstUnit.length;
        int[] homeOf = new int[entities];
        for (int e = 0; e < entities; e++) {
            homeOf[e] = free(e) ? assigned[firstUnitOf(e)] : MinCostAssignment.UNPLACED;
        }
        for (int a = 0; a < entities; a++) {
            if (homeOf[a] == MinCostAssignment.UNPLACED) {
                continue;
            }
            for (int b = a + 1; b < entities; b++) {
                if (homeOf[b] == homeOf[a] && request(a).conflictsWith(request(b))) {
                    int restricted = solo[a] || (!solo[b] && request(a).hasLivingWithRule()) ? a : b;
                    return ((long) restricted << 32) | homeOf[a];
                }
            }
        }
        return -1;
    }

    /** An answer: every group chosen or whole in one home (or out), every rule kept; its cost is its bound. */
    private void record(int[] assigned, long total) {
        best = total;
        bestGroups = new int[firstUnit.length];
        for (int g = 0; g < firstUnit.length; g++) {
            int e = singles + g;
            bestGroups[g] = free(e) ? optionOf(e, assigned[firstUnit[g]]) : choice[e];
        }
        bestSingles = Arrays.copyOf(assigned, singles);
        for (int u = 0; u < singles; u++) {
            if (!free(u)) {
                bestSingles[u] = choice[u] < 0 ? MinCostAssignment.UNPLACED : unit(u).homes()[choice[u]];
            }
        }
    }

    private int optionOf(int e, int home) {
        if (home == MinCostAssignment.UNPLACED) {
            return -1;
        }
        int[] homes = unit(e).homes();
        for (int i = 0; i < homes.length; i++) {
            if (homes[i] == home) {
                return i;
            }
        }
        throw new IllegalStateException("request " + e + " placed in a home it has no option for: " + home);
    }

    /** Whether the entity is in the flow: a single child, or a group not yet chosen. */
    private boolean free(int e) {
        return choice[e] == FREE;
    }

    private Unit unit(int e) {
        return e < singles ? singleUnits.get(e) : groupUnits.get(e - singles);
    }

    private int firstUnitOf(int e) {
        return e < singles ? e : firstUnit[e - singles];
    }

    private PlacementRequest request(int e) {
        return unit(e).request();
    }

    /** Bars home h to every child of the entity ({@code sign} 1) or lifts one bar (-1). */
    private void barEntity(int e, int h, int sign) {
        for (int k = 0; k < unit(e).size(); k++) {
            bar(firstUnitOf(e) + k, h, sign);
        }
    }

    private void bar(int u, int h, int sign) {
        int[] options = unitHomes[u];
        for (int i = 0; i < options.length; i++) {
            if (options[i] == h) {
                barred[u][i] += sign;
                if (barred[u][i] == (sign > 0 ? 1 : 0) && free(entityOf[u])) {
                    rearc(u);
                }
                return;
            }
        }
    }

    /** The unit's arcs less the homes barred to it now. */
    private void rearc(int u) {
        int[] homesOf = new int[unitHomes[u].length];
        long[] costsOf = new long[unitHomes[u].length];
        int n = 0;
        for (int i = 0; i < unitHomes[u].length; i++) {
            if (barred[u][i] == 0) {
                homesOf[n] = unitHomes[u][i];
                costsOf[n++] = unitCosts[u][i];
            }
        }
        warm.replaceArcs(u, Arrays.copyOf(homesOf, n), Arrays.copyOf(costsOf, n));
    }
}
