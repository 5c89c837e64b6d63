package uk.sufficiency.engine.matching.exact;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.PointsTable;

/**
 * The matching problem relaxed until min-cost flow solves it exactly ({@link PricedAssignment}):
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
    private final Map<PlacementRequest, Integer> firstUnitOf = new IdentityHashMap<>();
    private final long[] unplacedCost;
    private final boolean[] mustPlace;
    private final int[] weight;
    private final int[] assignment;
    private final PricedAssignment flow;
    private final long[] placePrices;

    private RelaxedFlow(MatchingSolution problem, BooleanSupplier stop) {
        List<Home> homes = problem.getHomes();
        PinnedResidents pinned = PinnedResidents.of(problem);
        int[] capacity = pinned.freePlaces();
        List<List<PlacementRequest>> pinnedAt = pinned.byHome();
        boolean allSimple = true;
        List<PlacementRequest> movable = new ArrayList<>();
        for (PlacementRequest request : problem.getRequests()) {
            allSimple &= !request.hasLivingWithRule();
            if (!request.isPinned()) {
                allSimple &= request.getSize() == 1;
                movable.add(request);
            }
        }
        exact = allSimple;
        int units = 0;
        for (PlacementRequest request : movable) {
            firstUnitOf.put(request, units);
            units += request.getSize();
        }
        // Per unit (child): its request, its position in the request, and the request's pricer.
        PlacementRequest[] requestOf = new PlacementRequest[units];
        int[] childOf = new int[units];
        PointsTable table = movable.isEmpty() ? null : new PointsTable(movable.get(0).getCosts(), homes);
        PointsTable.Pricer[] pricerOf = new PointsTable.Pricer[units];
        int[][] homesOf = new int[units][];
        weight = new int[units];
        mustPlace = new boolean[units];
        int u = 0;
        long totalWeight = 0;
        for (PlacementRequest request : movable) {
            PointsTable.Pricer pricer = table.of(request);
            int[] possible = request.getSize() > 1 || request.hasLivingWithRule()
                    ? possibleHomes(request, capacity, pinnedAt) : null;
            for (int c = 0; c < request.getSize(); c++) {
                homesOf[u] = possible;
                requestOf[u] = request;
                childOf[u] = c;
                pricerOf[u] = pricer;
                weight[u] = request.getChildren().get(c).urgency().unplacedWeight();
                mustPlace[u] = !request.mayBeUnplaced();
                totalWeight += weight[u];
                u++;
            }
        }
        Units children = new Units(requestOf, childOf, pricerOf, homesOf, ruledPinned(pinnedAt));
        flow = new PricedAssignment(capacity, children, children);
        long mediumM = 1;
        for (int i = 0; i < units; i++) {
            mediumM = Math.addExact(mediumM, flow.maxCost(i));
        }
        long hardM = Math.multiplyExact(mediumM, totalWeight + 1);
        unplacedCost = new long[units];
        for (int i = 0; i < units; i++) {
            unplacedCost[i] = mustPlace[i] ? hardM : Math.multiplyExact(mediumM, weight[i]);
        }
        assignment = flow.solve(unplacedCost, mustPlace, stop);
        placePrices = flow.placePrices();
    }

    /**
     * The eligible homes a sibling group or a child with a living_with rule could end in: room for
     * the whole group beside the pinned children, and no pinned child it may not live with. Pinned
     * children never move, so no feasible proposal uses the homes dropped: the bound stays a bound,
     * and splitting a group across homes too small for it no longer loosens it.
     */
    private static int[] possibleHomes(PlacementRequest request, int[] freeCapacity,
            List<List<PlacementRequest>> pinnedAt) {
        var eligible = request.getEligibleHomes();
        int[] possible = new int[eligible.size()];
        int n = 0;
        for (int position = 0; position < eligible.size(); position++) {
            int home = eligible.indexAt(position);
            if (freeCapacity[home] >= request.getSize() && !barred(request, home, pinnedAt.get(home))) {
                possible[n++] = home;
            }
        }
        return java.util.Arrays.copyOf(possible, n);
    }

    /** Pinned residents with a living_with rule, by home (most homes have none). */
    private static List<List<PlacementRequest>> ruledPinned(List<List<PlacementRequest>> pinnedAt) {
        List<List<PlacementRequest>> ruled = new ArrayList<>(pinnedAt.size());
        for (List<PlacementRequest> residents : pinnedAt) {
            ruled.add(residents.stream().filter(PlacementRequest::hasLivingWithRule).toList());
        }
        return ruled;
    }

    /**
     * Whether a pinned resident's or the request's living_with rule forbids the request this home:
     * a hard conflict unless both stay where they live now (as the score's living_with constraint).
     */
    static boolean barred(PlacementRequest request, int home, List<PlacementRequest> pinned) {
        boolean staying = request.getCurrentHome() != null && request.getCurrentHome().getIndex() == home;
        for (PlacementRequest resident : pinned) {
            if (!(staying && resident.isStatusQuo()) && resident.conflictsWith(request)) {
                return true;
            }
        }
        return false;
    }

    /**
     * The relaxation's units, one per child: each may go wherever its whole request could (beside
     * the pinned children: see {@link #possibleHomes}), at an equal share of the request's points.
     */
    private record Units(PlacementRequest[] requestOf, int[] childOf, PointsTable.Pricer[] pricerOf, int[][] homesOf,
            List<List<PlacementRequest>> ruledPinned)
            implements PricedAssignment.Candidates, PricedAssignment.ArcCosts {

        @Override
        public int units() {
            return requestOf.length;
        }

        @Override
        public int count(int unit) {
            return homesOf[unit] != null ? homesOf[unit].length : requestOf[unit].getEligibleHomes().size();
        }

        @Override
        public int home(int unit, int position) {
            if (homesOf[unit] != null) {
                return homesOf[unit][position];
            }
            int home = requestOf[unit].getEligibleHomes().indexAt(position);
            return ruledPinned.get(home).isEmpty() || !barred(requestOf[unit], home, ruledPinned.get(home)) ? home : -1;
        }

        /** Where a placed child lives now: a stopped solve keeps them there. */
        @Override
        public int firstHome(int unit) {
            PlacementRequest request = requestOf[unit];
            return request.isPlacedNow() && request.getCurrentHome() != null ? request.getCurrentHome().getIndex() : -1;
        }

        private long share(long points, int unit) {
            return ExactReference.share(points, requestOf[unit].getSize(), childOf[unit]);
        }

        @Override
        public long cost(int unit, int home) {
            return share(pricerOf[unit].points(home), unit);
        }

        @Override
        public long lowerBound(int unit, int home) {
            long bound = pricerOf[unit].lowerBound(home);
            return bound < 0 ? bound : share(bound, unit);
        }

        @Override
        public long upperBound(int unit, int home) {
            return share(pricerOf[unit].upperBound(home), unit);
        }

        @Override
        public long ceiling(int unit) {
            long ceiling = pricerOf[unit].ceiling();
            return ceiling < 0 ? -1 : share(ceiling, unit);
        }
    }

    /** Builds and solves the relaxation of {@code problem} (pinned requests keep their places). */
    public static RelaxedFlow solve(MatchingSolution problem) {
        return new RelaxedFlow(problem, () -> false);
    }

    /**
     * As {@link #solve(MatchingSolution)}, but stops once {@code stop} turns true: the prices are
     * then those of the children routed so far (still a sound guide; no longer a bound).
     */
    public static RelaxedFlow solve(MatchingSolution problem, BooleanSupplier stop) {
        return new RelaxedFlow(problem, stop);
    }

    /** Whether the solve was stopped before it proved its answer optimal. */
    public boolean interrupted() {
        return flow.interrupted();
    }

    /**
     * Whether the assignment routes every child: always when solved to the end, and after a stop
     * when it is a whole pricing round's (optimal over the arcs that round had, so one consistent
     * use of every place; {@link #childHomes}). A stop inside a round leaves children unrouted.
     */
    public boolean routedAll() {
        return flow.routedAll();
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
        Integer first = firstUnitOf.get(request);
        if (first == null) {
            throw new IllegalArgumentException("not a movable request of this problem: " + request.getId());
        }
        long total = 0;
        for (int u = first; u < first + request.getSize(); u++) {
            total += unplacedCost[u];
        }
        return total;
    }

    /**
     * The homes in the flow's final graph for the (first) child of this movable request: for a
     * single child, the arcs its optimum was proven over, a good first graph for another flow over
     * the same child (see {@link PricedAssignment#seedArcs}); null when the solve stopped before
     * reaching the child.
     */
    public int[] graphArcs(PlacementRequest request) {
        Integer first = firstUnitOf.get(request);
        return first == null ? null : flow.graphArcs(first);
    }

    /**
     * Where the flow put each child of this movable request: per child (in the request's order) a
     * home index, or {@link MinCostAssignment#UNPLACED}. A sibling group may be split across homes
     * or placed in part; a stopped solve leaves the children it had not routed unplaced.
     */
    public int[] childHomes(PlacementRequest request) {
        Integer first = firstUnitOf.get(request);
        if (first == null) {
            throw new IllegalArgumentException("not a movable request of this problem: " + request.getId());
        }
        return java.util.Arrays.copyOfRange(assignment, first, first + request.getSize());
    }

    /** The relaxed optimum as a score, with the children it places. */
    public ExactReference.Result result() {
        long hard = 0;
        long medium = 0;
        long soft = 0;
        int placed = 0;
        for (int i = 0; i < assignment.length; i++) {
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
        return new ExactReference.Result(HardMediumSoftLongScore.of(-hard, -medium, -soft), exact, placed,
                assignment.length);
    }
}
