package uk.sufficiency.engine.matching.solver;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.exact.GroupBranchAndBound;
import uk.sufficiency.engine.matching.exact.MinCostAssignment;

/**
 * A {@link Neighbourhood} as a {@link GroupBranchAndBound} problem, lexicographic as the score is:
 * each request's options are the neighbourhood's homes it is eligible for, with room beside the
 * children who stay (pinned ones) and none of them it may not live with; an option costs the request's
 * soft points there, leaving a waiting request out costs M times its urgency weight, M above any
 * difference of soft points inside, and leaving out a child who must keep a home costs more than every
 * waiting request together (a hard rule). Costs are shifted per request so that none is negative. The
 * search is given the current assignment's cost as its upper bound, so any answer it finds is strictly
 * better on the medium level or, equal there, on the soft.
 */
final class NeighbourhoodProblem {

    private final Neighbourhood neighbourhood;
    private final List<PlacementRequest> singles = new ArrayList<>();
    private final List<PlacementRequest> groups = new ArrayList<>();
    private final List<GroupBranchAndBound.Unit> singleUnits = new ArrayList<>();
    private final List<GroupBranchAndBound.Unit> groupUnits = new ArrayList<>();
    private final int[] capacity;
    private long currentCost;

    NeighbourhoodProblem(Neighbourhood neighbourhood) {
        this.neighbourhood = neighbourhood;
        List<Home> homes = neighbourhood.homes();
        this.capacity = new int[homes.size()];
        List<List<PlacementRequest>> staying = new ArrayList<>();
        for (int j = 0; j < homes.size(); j++) {
            List<PlacementRequest> pinned = new ArrayList<>();
            int load = 0;
            for (PlacementRequest resident : homes.get(j).workingOccupants()) {
                if (!neighbourhood.requests().contains(resident)) {
                    pinned.add(resident);
                    load += resident.getSize();
                }
            }
            staying.add(pinned);
            capacity[j] = Math.max(0, homes.get(j).getPlaces() - load);
        }
        List<long[]> points = new ArrayList<>();
        List<int[]> options = new ArrayList<>();
        long multiplier = 1;
        long totalWeight = 0;
        for (PlacementRequest request : neighbourhood.requests()) {
            int[] homesOf = new int[homes.size()];
            long[] pointsOf = new long[homes.size()];
            int n = 0;
            long low = 0;
            long high = 0;
            for (int j = 0; j < homes.size(); j++) {
                Home home = homes.get(j);
                if (request.getEligibleHomes().containsIndex(home.getIndex()) && capacity[j] >= request.getSize()
                        && !SinglesFlow.conflicts(request, staying.get(j))) {
                    homesOf[n] = j;
                    pointsOf[n] = request.getCosts().totalPoints(request, home);
                    low = Math.min(low, pointsOf[n]);
                    high = Math.max(high, pointsOf[n]);
                    n++;
                }
            }
            options.add(Arrays.copyOf(homesOf, n));
            points.add(Arrays.copyOf(pointsOf, n));
            multiplier = Math.addExact(multiplier, high - low);
            totalWeight += request.getUnplacedWeight();
        }
        long hard = Math.multiplyExact(multiplier, totalWeight + 1);
        for (int r = 0; r < options.size(); r++) {
            addUnit(neighbourhood.requests().get(r), options.get(r), points.get(r), multiplier, hard);
        }
    }

    private void addUnit(PlacementRequest request, int[] homesOf, long[] pointsOf, long multiplier, long hard) {
        long low = 0;
        for (long p : pointsOf) {
            low = Math.min(low, p);
        }
        long[] costs = new long[pointsOf.length];
        for (int i = 0; i < costs.length; i++) {
            costs[i] = pointsOf[i] - low;
        }
        long unplaced = (request.mayBeUnplaced() ? Math.multiplyExact(multiplier, request.getUnplacedWeight()) : hard)
                - low;
        Home now = request.getHome();
        currentCost += now == null ? unplaced : request.getCosts().totalPoints(request, now) - low;
        var unit = new GroupBranchAndBound.Unit(request, request.getSize(), homesOf, costs, unplaced);
        if (request.getSize() > 1) {
            groups.add(request);
            groupUnits.add(unit);
        } else {
            singles.add(request);
            singleUnits.add(unit);
        }
    }

    /** The search, bounded above by the current assignment's cost. */
    GroupBranchAndBound search(int maxSolves) {
        return new GroupBranchAndBound(singleUnits, groupUnits, capacity, maxSolves, currentCost);
    }

    /** What the current assignment costs in this problem's terms. */
    long currentCost() {
        return currentCost;
    }

    /** Each request's home in the search's best answer (null: unplaced), in the neighbourhood's order. */
    List<Move> moves(GroupBranchAndBound search) {
        List<Move> moves = new ArrayList<>();
        List<Home> homes = neighbourhood.homes();
        for (int g = 0; g < groups.size(); g++) {
            int option = search.bestGroups()[g];
            moves.add(new Move(groups.get(g), option < 0 ? null : homes.get(groupUnits.get(g).homes()[option])));
        }
        for (int u = 0; u < singles.size(); u++) {
            int home = search.bestSingles()[u];
            moves.add(new Move(singles.get(u), home == MinCostAssignment.UNPLACED ? null : homes.get(home)));
        }
        return moves;
    }

    /** A request and the home it goes to (null: unplaced). */
    record Move(PlacementRequest request, Home home) {
    }
}
