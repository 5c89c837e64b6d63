package uk.sufficiency.engine.matching.solver;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.ToLongFunction;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.exact.MinCostAssignment;
import uk.sufficiency.engine.matching.exact.RelaxedFlow;

/**
 * Complex requests (sibling groups, children with living_with rules) placed where the relaxed
 * flow's own assignment put their children, rounded to whole groups (decision 0097).
 *
 * <p>The relaxed flow's assignment is one consistent use of every place: the children it moves out
 * of a home to make room for a group have places elsewhere in it. Placing each group alone at the
 * flow's marginal place prices cannot see that (many groups pick the same cheap home), so the
 * priced construction lets children placed now hold their places while groups are placed, and
 * leaves the groups the flow fits around them unplaced. Here the flow's assignment is followed:
 * <ol>
 *   <li>a request the flow placed whole in one home goes there if it still fits (room beside the
 *       complex requests placed before it, nobody there it may not live with);</li>
 *   <li>a group the flow split across homes, placed in part, or whose home no longer fits goes to
 *       the home holding most of its children that fits (ties by own points plus the places'
 *       prices), else to the fitting home where its own points plus the prices of the flow's single
 *       children it sends elsewhere are lowest ({@link FlowPlaces}; decision 0099), else stays
 *       unplaced;</li>
 *   <li>a waiting request the flow placed that still fits nowhere takes a home from lighter waiting
 *       complex requests, who are rounded again (decision 0099);</li>
 *   <li>a request that must keep a home (placed now) and found none goes where it lives, the
 *       waiting requests there giving way.</li>
 * </ol>
 * Single children hold no places meanwhile: the exact singles' flow re-routes them afterwards
 * around the groups, as the relaxed flow had. Order within each step: the caller's (most urgent,
 * largest, most constrained first).
 */
final class RoundedGroups {

    /** How far a chain of requests sent back where they live may go. */
    private static final int MOST_RETURNS = 3;

    private final RelaxedFlow relaxed;
    private final Occupied occupied;
    private final FlowConstruction.Points points;
    private final List<Home> homes;
    private final List<PlacementRequest> singles;
    /** Per home, the places single children placed there now take. */
    private final int[] singlesPlaces;
    private FlowPlaces flowPlaces;

    /**
     * @param occupied places held by pinned children only (filled here as requests are placed)
     * @param singles  the movable single children, whose places are decided afterwards by flow
     */
    RoundedGroups(RelaxedFlow relaxed, Occupied occupied, FlowConstruction.Points points, List<Home> homes,
            List<PlacementRequest> singles) {
        this.relaxed = relaxed;
        this.occupied = occupied;
        this.points = points;
        this.homes = homes;
        this.singles = singles;
        this.singlesPlaces = new int[homes.size()];
        for (PlacementRequest single : singles) {
            if (single.isPlacedNow() && single.getCurrentHome() != null) {
                singlesPlaces[single.getCurrentHome().getIndex()]++;
            }
        }
    }

    /** Where each complex request (in the caller's order) starts, or null for unplaced; fills {@code occupied}. */
    Home[] place(List<PlacementRequest> complex) {
        flowPlaces = new FlowPlaces(relaxed, homes.size(), singles, complex);
        Home[] placedAt = new Home[complex.size()];
        List<Integer> rest = new ArrayList<>();
        for (int c = 0; c < complex.size(); c++) {
            PlacementRequest request = complex.get(c);
            Home whole = wholeHome(relaxed.childHomes(request));
            if (whole != null && fits(request, whole)) {
                placedAt[c] = whole;
                flowPlaces.deciding(request);
                take(request, whole);
            } else {
                rest.add(c);
            }
        }
        for (int c : rest) {
            PlacementRequest request = complex.get(c);
            flowPlaces.deciding(request);
            placedAt[c] = rounded(request);
            take(request, placedAt[c]);
        }
        if (!relaxed.interrupted()) {
            takeFromLighter(complex, placedAt, rest);
        }
        for (int c : rest) {
            if (placedAt[c] == null && !complex.get(c).mayBeUnplaced()) {
                makeRoomWhereItLives(complex, placedAt, c, 0);
            }
        }
        return placedAt;
    }

