package uk.sufficiency.engine.matching.solver;

import java.util.List;
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
 * <p>Units: soft points, with leaving a child unplaced priced at urgency weight x {@code unitM}
 * and a placed child left without a home at {@code hardM}, both given by the caller so that other
 * requests' points and penalties can be added in the same units.
 */
final class SinglesFlow {

    private final List<PlacementRequest> singles;
    private final PointsTable.Pricer[] pricers;
    private final long[] unplacedCost;
    private int[] assignment;
    private long[] prices;
    private long lastSolveNanos;

    /**
     * @param unitM more than any total of soft points in the whole problem
     * @param hardM the cost of leaving a placed child without a home, above all waiting children
     */
    SinglesFlow(List<PlacementRequest> singles, PointsTable table, long unitM, long hardM) {
        this.singles = singles;
        int n = singles.size();
        this.pricers = new PointsTable.Pricer[n];
        this.unplacedCost = new long[n];
        for (int u = 0; u < n; u++) {
            PlacementRequest request = singles.get(u);
            pricers[u] = table.of(request);
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
        long started = System.nanoTime();
        try {
            return solveNow(freePlaces, residents);
        } finally {
            lastSolveNanos = System.nanoTime() - started;
        }
    }

    /** How long the last solve took, in nanoseconds. */
    long lastSolveNanos() {
        return lastSolveNanos;
    }

    private long solveNow(int[] freePlaces, List<List<PlacementRequest>> residents) {
        int n = singles.size();
        if (n == 0) {
            assignment = new int[0];
            prices = new long[freePlaces.length];
            return 0;
        }
        int[] capacity = new int[freePlaces.length];
        boolean[] hasResidents = new boolean[freePlaces.length];
        for (int h = 0; h < capacity.length; h++) {
            capacity[h] = Math.max(0, freePlaces[h]);
            hasResidents[h] = !residents.get(h).isEmpty();
        }
        PricedAssignment.Candidates candidates = new PricedAssignment.Candidates() {
            @Override
            public int units() {
                return n;
            }

            @Override
            public int count(int unit) {
                return singles.get(unit).getEligibleHomes().size();
            }

            @Override
            public int home(int unit, int position) {
                int h = singles.get(unit).getEligibleHomes().indexAt(position);
                return hasResidents[h] && conflicts(singles.get(unit), residents.get(h)) ? -1 : h;
            }
        };
        PricedAssignment.ArcCosts points = new PricedAssignment.ArcCosts() {
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
        };
        PricedAssignment flow = new PricedAssignment(capacity, candidates, points);
        assignment = flow.solve(unplacedCost);
        prices = flow.placePrices();
        return flow.totalCost();
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

    /** The last solve's price of one more place per home, in the same units. */
    long placePrice(int homeIndex) {
        return prices[homeIndex];
    }
}
