package uk.sufficiency.engine.matching.exact;

import java.util.Arrays;
import java.util.stream.IntStream;

/**
 * The first graph of a {@link PricedAssignment}, unit by unit: each unit's {@code keep} cheapest
 * candidates (ties by home index), the home it lives in now ({@link PricedAssignment.Candidates#firstHome}),
 * and candidates spread evenly over its list, offered at its first pricing. A unit is scanned when
 * the flow first needs it, so that the scan (every candidate once: 150 million pairs at 50,000
 * children) can be stopped by a time limit between chunks of units.
 */
final class FirstArcs {

    /** Units scanned between two looks at the time limit (in parallel within a chunk). */
    static final int CHUNK = 1024;

    private final int[] capacity;
    /** Places per home now (changed by {@link PricedAssignment#setCapacity}): how many may stay put. */
    private final int[] capacityNow;
    private final PricedAssignment.Candidates candidates;
    private final PricedAssignment.ArcCosts costs;
    private final int keep;
    private final int spreadArcs;

    FirstArcs(int[] capacity, int[] capacityNow, PricedAssignment.Candidates candidates,
            PricedAssignment.ArcCosts costs, int keep, int spreadArcs) {
        this.capacity = capacity;
        this.capacityNow = capacityNow;
        this.candidates = candidates;
        this.costs = costs;
        this.keep = keep;
        this.spreadArcs = spreadArcs;
    }

    /** Fills the unit's first arcs and spread candidates (sorted by home). Thread-safe across units. */
    void scan(int u, int[][] arcHome, long[][] arcCost, int[][] spreadHome, long[][] spreadCost) {
        CheapestArcs cheapest = new CheapestArcs(keep + 1);
        int kept = candidates.firstHome(u);
        long keptCost = -1;
        CheapestArcs spread = new CheapestArcs(Math.max(1, spreadArcs));
        int count = candidates.count(u);
        int step = spreadArcs == 0 ? 0 : Math.max(1, count / spreadArcs);
        for (int i = 0; i < count; i++) {
            int h = candidates.home(u, i);
            if (h < 0 || capacity[h] == 0) {
                continue;
            }
            boolean spreadPick = step > 0 && (i + u) % step == 0;
            if (!spreadPick && h != kept && cheapest.size >= keep && !CheapestArcs.before(costs.lowerBound(u, h), h,
                    cheapest.worstOf(keep), cheapest.homes[0])) {
                continue;
            }
            long cost = checked(u, h);
            if (spreadPick) {
                spread.offer(cost, h);
            }
            if (h == kept) {
                keptCost = cost;
            } else {
                cheapest.offerWithin(keep, cost, h);
            }
        }
        if (kept >= 0 && keptCost >= 0) {
            cheapest.add(keptCost, kept);
        }
        spread.sortByHome();
        spreadHome[u] = Arrays.copyOf(spread.homes, spread.size);
        spreadCost[u] = Arrays.copyOf(spread.costs, spread.size);
        cheapest.sortByHome();
        arcHome[u] = Arrays.copyOf(cheapest.homes, cheapest.size);
        arcCost[u] = Arrays.copyOf(cheapest.costs, cheapest.size);
    }

    /** The unit's first arcs are these homes with places, and the home it lives in now (sorted by home). */
    void seed(int u, int[] homes, int[][] arcHome, long[][] arcCost) {
        int kept = candidates.firstHome(u);
        int[] hs = IntStream.concat(IntStream.of(homes), kept >= 0 ? IntStream.of(kept) : IntStream.empty())
                .filter(h -> capacity[h] > 0).distinct().sorted().toArray();
        long[] cs = new long[hs.length];
        for (int i = 0; i < hs.length; i++) {
            cs[i] = checked(u, hs[i]);
        }
        arcHome[u] = hs;
        arcCost[u] = cs;
    }

    /**
     * A required unit the time limit left no room to scan: the home it lives in now alone (it
     * stays put) while that home has room for everyone staying, else a full scan.
     */
    private void stayOnly(int u, int[] staying, int[][] arcHome, long[][] arcCost) {
        int home = candidates.firstHome(u);
        if (home < 0 || staying[home] >= capacityNow[home]) {
            scan(u, arcHome, arcCost, new int[arcHome.length][], new long[arcHome.length][]);
            return;
        }
        staying[home]++;
        arcHome[u] = new int[] {home};
        arcCost[u] = new long[] {checked(u, home)};
    }

    /** The units not yet scanned, required ones first, each in index order. */
    static int[] requiredFirst(boolean[] required, boolean[] scanned) {
        int[] order = new int[scanned.length];
        int count = 0;
        for (int pass = 0; pass < 2; pass++) {
            for (int u = 0; u < scanned.length; u++) {
                boolean inPass = required != null && required[u] ? pass == 0 : pass == 1;
                if (inPass && !scanned[u]) {
                    order[count++] = u;
                }
            }
        }
        return Arrays.copyOf(order, count);
    }

    /**
     * After a stop: the required units from {@code order[from]} on without arcs yet get
     * {@link #stayOnly} (at the first solve, the only units that need those places).
     */
    void keepRequiredWhereTheyLive(int[] order, int from, boolean[] required, int[][] arcHome, long[][] arcCost) {
        int[] staying = new int[capacityNow.length];
        for (int i = from; i < order.length && required != null && required[order[i]]; i++) {
            if (arcHome[order[i]] == null) {
                stayOnly(order[i], staying, arcHome, arcCost);
            }
        }
    }

    private long checked(int u, int h) {
        long cost = costs.cost(u, h);
        if (cost < 0) {
            throw new IllegalArgumentException("negative cost " + cost + " for unit " + u + " in home " + h);
        }
        return cost;
    }

    /**
     * An upper bound on the unit's dearest usable arc, 0 when it has none: its
     * {@link PricedAssignment.ArcCosts#ceiling} when there is one, else the largest
     * {@link PricedAssignment.ArcCosts#upperBound} over its candidates.
     */
    long maxCost(int u) {
        long ceiling = costs.ceiling(u);
        if (ceiling >= 0) {
            return ceiling;
        }
        long bound = 0;
        for (int i = 0; i < candidates.count(u); i++) {
            int h = candidates.home(u, i);
            if (h >= 0 && capacity[h] > 0) {
                bound = Math.max(bound, costs.upperBound(u, h));
            }
        }
        return bound;
    }
}
