package uk.sufficiency.engine.matching.solver;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.optaplanner.core.api.score.director.ScoreDirector;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.exact.MinCostAssignment;

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

        complex.sort(Comparator.comparingInt(PlacementRequest::getUnplacedWeight).reversed()
                .thenComparing(Comparator.comparingInt(PlacementRequest::getSize).reversed())
                .thenComparingInt(r -> r.getEligibleHomes().size())
                .thenComparing(PlacementRequest::getId));
        for (PlacementRequest request : complex) {
            if (livesWhereItIs(request)) {
                set(scoreDirector, request, request.getCurrentHome()); // already counted above
                continue;
            }
            Home chosen = cheapestFit(request, load, residents);
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

        assignSingles(scoreDirector, simple, homes, load, residents);
        scoreDirector.triggerVariableListeners();
    }

    private static boolean livesWhereItIs(PlacementRequest request) {
        return request.isPlacedNow() && request.getCurrentHome() != null;
    }

    private static Home cheapestFit(PlacementRequest request, int[] load, List<List<PlacementRequest>> residents) {
        Home best = null;
        long bestPoints = Long.MAX_VALUE;
        HomeRange range = request.getEligibleHomes();
        for (int i = 0; i < range.size(); i++) {
            Home home = range.at(i);
            if (load[home.getIndex()] + request.getSize() > home.getPlaces()
                    || conflicts(request, residents.get(home.getIndex()))) {
                continue;
            }
            long points = request.getCosts().totalPoints(request, home);
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
            List<Home> homes, int[] load, List<List<PlacementRequest>> residents) {
        int n = simple.size();
        int[] capacity = new int[homes.size()];
        for (Home home : homes) {
            capacity[home.getIndex()] = Math.max(0, home.getPlaces() - load[home.getIndex()]);
        }
        int[][] arcHome = new int[n][];
        long[][] arcCost = new long[n][];
        long[] unplacedCost = new long[n];
        long mediumM = 1;
        long totalWeight = 0;
        for (int u = 0; u < n; u++) {
            PlacementRequest request = simple.get(u);
            HomeRange range = request.getEligibleHomes();
            int[] hs = new int[range.size()];
            long[] cs = new long[range.size()];
            int arcs = 0;
            long max = 0;
            for (int i = 0; i < range.size(); i++) {
                Home home = range.at(i);
                if (capacity[home.getIndex()] == 0 || conflicts(request, residents.get(home.getIndex()))) {
                    continue;
                }
                hs[arcs] = home.getIndex();
                cs[arcs] = request.getCosts().totalPoints(request, home);
                max = Math.max(max, cs[arcs]);
                arcs++;
            }
            arcHome[u] = java.util.Arrays.copyOf(hs, arcs);
            arcCost[u] = java.util.Arrays.copyOf(cs, arcs);
            mediumM = Math.addExact(mediumM, max);
            totalWeight += request.getUnplacedWeight();
        }
        long hardM = Math.multiplyExact(mediumM, totalWeight + 1);
        for (int u = 0; u < n; u++) {
            PlacementRequest request = simple.get(u);
            unplacedCost[u] = request.mayBeUnplaced()
                    ? Math.multiplyExact(mediumM, request.getUnplacedWeight()) : hardM;
        }
        int[] assignment = new MinCostAssignment(capacity, arcHome, arcCost, unplacedCost).solve();
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
