package uk.sufficiency.engine.matching.exact;

import java.util.Arrays;
import java.util.function.BooleanSupplier;
import java.util.function.IntPredicate;
import java.util.stream.IntStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The same minimum-cost assignment as {@link MinCostAssignment} over every candidate arc, solved
 * exactly without putting every arc in the graph (column generation, or "pricing").
 *
 * <p>At 10,000 children a child has about 3,000 eligible homes: 31 million arcs, and successive
 * shortest paths over all of them take minutes. Almost all of those arcs are far too dear to be
 * used. So: (1) solve on each unit's {@code initialArcs} cheapest candidates; (2) price every other
 * candidate arc at the solved node potentials, its reduced cost {@code cost + p(unit) - p(home)};
 * (3) if some are negative, add each unit's most negative ones (up to {@code addedArcs}) and solve
 * again; if none is, stop. The potentials give every arc of the graph a non-negative reduced cost,
 * and the arcs left out have zero flow, so when none of them has a negative reduced cost either,
 * the potentials prove the assignment optimal for the full graph: the answer is the exact optimum,
 * not an approximation. Each round adds at least one arc, so it ends.
 *
 * <p>What makes it fast:
 * <ul>
 *   <li>the first pricing also adds, per unit, those of {@value #SPREAD_ARCS} candidates spread
 *       evenly over its list that have a negative reduced cost: the cheapest candidates of all
 *       children are much the same few homes, and without a wider graph it takes many rounds to
 *       place as many children as the full graph can;</li>
 *   <li>a round that gave new arcs to few units re-routes only those from the last potentials
 *       ({@link MinCostAssignment#replaceArcs}); one that gave new arcs to many solves the larger
 *       graph afresh, which costs far less than re-routing each from the hole it leaves;</li>
 *   <li>between fresh solves home potentials only fall, so an arc priced with reduced cost r >= 0
 *       turns negative only once its unit's potential has fallen by more than r: later pricings
 *       skip units whose potential fell less than their smallest such r;</li>
 *   <li>pricing checks a cheap lower bound on an arc's cost first (in matching, all but the
 *       distance and school points, which need trigonometry) and computes the exact cost only when
 *       the bound does not rule the arc out; the first scan likewise computes exact costs only
 *       for arcs that may be among a unit's cheapest;</li>
 *   <li>candidate scans run on all cores, each unit on its own, so results do not depend on
 *       scheduling.</li>
 * </ul>
 */
public final class PricedAssignment {

    private static final Logger LOG = LoggerFactory.getLogger(PricedAssignment.class);

    /** Default number of cheapest candidates per unit in the first graph. */
    public static final int INITIAL_ARCS = 16;
    /** Candidates spread evenly over each unit's list, offered at its first pricing, to widen the first graph. */
    static final int SPREAD_ARCS = 16;
    /** A round solves afresh when at least this many units, and one in {@link #COLD_SHARE}, got new arcs. */
    static final int COLD_MINIMUM = 256;
    static final int COLD_SHARE = 8;
    /** From this many units, rounds may solve afresh and first graphs are seeded (below, all as before; 0074). */
    public static final int LARGE_UNITS = 5_000;
    /** Default number of negative-reduced-cost arcs added per unit and round. */
    public static final int ADDED_ARCS = 32;

    /** Each unit's candidate homes. */
    public interface Candidates {
        int units();

        int count(int unit);

        /** The home index of the unit's candidate at this position, or -1 to skip it. */
        int home(int unit, int position);

        /**
         * A home always put in the unit's first graph (where a placed child lives now, so that a
         * stopped solve can keep them there), or -1.
         */
        default int firstHome(int unit) {
            return -1;
        }

        /** Whether the home is among the unit's candidates (whether or not {@link #home} skips it now). */
        default boolean offers(int unit, int home) {
            for (int i = 0; i < count(unit); i++) {
                if (home(unit, i) == home) {
                    return true;
                }
            }
            return false;
        }
    }

    /** Arc costs, computed on demand; called for different units from several threads at once. */
    public interface ArcCosts {
        /** The cost, >= 0, of putting the unit in the home. */
        long cost(int unit, int home);

        /** A lower bound on {@link #cost}; the default never rules anything out. */
        default long lowerBound(int unit, int home) {
            return Long.MIN_VALUE / 4;
        }

        /** An upper bound on {@link #cost}, cheaper to compute; the default is the cost itself. */
        default long upperBound(int unit, int home) {
            return cost(unit, home);
        }

        /** An upper bound on the unit's cost in any home, in constant time, or -1 (then upperBound is asked). */
        default long ceiling(int unit) {
            return -1;
        }
    }

    /** Places per home at construction: candidate scans skip homes without any. */
    private final int[] capacity;
    /** Places per home now ({@link #setCapacity}), at most {@link #capacity}. */
    private final int[] flowCapacity;
    private final Candidates candidates;
    private final ArcCosts costs;
    private final int addedArcs;
    private final int spreadArcs;
    private final int units;
    private final int[][] arcHome;
    private final long[][] arcCost;
    private final FirstArcs firstArcs;
    private final UnitPricing pricing;
    /** Whether each unit's candidates have been scanned for its first arcs. */
    private final boolean[] scanned;
    private boolean allScanned;

    private MinCostAssignment solved;
    /**
     * Each unit's potential when it was last priced. Home potentials only fall, so an arc left out
     * with a non-negative reduced cost can only turn negative if its unit's potential falls by
     * more than that reduced cost ({@link #slack}): only those units, and those with more negative
     * arcs than were added, need pricing again.
     */
    private final long[] pricedAt;
    private final boolean[] overflow;
    /**
     * Per unit, at its last pricing, a lower bound on the reduced costs of its arcs left out (all
     * non-negative then). As home potentials only fall, none can turn negative until the unit's
     * potential has fallen by more than this.
     */
    private final long[] slack;
    private final int[][] spreadHome;
    private final long[][] spreadCost;
    private int rounds;
    private long arcsPriced;
    private boolean interrupted;
    /**
     * Arcs back in the candidate lists (as unit x homes + home) since the last pricing: they were
     * not counted in their unit's slack, so the next pricing checks them.
     */
    private final java.util.List<Long> reopenedArcs = new java.util.ArrayList<>();
    /** Units to price in full at the next round whatever their slack. */
    private final boolean[] forced;
    /** Whether the next round solves afresh (re-routing many units from their holes costs far more; decision 0074). */
    private boolean cold;
    private int freshSolves;

    public PricedAssignment(int[] capacity, Candidates candidates, ArcCosts costs) {
        this(capacity, candidates, costs, INITIAL_ARCS, ADDED_ARCS);
    }

    /**
     * The first solve scans every candidate once ({@link FirstArcs}) for each unit's
     * {@code initialArcs} cheapest (ties by home index); homes without capacity are skipped.
     */
    public PricedAssignment(int[] capacity, Candidates candidates, ArcCosts costs, int initialArcs, int addedArcs) {
        this(capacity, candidates, costs, initialArcs, addedArcs, SPREAD_ARCS);
    }

    /** @param spreadArcs candidates spread over each unit's list offered at the first pricing (0 = none) */
    PricedAssignment(int[] capacity, Candidates candidates, ArcCosts costs, int initialArcs, int addedArcs,
            int spreadArcs) {
        if (initialArcs < 1 || addedArcs < 1 || spreadArcs < 0) {
            throw new IllegalArgumentException("initialArcs and addedArcs must be positive");
        }
        this.spreadArcs = spreadArcs;
        this.capacity = capacity.clone();
        this.flowCapacity = capacity.clone();
        this.candidates = candidates;
        this.costs = costs;
        this.addedArcs = addedArcs;
        this.units = candidates.units();
        this.arcHome = new int[units][];
        this.arcCost = new long[units][];
        this.overflow = new boolean[units];
        this.slack = new long[units];
        this.pricedAt = new long[units];
        this.forced = new boolean[units];
        this.spreadHome = new int[units][];
        this.spreadCost = new long[units][];
        this.scanned = new boolean[units];
        this.firstArcs = new FirstArcs(this.capacity, flowCapacity, candidates, costs, initialArcs, spreadArcs);
        this.pricing = new UnitPricing(this.capacity, candidates, costs, addedArcs);
    }

    /**
     * Scans the candidates of the units not yet scanned ({@link FirstArcs}): required units first
     * and always, the rest in chunks until {@code stop} (the scan is the first solve's longest step
     * at 50,000 children). Once stopped, a required unit not yet scanned gets only its
     * {@link Candidates#firstHome} (a placed child keeps its place), and is scanned in full at a later
     * call. Units scanned after the first pricing are priced in full at the next round. Returns
     * whether every unit is scanned.
     */
    private boolean scan(boolean[] required, BooleanSupplier stop) {
        if (allScanned) {
            return true;
        }
        int[] order = FirstArcs.requiredFirst(required, scanned);
        int count = order.length;
        int done = 0;
        while (done < count) {
            if (stop.getAsBoolean()) {
                firstArcs.keepRequiredWhereTheyLive(order, done, required, arcHome, arcCost);
                break;
            }
            int from = done;
            int to = Math.min(count, done + FirstArcs.CHUNK);
            IntStream.range(from, to).parallel().forEach(i -> firstArcs.scan(order[i], arcHome, arcCost, spreadHome,
                    spreadCost));
            for (int i = from; i < to; i++) {
                int u = order[i];
                scanned[u] = true;
                forced[u] = rounds > 0;
                if (solved != null) {
                    solved.replaceArcs(u, arcHome[u], arcCost[u]);
                }
            }
            done = to;
        }
        for (int u = 0; u < units; u++) {
            if (arcHome[u] == null) {
                arcHome[u] = new int[0];
                arcCost[u] = new long[0];
            }
        }
        allScanned = done == count;
        return allScanned;
    }

    /** Before the first solve: these homes (with places, and its firstHome) are the unit's first graph, not a scan. */
    public void seedArcs(int unit, int[] homes) {
        if (solved != null) {
            throw new IllegalStateException("arcs are seeded before the first solve");
        }
        firstArcs.seed(unit, homes, arcHome, arcCost);
        scanned[unit] = true;
    }

    /** The homes in the unit's graph now (after a solve, those its optimum was proven over), or null if not scanned. */
    public int[] graphArcs(int unit) {
        return scanned[unit] ? arcHome[unit].clone() : null;
    }

    /** An upper bound on the unit's dearest usable arc (0 when none), to scale lexicographic objectives. */
    public long maxCost(int unit) {
        return firstArcs.maxCost(unit);
    }

    /** Solves to optimality: per unit, the home index or {@link MinCostAssignment#UNPLACED} (unplacedCost >= 0). */
    public int[] solve(long[] unplacedCost) {
        return solve(unplacedCost, null, () -> false);
    }

    /**
     * Solves, or stops early when {@code stop} turns true: see {@link MinCostAssignment#solve(boolean[],
     * BooleanSupplier)}. A stopped solve returns a feasible assignment, optimal for the units routed
     * (but not proven optimal over all of them); {@link #interrupted()} says so. Calling it again (after
     * {@link #setCapacity} or {@link #dropArcs} changes) re-optimises from the current assignment.
     *
     * @param required per unit, whether it must be placed even after a stop (null: none)
     */
    public int[] solve(long[] unplacedCost, boolean[] required, BooleanSupplier stop) {
        interrupted = false;
        boolean complete = scan(required, stop);
        while (true) {
            long solveStarted = System.nanoTime();
            int[] assignment = solveGraph(unplacedCost, required, stop);
            if (assignment == null) {
                interrupted = true; // the last round's answer is complete: keep it (solved afresh next time)
                return solved.assignment();
            }
            long pricingStarted = System.nanoTime();
            if (!complete || solved.interrupted() || stop.getAsBoolean()) {
                interrupted = true;
                return assignment;
            }
            rounds++;
            int given = priceRound(stop);
            LOG.debug("Flow round {}: solved in {} ms, priced in {} ms, {} units given arcs", rounds,
                    (pricingStarted - solveStarted) / 1_000_000,
                    (System.nanoTime() - pricingStarted) / 1_000_000, given);
            if (given < 0) {
                interrupted = true;
                return assignment;
            }
            if (given == 0) {
                return assignment;
            }
        }
    }

    /** Solves the graph afresh (first, or after a wide round) or warm; null when a later fresh solve was stopped. */
    private int[] solveGraph(long[] unplacedCost, boolean[] required, BooleanSupplier stop) {
        if (solved != null && !cold) {
            return solved.solve(required, stop);
        }
        MinCostAssignment fresh = new MinCostAssignment(flowCapacity, arcHome, arcCost, unplacedCost);
        int[] assignment = fresh.solve(required, stop);
        if (solved != null && fresh.interrupted()) {
            return null;
        }
        solved = fresh;
        freshSolves++;
        cold = false;
        Arrays.fill(forced, true); // new potentials: every unit's slack is out of date
        return assignment;
    }

    /**
     * Prices the units that may have arcs with a negative reduced cost and adds them to the graph;
     * returns how many units got new arcs, or -1 when stopped mid-round.
     */
    private int priceRound(BooleanSupplier stop) {
        int[][] newHomes = new int[units][];
        long[][] newCosts = new long[units][];
        long[] priced = new long[units];
        boolean first = rounds == 1;
        checkReopenedArcs();
        for (int from = 0; from < units; from += FirstArcs.CHUNK) {
            if (stop.getAsBoolean()) {
                // Stopped mid-round: the units priced so far are priced in full next time.
                for (int u = 0; u < from; u++) {
                    forced[u] |= priced[u] >= 0;
                }
                return -1;
            }
            IntStream.range(from, Math.min(units, from + FirstArcs.CHUNK)).parallel().forEach(u -> {
                priced[u] = -1;
                if (first || forced[u] || overflow[u] || pricedAt[u] - solved.unitPotential(u) > slack[u]) {
                    forced[u] = false;
                    pricedAt[u] = solved.unitPotential(u);
                    price(u, newHomes, newCosts, priced);
                }
            });
        }
        int given = 0;
        for (int u = 0; u < units; u++) {
            given += newHomes[u] != null ? 1 : 0;
        }
        cold = units >= LARGE_UNITS && given >= COLD_MINIMUM && given * COLD_SHARE >= units;
        for (int u = 0; u < units; u++) {
            arcsPriced += Math.max(0, priced[u]);
            if (newHomes[u] != null) {
                merge(u, newHomes[u], newCosts[u]);
            }
        }
        return given;
    }

    private void price(int u, int[][] newHomes, long[][] newCosts, long[] priced) {
        UnitPricing.Priced result = pricing.price(u, arcHome[u], solved, spreadHome[u], spreadCost[u]);
        spreadHome[u] = null;
        spreadCost[u] = null;
        slack[u] = result.slack();
        priced[u] = result.exactCosts();
        overflow[u] = result.overflowed();
        newHomes[u] = result.homes();
        newCosts[u] = result.costs();
    }

    private void merge(int u, int[] hs, long[] cs) {
        UnitPricing.merge(u, arcHome, arcCost, hs, cs);
        if (!cold) {
            solved.replaceArcs(u, arcHome[u], arcCost[u]);
        }
    }

    /**
     * Arcs back in the candidate lists since the last pricing: a negative one sends its unit to be
     * priced in full; a non-negative one is counted in its unit's slack (measured from the
     * potential at the unit's last pricing).
     */
    private void checkReopenedArcs() {
        for (long arc : reopenedArcs) {
            int u = (int) (arc / capacity.length);
            int h = (int) (arc % capacity.length);
            if (Arrays.binarySearch(arcHome[u], h) >= 0) {
                continue;
            }
            long reduced = solved.reducedCost(u, h, costs.cost(u, h));
            if (reduced < 0) {
                forced[u] = true;
            } else {
                slack[u] = Math.min(slack[u], pricedAt[u] - solved.unitPotential(u) + reduced);
            }
        }
        reopenedArcs.clear();
    }

    /** Whether the last answer routes every unit: when proven optimal, or a stopped solve's last whole round's. */
    public boolean routedAll() {
        return solved != null && solved.unrouted() == 0;
    }

    /** Whether the last {@link #solve} was stopped early: a feasible answer, not proven optimal. */
    public boolean interrupted() {
        return interrupted;
    }

    /**
     * Changes a home's capacity for the next {@link #solve}, which then re-optimises from the
     * current assignment. The capacity may not exceed the one given at construction: candidate
     * scans skip homes that had none.
     */
    public void setCapacity(int home, int newCapacity) {
        if (newCapacity > capacity[home]) {
            throw new IllegalArgumentException("home " + home + " may hold at most " + capacity[home]
                    + ", not " + newCapacity);
        }
        flowCapacity[home] = newCapacity;
        if (solved != null) {
            solved.setCapacity(home, newCapacity);
        }
    }

    /**
     * After a change that {@link Candidates#home} reports for this home (it now skips the units
     * {@code skipped} accepts): takes those units' arcs to it out of the graph (routing them again if
     * they were there), and, if {@code reopened} (it may have skipped others before), has the next
     * pricing check the arcs of the others.
     */
    public void dropArcs(int home, IntPredicate skipped, boolean reopened) {
        if (solved == null) {
            return;
        }
        for (int u = 0; u < units; u++) {
            if (reopened && capacity[home] > 0 && candidates.offers(u, home) && !skipped.test(u)) {
                reopenedArcs.add((long) u * capacity.length + home);
            }
            int at = Arrays.binarySearch(arcHome[u], home);
            if (at >= 0 && skipped.test(u)) {
                int[] homes = new int[arcHome[u].length - 1];
                long[] arcCosts = new long[homes.length];
                System.arraycopy(arcHome[u], 0, homes, 0, at);
                System.arraycopy(arcHome[u], at + 1, homes, at, homes.length - at);
                System.arraycopy(arcCost[u], 0, arcCosts, 0, at);
                System.arraycopy(arcCost[u], at + 1, arcCosts, at, homes.length - at);
                arcHome[u] = homes; // shared with the flow's graph
                arcCost[u] = arcCosts;
                if (solved.assignedHome(u) == home) {
                    solved.replaceArcs(u, homes, arcCosts);
                }
            }
        }
    }

    /**
     * After {@link #solve}: each home's optimal dual price of one place ({@link MinCostAssignment#placePrices()}),
     * valid for every candidate arc: solving ends only when no arc left out has a negative reduced cost. */
    public long[] placePrices() {
        return solved.placePrices();
    }

    public long assignedCost(int unit) {
        return solved.assignedCost(unit);
    }

    /** Total cost of the solved assignment. */
    public long totalCost() {
        return solved.totalCost();
    }

    /** Whether the next round solves afresh. */
    boolean freshSolvePending() {
        return cold;
    }

    /** Graphs solved from scratch (the first, and after rounds that gave many units new arcs). */
    int freshSolves() {
        return freshSolves;
    }

    /** Graphs solved, the last one proven optimal for every arc. */
    public int rounds() {
        return rounds;
    }

    /** Arcs in the final graph. */
    public long arcsInGraph() {
        long total = 0;
        for (int[] homes : arcHome) {
            total += homes.length;
        }
        return total;
    }

    /** Arcs whose exact cost pricing needed (the lower bound did not rule them out). */
    public long arcsPriced() {
        return arcsPriced;
    }
}
