package uk.sufficiency.engine.matching.solver;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.HomeRange;
import uk.sufficiency.engine.matching.domain.PlacementRequest;

/**
 * A part of the working solution freed to be solved again at once ({@link NeighbourhoodSearch}): a
 * seed request left unplaced, the homes it could take that are closest in its own points (each with
 * room for it beside the children pinned there, and none of them it may not live with), then breadth
 * first from the requests placed in them: each one's closest home with a free place for it (where a
 * chain of moves can end) and its closest other home (where one can go on); every movable request
 * placed in those homes, and the waiting requests left unplaced that are eligible in one of them (the most
 * urgent first). Requests inside may go to any of the homes they are eligible for, or out (if
 * waiting); everything outside stays where it is.
 *
 * @param homes    the homes, closest to the seed first
 * @param requests the requests freed: the seed first, then the residents, then the unplaced ones
 */
record Neighbourhood(List<Home> homes, List<PlacementRequest> requests) {

    /** How large a neighbourhood grows: homes for the seed, homes in all, unplaced requests added. */
    record Reach(int seedHomes, int homes, int unplaced) {
    }

    private static void residents(Home home, Set<PlacementRequest> requests, ArrayDeque<PlacementRequest> queue) {
        for (PlacementRequest resident : home.workingOccupants()) {
            if (!resident.isPinned() && requests.add(resident)) {
                queue.add(resident);
            }
        }
    }

    static Neighbourhood around(PlacementRequest seed, Reach reach, List<List<PlacementRequest>> waitingByHome) {
        Set<Home> homes = new LinkedHashSet<>();
        for (Home home : closest(seed, h -> roomBesidePinned(seed, h))) {
            if (homes.size() >= reach.seedHomes()) {
                break;
            }
            homes.add(home);
        }
        if (homes.isEmpty()) {
            return new Neighbourhood(List.of(), List.of(seed));
        }
        Set<PlacementRequest> requests = new LinkedHashSet<>();
        requests.add(seed);
        ArrayDeque<PlacementRequest> queue = new ArrayDeque<>();
        for (Home home : homes) {
            residents(home, requests, queue);
        }
        // Breadth first from the seed's homes: each resident's closest home with room for it (where a
        // chain can end), then its closest other home (where a chain can go on), their residents next.
        while (!queue.isEmpty() && homes.size() < reach.homes()) {
            PlacementRequest resident = queue.poll();
            List<Home> next = closest(resident, h -> !homes.contains(h) && roomBesidePinned(resident, h));
            Home free = null;
            for (Home home : next) {
                if (home.getPlaces() - home.workingLoad() >= resident.getSize()) {
                    free = home;
                    break;
                }
            }
            if (free != null && homes.size() < reach.homes()) {
                homes.add(free);
                residents(free, requests, queue);
            }
            for (Home home : next) {
                if (home != free && homes.size() < reach.homes()) {
                    homes.add(home);
                    residents(home, requests, queue);
                    break;
                }
            }
        }
        requests.addAll(unplacedAround(homes, reach.unplaced(), waitingByHome, requests));
        return new Neighbourhood(List.copyOf(homes), List.copyOf(requests));
    }

    /** The most urgent waiting requests left unplaced that are eligible in one of the homes. */
    private static List<PlacementRequest> unplacedAround(Set<Home> homes, int most,
            List<List<PlacementRequest>> waitingByHome, Set<PlacementRequest> already) {
        Set<PlacementRequest> found = new LinkedHashSet<>();
        for (Home home : homes) {
            for (PlacementRequest request : waitingByHome.get(home.getIndex())) {
                if (request.getHome() == null && !already.contains(request)) {
                    found.add(request);
                }
            }
        }
        List<PlacementRequest> sorted = new ArrayList<>(found);
        sorted.sort(Comparator.comparingInt(PlacementRequest::getUnplacedWeight).reversed()
                .thenComparing(PlacementRequest::getId));
        return sorted.subList(0, Math.min(most, sorted.size()));
    }

    /** The request's eligible homes passing the test, fewest own points first (ties by index). */
    static List<Home> closest(PlacementRequest request, Predicate<Home> test) {
        HomeRange range = request.getEligibleHomes();
        List<long[]> found = new ArrayList<>();
        for (int i = 0; i < range.size(); i++) {
            Home home = range.at(i);
            if (test.test(home)) {
                found.add(new long[] {request.getCosts().totalPoints(request, home), home.getIndex(), i});
            }
        }
        found.sort(Comparator.<long[]>comparingLong(f -> f[0]).thenComparingLong(f -> f[1]));
        List<Home> homes = new ArrayList<>(found.size());
        for (long[] f : found) {
            homes.add(range.at((int) f[2]));
        }
        return homes;
    }

    /** Room for the request beside the pinned children, none of whom it may not live with. */
    static boolean roomBesidePinned(PlacementRequest request, Home home) {
        int pinned = 0;
        for (PlacementRequest resident : home.workingOccupants()) {
            if (resident.isPinned()) {
                pinned += resident.getSize();
                if (resident.conflictsWith(request)) {
                    return false;
                }
            }
        }
        return home.getPlaces() - pinned >= request.getSize();
    }
}
