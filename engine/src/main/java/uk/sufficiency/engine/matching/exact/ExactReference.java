package uk.sufficiency.engine.matching.exact;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;

/**
 * The exact optimum of the matching problem, or a proven bound on it, by min-cost flow
 * ({@link MinCostAssignment}).
 *
 * <p>Min-cost flow expresses single children with capacities, eligibility, urgency-weighted
 * unplaced penalties and every soft objective exactly. It cannot express a sibling group (which must
 * share one home) or a living_with rule. So each group is split into its children, each child may
 * go to any home the whole group could go to, and carries an equal share of the group's points; and
 * living_with rules are dropped. Every proposal the solver can make is feasible in that relaxed
 * problem at the same score, so the relaxed optimum is a lower bound on penalties (an upper bound
 * on the score). When there are no groups and no living_with rules the relaxation is the problem
 * itself and the result is the exact optimum ({@link Result#exact()}).
 */
public final class ExactReference {

    /**
     * @param score          the best possible score (exact) or a bound no proposal can beat
     * @param exact          true when the relaxation is the problem itself
     * @param placedChildren children placed in the relaxed optimum (an upper bound on any proposal)
     */
    public record Result(HardMediumSoftLongScore score, boolean exact, int placedChildren, int movableChildren) {
    }

    private ExactReference() {
    }

    public static Result solve(MatchingSolution problem) {
        List<Home> homes = problem.getHomes();
        int[] capacity = new int[homes.size()];
        for (Home home : homes) {
            capacity[home.getIndex()] = home.getPlaces();
        }
        boolean exact = true;
        List<PlacementRequest> movable = new ArrayList<>();
        for (PlacementRequest request : problem.getRequests()) {
            exact &= !request.hasLivingWithRule();
            if (request.isPinned()) {
                if (request.getHome() != null) {
                    capacity[request.getHome().getIndex()] -= request.getSize();
                }
            } else {
                exact &= request.getSize() == 1;
                movable.add(request);
            }
        }
        for (int h = 0; h < capacity.length; h++) {
            capacity[h] = Math.max(0, capacity[h]);
        }
        int units = 0;
        for (PlacementRequest request : movable) {
            units += request.getSize();
        }
        int[][] arcHome = new int[units][];
        long[][] arcCost = new long[units][];
        long[] unplacedCost = new long[units];
        int[] weight = new int[units];
        boolean[] mustPlace = new boolean[units];
        long mediumM = 1;
        int u = 0;
        long totalWeight = 0;
        for (PlacementRequest request : movable) {
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
                u++;
            }
        }
        long hardM = Math.multiplyExact(mediumM, totalWeight + 1);
        for (int i = 0; i < units; i++) {
            unplacedCost[i] = mustPlace[i] ? hardM : Math.multiplyExact(mediumM, weight[i]);
        }
        int[] assignment = new MinCostAssignment(capacity, arcHome, arcCost, unplacedCost).solve();
        long hard = 0;
        long medium = 0;
        long soft = 0;
        int placed = 0;
        for (int i = 0; i < units; i++) {
            if (assignment[i] == MinCostAssignment.UNPLACED) {
                if (mustPlace[i]) {
                    hard++;
                } else {
                    medium += weight[i];
                }
            } else {
                placed++;
                for (int a = 0; a < arcHome[i].length; a++) {
                    if (arcHome[i][a] == assignment[i]) {
                        soft += arcCost[i][a];
                        break;
                    }
                }
            }
        }
        return new Result(HardMediumSoftLongScore.of(-hard, -medium, -soft), exact, placed, units);
    }
}