    /**
     * A waiting request the flow placed (whole or in part) that fits nowhere now takes a home from
     * lighter waiting complex requests: those it may not live with and then the least urgent give
     * way, if their urgency weight (plus the prices of any further places it takes) is below its own;
     * they are then rounded again (to a home holding their children in the flow that fits, else the
     * best priced fit, else unplaced). The flow's fractions cannot say which of two groups competing
     * for one home should have it; their weights can (decision 0099).
     */
    private void takeFromLighter(List<PlacementRequest> complex, Home[] placedAt, List<Integer> rest) {
        Map<PlacementRequest, Integer> indexOf = new IdentityHashMap<>();
        for (int c = 0; c < complex.size(); c++) {
            indexOf.put(complex.get(c), c);
        }
        for (int c : rest) {
            PlacementRequest request = complex.get(c);
            if (placedAt[c] != null || !request.mayBeUnplaced() || !placedInFlow(request)) {
                continue;
            }
            GivingWay best = null;
            var range = request.getEligibleHomes();
            for (int i = 0; i < range.size(); i++) {
                GivingWay option = givingWay(request, range.at(i), indexOf);
                if (option != null && (best == null || option.cost() < best.cost())) {
                    best = option;
                }
            }
            if (best == null || best.cost() >= relaxed.unplacedCost(request)) {
                continue;
            }
            for (int e : best.leaving()) {
                occupied.release(complex.get(e), placedAt[e]);
                placedAt[e] = null;
            }
            placedAt[c] = best.home();
            take(request, best.home());
            for (int e : best.leaving()) {
                placedAt[e] = rounded(complex.get(e));
                take(complex.get(e), placedAt[e]);
            }
        }
    }

    /** The requests that would give way to this one in the home, and what that costs in the flow's units. */
    private record GivingWay(Home home, List<Integer> leaving, long cost) {
    }

    /**
     * Who gives way for the request in this home (any resident it may not live with, then the least
     * urgent, all waiting complex requests), or null if it fits as it is (the rounding priced it
     * already) or no such set makes room.
     */
    private GivingWay givingWay(PlacementRequest request, Home home, Map<PlacementRequest, Integer> indexOf) {
        if (fits(request, home)) {
            return null;
        }
        List<PlacementRequest> residents = occupied.residents(home);
        List<Integer> leaving = new ArrayList<>(2);
        int room = occupied.free(home);
        long lost = 0;
        for (PlacementRequest resident : residents) {
            if (resident.conflictsWith(request)) {
                if (!indexOf.containsKey(resident) || !resident.mayBeUnplaced()) {
                    return null; // pinned, or must keep a home: it cannot give way
                }
                leaving.add(indexOf.get(resident));
                room += resident.getSize();
                lost += relaxed.unplacedCost(resident);
            }
        }
        int given = room - occupied.free(home);
        while (room < request.getSize()) {
            PlacementRequest lightest = null;
            for (PlacementRequest resident : residents) {
                if (indexOf.containsKey(resident) && resident.mayBeUnplaced() && !leaving.contains(indexOf.get(resident))
                        && (lightest == null || resident.getUnplacedWeight() < lightest.getUnplacedWeight())) {
                    lightest = resident;
                }
            }
            if (lightest == null) {
                return null;
            }
            leaving.add(indexOf.get(lightest));
            room += lightest.getSize();
            given += lightest.getSize();
            lost += relaxed.unplacedCost(lightest);
        }
        long cost = lost + points.of(request, home)
                + (long) Math.max(0, request.getSize() - given) * relaxed.placePrice(home.getIndex());
        return new GivingWay(home, leaving, cost);
    }

    /** Whether the flow placed any of the request's children. */
    private boolean placedInFlow(PlacementRequest request) {
        for (int h : relaxed.childHomes(request)) {
            if (h >= 0) {
                return true;
            }
        }
        return false;
    }

    /**
     * A request that must keep a home and fits nowhere left goes where it lives; the waiting
     * requests there give way: any it may not live with, then the least urgent, until it fits.
     * If they cannot make room (the home is held by others who must keep a home), it takes the best
     * priced fit anywhere, single children placed now there being re-routed by their flow; if there
     * is none, requests that must keep a home but were placed there from elsewhere go back where
     * they live (the same way, up to {@value #MOST_RETURNS} steps on); failing that, it stays where
     * it lives regardless.
     */
    private void makeRoomWhereItLives(List<PlacementRequest> complex, Home[] placedAt, int c, int depth) {
        PlacementRequest request = complex.get(c);
        List<Integer> returning = new ArrayList<>(0);
        Home home = request.getCurrentHome();
        if (home != null && roomAfterGivingWay(request, home, complex, placedAt) < request.getSize()) {
            Home elsewhere = pricedFit(request);
            home = elsewhere != null ? elsewhere : home;
        }
        while (home != null && !occupied.fits(request, home)) {
            int victim = -1;
            for (int other = 0; other < complex.size(); other++) {
                PlacementRequest resident = complex.get(other);
                if (placedAt[other] == home && resident.mayBeUnplaced() && (victim < 0
                        || resident.conflictsWith(request) && !complex.get(victim).conflictsWith(request)
                        || resident.conflictsWith(request) == complex.get(victim).conflictsWith(request)
                        && resident.getUnplacedWeight() < complex.get(victim).getUnplacedWeight())) {
                    victim = other;
                }
            }
            if (victim < 0 && depth < MOST_RETURNS) {
                victim = movedIn(complex, placedAt, home);
                if (victim >= 0) {
                    occupied.release(complex.get(victim), home);
                    placedAt[victim] = null;
                    returning.add(victim);
                    continue;
                }
            }
            if (victim < 0) {
                break; // nobody there may give way: it stays where it lives regardless
            }
            occupied.release(complex.get(victim), home);
            placedAt[victim] = null;
        }
        placedAt[c] = home;
        occupied.take(request, home);
        for (int back : returning) {
            makeRoomWhereItLives(complex, placedAt, back, depth + 1);
        }
    }

