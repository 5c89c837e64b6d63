package uk.sufficiency.engine.matching.solver;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Function;
import java.util.stream.IntStream;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.PointsTable;
import uk.sufficiency.engine.matching.exact.MinCostAssignment;
import uk.sufficiency.engine.matching.exact.PricedAssignment;

/**
 * The single children (no sibling group, no living_with rule of their own) placed exactly by
 * min-cost flow ({@link PricedAssignment}) around whatever the other requests hold, again and again
 * as those change. A solve leaves out the homes that are full or hold someone the child may not
 * live with.
 *
 * <p>The flow is kept between solves: a solve hands it only what changed since the last one (the
 * places of the homes whose free places changed, the arcs of homes whose residents with living-with
 * rules changed), and it re-optimises from the last optimum along shortest paths. Refinement moves
 * one complex request at a time, so a check costs a few short paths instead of a solve from
 * scratch; the answer is the same exact optimum (ties aside).
 *
 * <p>Units: soft points, with leaving a child unplaced priced at urgency weight x {@code unitM}
 * and a placed child left without a home at {@code hardM}, both given by the caller so that other
 * requests' points and penalties can be added in the same units.
 */
final class SinglesFlow {

    private final List<PlacementRequest> singles;
    private final PointsTable.Pricer[] pricers;
    private final long[] unplacedCost;
    private final boolean[] required;
    private final int[] mostPlaces;
    private final Function<PlacementRequest, int[]> seeds;
    private PricedAssignment flow;
    private int[] lastPlaces;
    private List<List<PlacementRequest>> lastRuled;
    private int[] assignment;
    private long[] prices;
    private long lastSolveNanos;
    private boolean interrupted;

    /**
     * @param mostPlaces per home, the most places any solve may offer the singles (places less
     *                   the children pinned there)
     * @param unitM      more than any total of soft points in the whole problem
     * @param hardM      the cost of leaving a placed child without a home, above all waiting children
     */
    SinglesFlow(List<PlacementRequest> singles, PointsTable table, int[] mostPlaces, long unitM, long hardM) {
        this(singles, table, mostPlaces, unitM, hardM, request -> null);
    }

    /**
     * @param seeds per single, the homes of its first graph (the relaxed flow's final arcs for the
     *              child), or null to scan its candidates; the optimum is the same either way
     */
    SinglesFlow(List<PlacementRequest> singles, PointsTable table, int[] mostPlaces, long unitM, long hardM,
            Function<PlacementRequest, int[]> seeds) {
        this.seeds = seeds;
        this.singles = singles;
        int n = singles.size();
        this.pricers = new PointsTable.Pricer[n];
        this.unplacedCost = new long[n];
        this.required = new boolean[n];
        this.mostPlaces = new int[mostPlaces.length];
        for (int h = 0; h < mostPlaces.length; h++) {
            this.mostPlaces[h] = Math.max(0, mostPlaces[h]);
        }
        for (int u = 0; u < n; u++) {
            PlacementRequest request = singles.get(u);
            pricers[u] = table.of(request);
            required[u] = !request.mayBeUnplaced();
            unplacedCost[u] = request.mayBeUnplaced() ? Math.multiplyExact(unitM, request.getUnplacedWeight()) : hardM;
        }
    }

    /**
     * Places the singles optimally around the other requests.
     *
     * @param freePlaces places per home not held by other requests
     * @param residents  other requests per home, for living_with conflicts
     * @return the total cost of the singles' assignment (points plus unplaced penalties)
     */
    long solve(int[] freePlaces, List<List<PlacementRequest>> residents) {
        return solve(freePlaces, residents, () -> false);
    }

    /**
     * As {@link #solve(int[], List)}, but stops routing waiting children once {@code stop} turns
     * true: those not yet routed stay unplaced, placed children are always routed
     * ({@link #interrupted()} says whether it stopped).
     */
    long solve(int[] freePlaces, List<List<PlacementRequest>> residents, BooleanSupplier stop) {
        long started = System.nanoTime();
        try {
            return solveNow(freePlaces, residents, stop);
        } finally {
            lastSolveNanos = System.nanoTime() - started;
        }
    }

    /** How long the last solve took, in nanoseconds. */
    long lastSolveNanos() {
        return lastSolveNanos;
    }

    /** Whether the last solve was stopped before it proved its answer optimal. */
    boolean interrupted() {
        return interrupted;
    }

    private long solveNow(int[] freePlaces, List<List<PlacementRequest>> residents, BooleanSupplier stop) {
        int n = singles.size();
        if (n == 0) {
            assignment = new int[0];
            prices = new long[freePlaces.length];
            return 0;
        }
        if (flow == null) {
            lastRuled = new ArrayList<>(freePlaces.length);
            lastPlaces = new int[freePlaces.length];
            for (int h = 0; h < freePlaces.length; h++) {
                lastRuled.add(withRules(residents.get(h)));
                lastPlaces[h] = Math.min(mostPlaces[h], Math.max(0, freePlaces[h]));
            }
            flow = new PricedAssignment(mostPlaces, candidates(), arcCosts());
            seedFirstGraph();
            for (int h = 0; h < freePlaces.length; h++) {
                if (lastPlaces[h] != mostPlaces[h]) {
                    flow.setCapacity(h, lastPlaces[h]);
                }
            }
        } else {
            applyChanges(freePlaces, residents);
        }
        assignment = flow.solve(unplacedCost, required, stop);
        interrupted = flow.interrupted();
        prices = flow.placePrices();
        return flow.totalCost();
    }

