package uk.sufficiency.engine.matching.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.PointsTable;
import uk.sufficiency.engine.matching.exact.MinCostAssignment;
import uk.sufficiency.engine.matching.exact.PricedAssignment;

/**
 * The construction phase. Requests min-cost flow cannot express (sibling groups and children with a
 * living_with rule) are placed first, greedily: most urgent, largest and most constrained first,
 * each to its cheapest home that still has room and no one it may not live with; meanwhile every
 * child placed now holds their current place, and placed children among the complex requests stay
 * where they are. Then all single children are assigned together by exact min-cost
 * flow over the remaining places ({@link MinCostAssignment}): the most urgency-weighted children
 * placed, then the fewest soft points. Local search then repairs what the greedy part got wrong.
 */
public final class FlowConstruction implements CustomPhaseCommand<MatchingSolution> {

    private static final Logger LOG = LoggerFactory.getLogger(FlowConstruction.class);

    @Override
    public void changeWorkingSolution(ScoreDirector<MatchingSolution> scoreDirector) {
        MatchingSolution solution = scoreDirector.getWorkingSolution();
        List<Home> homes = solution.getHomes();
        int[] load = new int[homes.size()];
        List<List<PlacementRequest>> residents = new ArrayList<>(homes.size());
        for (int h = 0; h < homes.size(); h++) {
            residents.add(new ArrayList<>(2));
        }
        List<PlacementRequest> complex = new ArrayList<>();
        List<PlacementRequest> simple = new ArrayList<>();
        for (PlacementRequest request : solution.getRequests()) {
            if (request.isPinned()) {
                if (request.getHome() != null) {
                    load[request.getHome().getIndex()] += request.getSize();
                    residents.get(request.getHome().getIndex()).add(request);
                }
                continue;
            }
            // Children placed now hold their places while the greedy part runs, so a waiting
            // group cannot take a place someone still lives in (which left the construction
            // over capacity, and hence unused, on every scenario with placed children).
            if (livesWhereItIs(request)) {
                load[request.getCurrentHome().getIndex()] += request.getSize();
                residents.get(request.getCurrentHome().getIndex()).add(request);
            }
            if (request.getSize() > 1 || request.hasLivingWithRule()) {
                complex.add(request);
            } else {
                simple.add(request);
            }
        }

        PointsTable table = solution.getRequests().isEmpty() ? null
                : new PointsTable(solution.getRequests().get(0).getCosts(), homes);
        complex.sort(Comparator.comparingInt(PlacementRequest::getUnplacedWeight).reversed()
                .thenComparing(Comparator.comparingInt(PlacementRequest::getSize).reversed())
                .thenComparingInt(r -> r.getEligibleHomes().size())
                .thenComparing(PlacementRequest::getId));
        for (PlacementRequest request : complex) {
            if (livesWhereItIs(request)) {
                set(scoreDirector, request, request.getCurrentHome()); // already counted above
                continue;
            }
            Home chosen = cheapestFit(table.of(request), load, residents);
            set(scoreDirector, request, chosen);
            if (chosen != null) {
                load[chosen.getIndex()] += request.getSize();
                residents.get(chosen.getIndex()).add(request);
            }
        }
        // The flow decides afresh where the placed single children go: release their places.
        for (PlacementRequest request : simple) {
            if (livesWhereItIs(request)) {
                load[request.getCurrentHome().getIndex()] -= request.getSize();
                residents.get(request.getCurrentHome().getIndex()).remove(request);
            }
        }

        assignSingles(scoreDirector, simple, homes, load, residents, table);
        scoreDirector.triggerVariableListeners();
    }

    private static boolean livesWhereItIs(PlacementRequest request) {
        return request.isPlacedNow() && request.getCurrentHome() != null;
    }

    private static Home cheapestFit(PointsTable.Pricer pricer, int[] load, List<List<PlacementRequest>> residents) {
        PlacementRequest request = pricer.request();
        Home best = null;
        long bestPoints = Long.MAX_VALUE;
        HomeRange range = request.getEligibleHomes();
        for (int i = 0; i < range.size(); i++) {
            Home home = range.at(i);
            if (load[home.getIndex()] + request.getSize() > home.getPlaces()
                    || conflicts(request, residents.get(home.getIndex()))) {
                continue;
            }
            long points = pricer.points(home.getIndex());
            if (points < bestPoints) {
                best = home;
                bestPoints = points;
            }
        }
        return best;
    }

    private static boolean conflicts(PlacementRequest request, List<PlacementRequest> residents) {
        for (PlacementRequest resident : residents) {
            if (resident.conflictsWith(request)) {
                return true;
            }
        }
        return false;
    }

    private static void assignSingles(ScoreDirector<MatchingSolution> scoreDirector, List<PlacementRequest> simple,
            List<Home> homes, int[] load, List<List<PlacementRequest>> residents, PointsTable table) {
        int n = simple.size();
        if (n == 0) {
            return;
        }
        int[] capacity = new int[homes.size()];
        boolean[] hasResidents = new boolean[homes.size()];
        for (Home home : homes) {
            capacity[home.getIndex()] = Math.max(0, home.getPlaces() - load[home.getIndex()]);
            hasResidents[home.getIndex()] = !residents.get(home.getIndex()).isEmpty();
        }
        PointsTable.Pricer[] pricers = new PointsTable.Pricer[n];
        for (int u = 0; u < n; u++) {
            pricers[u] = table.of(simple.get(u));
        }
        PricedAssignment.Candidates candidates = new PricedAssignment.Candidates() {
            @Override
            public int units() {
                return n;
            }

            @Override
            public int count(int unit) {
                return simple.get(unit).getEligibleHomes().size();
            }

            @Override
            public int home(int unit, int position) {
                int h = simple.get(unit).getEligibleHomes().indexAt(position);
                return hasResidents[h] && conflicts(simple.get(unit), residents.get(h)) ? -1 : h;
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
        long mediumM = 1;
        long totalWeight = 0;
        for (int u = 0; u < n; u++) {
            mediumM = Math.addExact(mediumM, flow.maxCost(u));
            totalWeight += simple.get(u).getUnplacedWeight();
        }
        long hardM = Math.multiplyExact(mediumM, totalWeight + 1);
        long[] unplacedCost = new long[n];
        for (int u = 0; u < n; u++) {
            PlacementRequest request = simple.get(u);
            unplacedCost[u] = request.mayBeUnplaced()
                    ? Math.multiplyExact(mediumM, request.getUnplacedWeight()) : hardM;
        }
        int[] assignment = flow.solve(unplacedCost);
        LOG.debug("Single children assigned by min-cost flow in {} round(s), {} arcs in the final graph",
                flow.rounds(), flow.arcsInGraph());
        for (int u = 0; u < n; u++) {
            PlacementRequest request = simple.get(u);
            Home chosen = assignment[u] == MinCostAssignment.UNPLACED ? null : homes.get(assignment[u]);
            if (chosen == null && !request.mayBeUnplaced()) {
                chosen = request.getCurrentHome(); // never leave a placed child without a home
            }
            set(scoreDirector, request, chosen);
        }
    }

    private static void set(ScoreDirector<MatchingSolution> scoreDirector, PlacementRequest request, Home home) {
        if (request.getHome() != home) {
            scoreDirector.beforeVariableChanged(request, "home");
            request.setHome(home);
            scoreDirector.afterVariableChanged(request, "home");
        }
    }
}