    /** Another request that must keep a home, placed in this home but living elsewhere, or -1. */
    private static int movedIn(List<PlacementRequest> complex, Home[] placedAt, Home home) {
        for (int other = 0; other < complex.size(); other++) {
            PlacementRequest resident = complex.get(other);
            if (placedAt[other] == home && !resident.mayBeUnplaced() && resident.getCurrentHome() != home) {
                return other;
            }
        }
        return -1;
    }

    /** Free places in the home once every waiting request there gave way. */
    private int roomAfterGivingWay(PlacementRequest request, Home home, List<PlacementRequest> complex,
            Home[] placedAt) {
        int room = occupied.free(home);
        for (int other = 0; other < complex.size(); other++) {
            if (placedAt[other] == home && complex.get(other).mayBeUnplaced()) {
                room += complex.get(other).getSize();
            }
        }
        return room;
    }

    /** The home every child of the request is in, or null (split, in part or unplaced). */
    private Home wholeHome(int[] childHomes) {
        for (int h : childHomes) {
            if (h < 0 || h != childHomes[0]) {
                return null;
            }
        }
        return homes.get(childHomes[0]);
    }

    /** The fitting home holding most of the request's children in the flow, else the best priced fit, else null. */
    private Home rounded(PlacementRequest request) {
        int[] childHomes = relaxed.childHomes(request);
        Home best = null;
        int bestChildren = 0;
        long bestCost = Long.MAX_VALUE;
        for (int h : childHomes) {
            if (h < 0) {
                continue;
            }
            int children = 0;
            for (int other : childHomes) {
                children += other == h ? 1 : 0;
            }
            Home home = homes.get(h);
            if (children < bestChildren || !fits(request, home)) {
                continue;
            }
            long cost = priced(request, home);
            if (children > bestChildren || cost < bestCost) {
                best = home;
                bestChildren = children;
                bestCost = cost;
            }
        }
        return best != null ? best : relaxed.interrupted() ? besideSinglesPlacedNow(request) : cheapest(request);
    }

    /**
     * With the relaxed flow stopped, its single children's places are not vouched for, and the singles'
     * flow may not run: the priced fit over the places no single child placed now holds, so that those
     * who must keep a home keep it (decision 0097; with the cheapest fit instead, a 60 s run at load 9
     * pushed such a child out and the whole construction was discarded: decision 0099).
     */
    private Home besideSinglesPlacedNow(PlacementRequest request) {
        return bestFit(request, home -> occupied.free(home) - singlesPlaces[home.getIndex()] >= request.getSize()
                ? priced(request, home) : Long.MAX_VALUE);
    }

    /**
     * The fitting home where the request's own points plus the prices of the flow's single children
     * it sends elsewhere ({@link FlowPlaces}) are lowest, or null when leaving it unplaced costs less.
     */
    private Home cheapest(PlacementRequest request) {
        return bestFit(request, home -> points.of(request, home)
                + flowPlaces.displaced(request, home, occupied.free(home)) * relaxed.placePrice(home.getIndex()));
    }

    /** Places the request (null: unplaced), counting the flow's single children it sends elsewhere. */
    private void take(PlacementRequest request, Home home) {
        if (home != null) {
            flowPlaces.placed(request, home, occupied.free(home));
        }
        occupied.take(request, home);
    }

    /** As {@link FlowConstruction#pricedFit}, over every place no complex or pinned request holds. */
    private Home pricedFit(PlacementRequest request) {
        return bestFit(request, home -> priced(request, home));
    }

    /** The fitting home where {@code cost} is lowest, or null when leaving the request unplaced costs less. */
    private Home bestFit(PlacementRequest request, ToLongFunction<Home> cost) {
        Home best = null;
        long bestCost = request.mayBeUnplaced() ? relaxed.unplacedCost(request) : Long.MAX_VALUE;
        var range = request.getEligibleHomes();
        for (int i = 0; i < range.size(); i++) {
            Home home = range.at(i);
            if (fits(request, home)) {
                long homeCost = cost.applyAsLong(home);
                if (homeCost < bestCost) {
                    best = home;
                    bestCost = homeCost;
                }
            }
        }
        return best;
    }

