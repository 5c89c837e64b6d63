package uk.sufficiency.engine.matching.exact;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;

/**
 * The matching problem relaxed until min-cost flow solves it exactly ({@link MinCostAssignment}):
 * each sibling group split into its children, each of whom may go to any home the whole group could
 * go to and carries an equal share of the group's points, and living_with rules dropped. Every
 * proposal is feasible in the relaxation at the same score, so its optimum bounds the problem's;
 * with no groups and no rules it is the problem itself.
 *
 * <p>Costs are in soft points, with "unplaced" priced above any total of points (urgency weight x
 * {@code mediumM}; a placed child left without a home above every waiting child), so one flow
 * solves the lexicographic score. The optimal dual price of a place in each home, in the same
 * units, tells the construction phase what taking that place costs everyone else.
 */
public final class RelaxedFlow {

    private final boolean exact;
    private final List<PlacementRequest> movable;
    private final Map<PlacementRequest, Integer> indexOf = new IdentityHashMap<>();
    private final int[] firstUnit;
    private final int[][] arcHome;
    private final long[][] arcCost;
    private final long[] unplacedCost;
    private final boolean[] mustPlace;
    private final int[] weight;
    private final int[] assignment;
    private final long[] placePrices;

    private RelaxedFlow(MatchingSolution problem) {
        List<Home> homes = problem.getHomes();
        int[] capacity = new int[homes.size()];
        for (Home home : homes) {
            capacity[home.getIndex()] = home.getPlaces();
        }
        boolean allSimple = true;
        movable = new ArrayList<>();
        for (PlacementRequest request : problem.getRequests()) {
            allSimple &= !request.hasLivingWithRule();
            if (request.isPinned()) {
                if (request.getHome() != null) {
                    capacity[request.getHome().getIndex()] -= request.getSize();
                }
            } else {
                allSimple &= request.getSize() == 1;
                indexOf.put(request, movable.size());
                movable.add(request);
            }
        }
        exact = allSimple;
        for (int h = 0; h < capacity.length; h++) {
            capacity[h] = Math.max(0, capacity[h]);
        }
        firstUnit = new int[movable.size() + 1];
        for (int r = 0; r < movable.size(); r++) {
            firstUnit[r + 1] = firstUnit[r] + movable.get(r).getSize();
        }
        int units = firstUnit[movable.size()];
        arcHome = new int[units][];
        arcCost = new long[units][];
        unplacedCost = new long[units];
        weight = new int[units];
        mustPlace = new boolean[units];
        long mediumM = 1;
        long totalWeight = 0;
        for (int r = 0; r < movable.size(); r++) {
            PlacementRequest request = movable.get(r);
            HomeRange range = request.getEligibleHomes();
            int n = range.size();
            int size = request.getSize();
            long[][] shares = new long[size][n];
            int[] hs = new int[n];
            for (int i = 0; i < n; i++) {
                Home home = range.at(i);
                hs[i] = home.getIndex();
                long points = request.getCosts().totalPoints(request, home);
                for (int c = 0; c < size; c++) {
                    shares[c][i] = points / size + (c < points % size ? 1 : 0);
                }
            }
            for (int c = 0; c < size; c++) {
                int u = firstUnit[r] + c;
                arcHome[u] = hs;
                arcCost[u] = shares[c];
                long max = 0;
                for (long cost : shares[c]) {
                    max = Math.max(max, cost);
                }
                mediumM = Math.addExact(mediumM, max);
                weight[u] = request.getChildren().get(c).urgency().unplacedWeight();
                mustPlace[u] = !request.mayBeUnplaced();
                totalWeight += weight[u];
            }
        }
        long hardM = Math.multiplyExact(mediumM, totalWeight + 1);
        for (int u = 0; u < units; u++) {
            unplacedCost[u] = mustPlace[u] ? hardM : Math.multiplyExact(mediumM, weight[u]);
        }
        MinCostAssignment flow = new MinCostAssignment(capacity, arcHome, arcCost, unplacedCost);
        assignment = flow.solve();
        placePrices = flow.placePrices();
    }

    /** Builds and solves the relaxation of {@code problem} (pinned requests keep their places). */
    public static RelaxedFlow solve(MatchingSolution problem) {
        return new RelaxedFlow(problem);
    }

    /** True when the relaxation is the problem itself (no sibling groups, no living_with rules). */
    public boolean exact() {
        return exact;
    }

    /** Cost of one place in the home with this index, in the flow's units (see class comment). */
    public long placePrice(int homeIndex) {
        return placePrices[homeIndex];
    }

    /** The flow's cost of leaving every child of this movable request unplaced. */
    public long unplacedCost(PlacementRequest request) {
        Integer r = indexOf.get(request);
        if (r == null) {
            throw new IllegalArgumentException("not a movable request of this problem: " + request.getId());
        }
        long total = 0;
        for (int u = firstUnit[r]; u < firstUnit[r + 1]; u++) {
            total += unplacedCost[u];
        }
        return total;
    }

    /** The relaxed optimum as a score, with the children it places. */
    public ExactReference.Result result() {
        long hard = 0;
        long medium = 0;
        long soft = 0;
        int placed = 0;
        for (int u = 0; u < assignment.length; u++) {
            if (assignment[u] == MinCostAssignment.UNPLACED) {
                if (mustPlace[u]) {
                    hard++;
                } else {
                    medium += weight[u];
                }
            } else {
                placed++;
                for (int a = 0; a < arcHome[u].length; a++) {
                    if (arcHome[u][a] == assignment[u]) {
                        soft += arcCost[u][a];
                        break;
                    }
                }
            }
        }
        return new ExactReference.Result(HardMediumSoftLongScore.of(-hard, -medium, -soft), exact, placed,
                assignment.length);
    }
}
