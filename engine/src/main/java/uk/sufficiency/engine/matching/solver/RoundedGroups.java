package uk.sufficiency.engine.matching.solver;

import java.util.ArrayList;
import java.util.List;
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
 *       prices), else to the priced fit over the places no child placed now holds, else stays
 *       unplaced;</li>
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
    /** Per home, the places single children placed there now take. */
    private final int[] singlesPlaces;

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
        this.singlesPlaces = new int[homes.size()];
        for (PlacementRequest single : singles) {
            if (single.isPlacedNow() && single.getCurrentHome() != null) {
                singlesPlaces[single.getCurrentHome().getIndex()]++;
            }
        }
    }

    /** Where each complex request (in the caller's order) starts, or null for unplaced; fills {@code occupied}. */
    Home[] place(List<PlacementRequest> complex) {
        Home[] placedAt = new Home[complex.size()];
        List<Integer> rest = new ArrayList<>();
        for (int c = 0; c < complex.size(); c++) {
            PlacementRequest request = complex.get(c);
            Home whole = wholeHome(relaxed.childHomes(request));
            if (whole != null && fits(request, whole)) {
                placedAt[c] = whole;
                occupied.take(request, whole);
            } else {
                rest.add(c);
            }
        }
        for (int c : rest) {
            PlacementRequest request = complex.get(c);
            placedAt[c] = rounded(request);
            occupied.take(request, placedAt[c]);
        }
        for (int c : rest) {
            if (placedAt[c] == null && !complex.get(c).mayBeUnplaced()) {
                makeRoomWhereItLives(complex, placedAt, c, 0);
            }
        }
        return placedAt;
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
            Home elsewhere = pricedFit(request, false);
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
        return best != null ? best : pricedFit(request, true);
    }

    /**
     * As {@link FlowConstruction#pricedFit}; with {@code besideSinglesPlacedNow}, in the places the
     * single children living there now leave free (the flow's assignment does not vouch for this
     * home, so they keep their places).
     */
    private Home pricedFit(PlacementRequest request, boolean besideSinglesPlacedNow) {
        Home best = null;
        long bestCost = request.mayBeUnplaced() ? relaxed.unplacedCost(request) : Long.MAX_VALUE;
        var range = request.getEligibleHomes();
        for (int i = 0; i < range.size(); i++) {
            Home home = range.at(i);
            int room = occupied.free(home) - (besideSinglesPlacedNow ? singlesPlaces[home.getIndex()] : 0);
            if (room >= request.getSize() && fits(request, home)) {
                long cost = priced(request, home);
                if (cost < bestCost) {
                    best = home;
                    bestCost = cost;
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