    private long priced(PlacementRequest request, Home home) {
        return FlowConstruction.pricedCost(request, home, occupied, relaxed::placePrice, points);
    }

    private boolean fits(PlacementRequest request, Home home) {
        return occupied.fits(request, home);
    }

    /**
     * The single children where the relaxed flow put them, when there is no time for their own flow:
     * those who must keep a home first, then the most urgent, each at its home in the flow if a place
     * is left there and nobody there it may not live with, a child who must keep a home then where it
     * lives if that is so; the rest {@link MinCostAssignment#UNPLACED} (the caller fills free places).
     */
    static int[] singlesAsInFlow(List<PlacementRequest> singles, RelaxedFlow relaxed, Occupied occupied) {
        int[] room = occupied.free.clone();
        int[] assignment = new int[singles.size()];
        java.util.Arrays.fill(assignment, MinCostAssignment.UNPLACED);
        List<Integer> order = new ArrayList<>(singles.size());
        for (int u = 0; u < singles.size(); u++) {
            order.add(u);
        }
        order.sort(java.util.Comparator.<Integer>comparingInt(u -> singles.get(u).mayBeUnplaced() ? 1 : 0)
                .thenComparing(java.util.Comparator.<Integer>comparingInt(
                        u -> singles.get(u).getUnplacedWeight()).reversed()));
        for (int u : order) {
            PlacementRequest single = singles.get(u);
            int inFlow = relaxed.childHomes(single)[0];
            int now = single.getCurrentHome() == null ? -1 : single.getCurrentHome().getIndex();
            int home = free(single, inFlow, room, occupied) ? inFlow
                    : !single.mayBeUnplaced() && free(single, now, room, occupied) ? now : -1;
            if (home >= 0) {
                assignment[u] = home;
                room[home]--;
            }
        }
        return assignment;
    }

    private static boolean free(PlacementRequest single, int home, int[] room, Occupied occupied) {
        return home >= 0 && room[home] > 0 && !SinglesFlow.conflicts(single, occupied.residents.get(home));
    }

    /**
     * A child who must keep a home and found none (every place the rounding left is taken) goes where
     * they live, and the waiting requests there make room: first any the child may not live with,
     * then the least urgent, groups and single children alike (they stay unplaced; the score's
     * hard level comes first). Returns how many waiting requests gave way.
     */
    static int keepRequiredPlaced(List<PlacementRequest> complex, Home[] placedAt, List<PlacementRequest> singles,
            int[] assignment, Occupied occupied) {
        int[] room = occupied.free.clone();
        for (int home : assignment) {
            if (home >= 0) {
                room[home]--;
            }
        }
        int evicted = 0;
        for (int u = 0; u < singles.size(); u++) {
            PlacementRequest child = singles.get(u);
            if (assignment[u] >= 0 || child.mayBeUnplaced() || child.getCurrentHome() == null) {
                continue;
            }
            int home = child.getCurrentHome().getIndex();
            while (true) {
                int victim = -1;
                for (int c = 0; c < complex.size(); c++) {
                    if (placedAt[c] != null && placedAt[c].getIndex() == home && complex.get(c).mayBeUnplaced()
                            && (complex.get(c).conflictsWith(child) || room[home] < 1 && (victim < 0
                            || complex.get(c).getUnplacedWeight() < complex.get(victim).getUnplacedWeight()))) {
                        victim = c;
                        if (complex.get(c).conflictsWith(child)) {
                            break;
                        }
                    }
                }
                if (victim >= 0) {
                    occupied.release(complex.get(victim), placedAt[victim]);
                    room[home] += complex.get(victim).getSize();
                    placedAt[victim] = null;
                    evicted++;
                    continue;
                }
                if (room[home] < 1) {
                    int single = leastUrgentWaiting(singles, assignment, home);
                    if (single < 0) {
                        break; // nobody there may give way: the child stays where they live regardless
                    }
                    assignment[single] = MinCostAssignment.UNPLACED;
                    room[home]++;
                    evicted++;
                    continue;
                }
                break;
            }
            assignment[u] = home;
            room[home]--;
        }
        return evicted;
    }

    private static int leastUrgentWaiting(List<PlacementRequest> singles, int[] assignment, int home) {
        int least = -1;
        for (int u = 0; u < singles.size(); u++) {
            if (assignment[u] == home && singles.get(u).mayBeUnplaced() && (least < 0
                    || singles.get(u).getUnplacedWeight() < singles.get(least).getUnplacedWeight())) {
                least = u;
            }
        }
        return least;
    }
}
