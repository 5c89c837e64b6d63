package uk.sufficiency.engine.matching.exact;

import java.util.Arrays;

/**
 * One unit's pricing round in a {@link PricedAssignment}: every candidate arc left out of the
 * graph is priced at the solved potentials (its reduced cost {@code cost + p(unit) - p(home)}),
 * a cheap lower bound on the cost first, and the most negative are returned to be added.
 */
final class UnitPricing {

    /**
     * @param homes      the arcs to add (sorted by home), or null when none has a negative reduced cost
     * @param costs      their costs
     * @param slack      a lower bound on the reduced costs of the arcs left out (all non-negative)
     * @param exactCosts arcs whose exact cost was needed (the bound did not rule them out)
     * @param overflowed whether more arcs were negative than could be added: price again next round
     */
    record Priced(int[] homes, long[] costs, long slack, long exactCosts, boolean overflowed) {
    }

    private final int[] capacity;
    private final PricedAssignment.Candidates candidates;
    private final PricedAssignment.ArcCosts costs;
    private final int addedArcs;

    UnitPricing(int[] capacity, PricedAssignment.Candidates candidates, PricedAssignment.ArcCosts costs,
            int addedArcs) {
        this.capacity = capacity;
        this.candidates = candidates;
        this.costs = costs;
        this.addedArcs = addedArcs;
    }

    /**
     * Prices the unit's candidates not in {@code inGraph} (sorted); at its first pricing
     * ({@code spreadHome} not null) also offers those spread candidates that would help, to widen
     * the graph at once. Thread-safe across units.
     */
    Priced price(int u, int[] inGraph, MinCostAssignment solved, int[] spreadHome, long[] spreadCost) {
        CheapestArcs negative = new CheapestArcs(addedArcs);
        int count = candidates.count(u);
        long exact = 0;
        long least = Long.MAX_VALUE / 4;
        for (int i = 0; i < count; i++) {
            int h = candidates.home(u, i);
            if (h < 0 || capacity[h] == 0) {
                continue;
            }
            long bound = solved.reducedCost(u, h, costs.lowerBound(u, h));
            if (bound >= 0) {
                least = Math.min(least, bound);
                continue;
            }
            if (Arrays.binarySearch(inGraph, h) >= 0) {
                continue;
            }
            if (bound >= negative.threshold()) {
                negative.overflowed = true; // may be negative, but not among the most negative: price again
                continue;
            }
            exact++;
            long cost = costs.cost(u, h);
            long reduced = solved.reducedCost(u, h, cost);
            if (reduced < 0) {
                negative.offer(reduced, h);
            } else {
                least = Math.min(least, reduced);
            }
        }
        boolean overflowed = negative.overflowed;
        if (spreadHome != null) {
            CheapestArcs widened = new CheapestArcs(negative.size + spreadHome.length);
            for (int k = 0; k < negative.size; k++) {
                widened.add(negative.costs[k], negative.homes[k]);
            }
            for (int k = 0; k < spreadHome.length; k++) {
                int h = spreadHome[k];
                if (solved.reducedCost(u, h, spreadCost[k]) < 0 && Arrays.binarySearch(inGraph, h) < 0) {
                    widened.add(solved.reducedCost(u, h, spreadCost[k]), h);
                }
            }
            negative = widened;
        }
        if (negative.size == 0) {
            return new Priced(null, null, least, exact, overflowed);
        }
        negative.sortByHome();
        int[] hs = Arrays.copyOf(negative.homes, negative.size);
        long[] cs = new long[hs.length];
        for (int i = 0; i < hs.length; i++) {
            cs[i] = costs.cost(u, hs[i]);
        }
        return new Priced(hs, cs, least, exact, overflowed);
    }

    /** Merges new arcs (sorted by home) into the unit's (sorted by home). */
    static void merge(int u, int[][] arcHome, long[][] arcCost, int[] hs, long[] cs) {
        int[] oldHomes = arcHome[u];
        long[] oldCosts = arcCost[u];
        int[] homes = new int[oldHomes.length + hs.length];
        long[] mergedCosts = new long[homes.length];
        int a = 0;
        int b = 0;
        for (int k = 0; k < homes.length; k++) {
            if (b >= hs.length || (a < oldHomes.length && oldHomes[a] < hs[b])) {
                homes[k] = oldHomes[a];
                mergedCosts[k] = oldCosts[a++];
            } else {
                homes[k] = hs[b];
                mergedCosts[k] = cs[b++];
            }
        }
        arcHome[u] = homes;
        arcCost[u] = mergedCosts;
    }
}
