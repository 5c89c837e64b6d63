package uk.sufficiency.engine.matching.exact;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.PointsTable;

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

    /** A sibling group's points split between its children: equal shares, the remainder to the first. */
    static long share(long points, int size, int child) {
        return points / size + (child < points % size ? 1 : 0);
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
        // Per unit (child): its request, its position in the request, and the request's pricer.
        PlacementRequest[] requestOf = new PlacementRequest[units];
        int[] childOf = new int[units];
        PointsTable table = movable.isEmpty() ? null : new PointsTable(movable.get(0).getCosts(), homes);
        PointsTable.Pricer[] pricerOf = new PointsTable.Pricer[units];
        int[] weight = new int[units];
        boolean[] mustPlace = new boolean[units];
        int u = 0;
        long totalWeight = 0;
        for (PlacementRequest request : movable) {
            PointsTable.Pricer pricer = table.of(request);
            for (int c = 0; c < request.getSize(); c++) {
                requestOf[u] = request;
                childOf[u] = c;
                pricerOf[u] = pricer;
                weight[u] = request.getChildren().get(c).urgency().unplacedWeight();
                mustPlace[u] = !request.mayBeUnplaced();
                totalWeight += weight[u];
                u++;
            }
        }
        PricedAssignment.Candidates candidates = new PricedAssignment.Candidates() {
            @Override
            public int units() {
                return requestOf.length;
            }

            @Override
            public int count(int unit) {
                return requestOf[unit].getEligibleHomes().size();
            }

            @Override
            public int home(int unit, int position) {
                return requestOf[unit].getEligibleHomes().indexAt(position);
            }
        };
        PricedAssignment.ArcCosts shares = new PricedAssignment.ArcCosts() {
            @Override
            public long cost(int unit, int home) {
                return share(pricerOf[unit].points(home), requestOf[unit].getSize(), childOf[unit]);
            }

            @Override
            public long lowerBound(int unit, int home) {
                long bound = pricerOf[unit].lowerBound(home);
                return bound < 0 ? bound : share(bound, requestOf[unit].getSize(), childOf[unit]);
            }

            @Override
            public long upperBound(int unit, int home) {
                return share(pricerOf[unit].upperBound(home), requestOf[unit].getSize(), childOf[unit]);
            }
        };
        PricedAssignment flow = new PricedAssignment(capacity, candidates, shares);
        long mediumM = 1;
        for (int i = 0; i < units; i++) {
            mediumM = Math.addExact(mediumM, flow.maxCost(i));
        }
        long hardM = Math.multiplyExact(mediumM, totalWeight + 1);
        long[] unplacedCost = new long[units];
        for (int i = 0; i < units; i++) {
            unplacedCost[i] = mustPlace[i] ? hardM : Math.multiplyExact(mediumM, weight[i]);
        }
        int[] assignment = flow.solve(unplacedCost);
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
                soft += flow.assignedCost(i);
            }
        }
        return new Result(HardMediumSoftLongScore.of(-hard, -medium, -soft), exact, placed, units);
    }
}
