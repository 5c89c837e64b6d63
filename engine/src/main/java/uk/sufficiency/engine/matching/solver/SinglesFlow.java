package uk.sufficiency.engine.matching.solver;

import java.util.Arrays;
import java.util.List;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.exact.MinCostAssignment;

/**
 * The single children (no sibling group, no living_with rule of their own) placed exactly by
 * min-cost flow around whatever the other requests hold, again and again as those change. Each
 * child's points in each eligible home are worked out once; a solve only drops the homes that are
 * full or hold someone the child may not live with.
 *
 * <p>Units: soft points, with leaving a child unplaced priced at urgency weight x {@code unitM}
 * and a placed child left without a home above every waiting child, where {@code unitM} is given
 * by the caller so that other requests' points and penalties can be added in the same units.
 */
final class SinglesFlow {

    private final List<PlacementRequest> singles;
    private final Home[][] homes;
    private final long[][] points;
    private final long[] unplacedCost;
    private int[] assignment;
    private long[] prices;
    private long totalCost;

    /**
     * @param unitM more than any total of soft points in the whole problem
     * @param hardM the cost of leaving a placed child without a home, above all waiting children
     */
    SinglesFlow(List<PlacementRequest> singles, long unitM, long hardM) {
        this.singles = singles;
        int n = singles.size();
        this.homes = new Home[n][];
        this.points = new long[n][];
        this.unplacedCost = new long[n];
        for (int u = 0; u < n; u++) {
            PlacementRequest request = singles.get(u);
            HomeRange range = request.getEligibleHomes();
            homes[u] = new Home[range.size()];
            points[u] = new long[range.size()];
            for (int i = 0; i < range.size(); i++) {
                homes[u][i] = range.at(i);
                points[u][i] = request.getCosts().totalPoints(request, range.at(i));
            }
            unplacedCost[u] = request.mayBeUnplaced() ? Math.multiplyExact(unitM, request.getUnplacedWeight()) : hardM;
        }
    }

    /**
     * The more than any total of soft points of these requests: one unit of unplaced weight must
     * outweigh every placement choice.
     */
    static long ceilingOfPoints(List<PlacementRequest> requests) {
        long ceiling = 1;
        for (PlacementRequest request : requests) {
            long max = 0;
            HomeRange range = request.getEligibleHomes();
            for (int i = 0; i < range.size(); i++) {
                max = Math.max(max, request.getCosts().totalPoints(request, range.at(i)));
            }
            ceiling = Math.addExact(ceiling, max);
        }
        return ceiling;
    }

    /**
     * Places the singles optimally around the other requests.
     *
     * @param freePlaces places per home not held by other requests
     * @param residents  other requests per home, for living_with conflicts
     * @return the total cost of the singles' assignment (points plus unplaced penalties)
     */
    long solve(int[] freePlaces, List<List<PlacementRequest>> residents) {
        int n = singles.size();
        int[][] arcHome = new int[n][];
        long[][] arcCost = new long[n][];
        int[] hs = new int[16];
        long[] cs = new long[16];
        for (int u = 0; u < n; u++) {
            PlacementRequest request = singles.get(u);
            if (hs.length < homes[u].length) {
                hs = new int[homes[u].length];
                cs = new long[homes[u].length];
            }
            int arcs = 0;
            for (int i = 0; i < homes[u].length; i++) {
                int h = homes[u][i].getIndex();
                if (freePlaces[h] > 0 && !conflicts(request, residents.get(h))) {
                    hs[arcs] = h;
                    cs[arcs] = points[u][i];
                    arcs++;
                }
            }
            arcHome[u] = Arrays.copyOf(hs, arcs);
            arcCost[u] = Arrays.copyOf(cs, arcs);
        }
        int[] capacity = new int[freePlaces.length];
        for (int h = 0; h < capacity.length; h++) {
            capacity[h] = Math.max(0, freePlaces[h]);
        }
        MinCostAssignment flow = new MinCostAssignment(capacity, arcHome, arcCost, unplacedCost);
        assignment = flow.solve();
        prices = flow.placePrices();
        totalCost = flow.totalCost();
        return totalCost;
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

    long totalCost() {
        return totalCost;
    }
}