    /** First graphs from the seeds, leaving out homes closed by residents' living-with rules. */
    private void seedFirstGraph() {
        int[][] seeded = new int[singles.size()][];
        IntStream.range(0, singles.size()).parallel().forEach(u -> {
            int[] homes = seeds.apply(singles.get(u));
            if (homes != null) {
                seeded[u] = IntStream.of(homes).filter(h -> lastRuled.get(h).isEmpty()
                        || !conflicts(singles.get(u), lastRuled.get(h))).toArray();
            }
        });
        for (int u = 0; u < seeded.length; u++) {
            if (seeded[u] != null) {
                flow.seedArcs(u, seeded[u]);
            }
        }
    }

    /** Hands the flow what changed since the last solve: places, and arcs closed or reopened by residents. */
    private void applyChanges(int[] freePlaces, List<List<PlacementRequest>> residents) {
        for (int h = 0; h < freePlaces.length; h++) {
            int places = Math.min(mostPlaces[h], Math.max(0, freePlaces[h]));
            if (places != lastPlaces[h]) {
                flow.setCapacity(h, places);
                lastPlaces[h] = places;
            }
            List<PlacementRequest> ruled = withRules(residents.get(h));
            if (!ruled.equals(lastRuled.get(h))) {
                boolean reopened = !lastRuled.get(h).isEmpty(); // someone with a rule left: arcs may return
                lastRuled.set(h, ruled);
                flow.dropArcs(h, u -> conflicts(singles.get(u), ruled), reopened);
            }
        }
    }

    private static List<PlacementRequest> withRules(List<PlacementRequest> residents) {
        List<PlacementRequest> ruled = List.of();
        for (PlacementRequest resident : residents) {
            if (resident.hasLivingWithRule()) {
                if (ruled.isEmpty()) {
                    ruled = new ArrayList<>(2);
                }
                ruled.add(resident);
            }
        }
        return ruled;
    }

    private PricedAssignment.Candidates candidates() {
        return new PricedAssignment.Candidates() {
            @Override
            public int units() {
                return singles.size();
            }

            @Override
            public int count(int unit) {
                return singles.get(unit).getEligibleHomes().size();
            }

            @Override
            public int home(int unit, int position) {
                int h = singles.get(unit).getEligibleHomes().indexAt(position);
                return !lastRuled.get(h).isEmpty() && conflicts(singles.get(unit), lastRuled.get(h)) ? -1 : h;
            }

            @Override
            public boolean offers(int unit, int home) {
                return singles.get(unit).getEligibleHomes().containsIndex(home);
            }

            @Override
            public int firstHome(int unit) {
                PlacementRequest request = singles.get(unit);
                if (!request.isPlacedNow() || request.getCurrentHome() == null) {
                    return -1;
                }
                // Not where a resident now there (a group placed by the construction) may not live with them.
                List<PlacementRequest> ruled = lastRuled.get(request.getCurrentHome().getIndex());
                return ruled.isEmpty() || !conflicts(request, ruled) ? request.getCurrentHome().getIndex() : -1;
            }
        };
    }

    private PricedAssignment.ArcCosts arcCosts() {
        return new PricedAssignment.ArcCosts() {
            @Override
            public long cost(int unit, int home) {
                return pricers[unit].points(home);
            }

            @Override
            public long lowerBound(int unit, int home) {
                return pricers[unit].lowerBound(home);
            }

            @Override
            public long upperBound(int unit, int home) {
                return pricers[unit].upperBound(home);
            }

            @Override
            public long ceiling(int unit) {
                return pricers[unit].ceiling();
            }
        };
    }

    static boolean conflicts(PlacementRequest request, List<PlacementRequest> residents) {
        for (PlacementRequest resident : residents) {
            if (resident.conflictsWith(request)) {
                return true;
            }
        }
        return false;
    }

    /** The last solve's home index per single, or {@link MinCostAssignment#UNPLACED}. */
    int[] assignment() {
        return assignment;
    }

    /** The place prices now, to hand back to {@link #restorePrices} (the array is never changed). */
    long[] prices() {
        return prices;
    }

    /**
     * After a change was undone: the prices of the state before it, which are optimal duals for
     * it, without solving again.
     */
    void restorePrices(long[] before) {
        prices = before;
    }

    /** The last solve's price of one more place per home, in the same units. */
    long placePrice(int homeIndex) {
        return prices[homeIndex];
    }
}
