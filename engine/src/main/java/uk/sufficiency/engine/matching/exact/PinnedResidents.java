package uk.sufficiency.engine.matching.exact;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;

/**
 * What the pinned (permanent) children leave of each home, as both bounds see it: the places free
 * beside them (never below zero) and who they are, since a sibling group or a child with a
 * living_with rule may only go where there is room beside them and nobody it may not live with
 * (decision 0077).
 *
 * @param freePlaces places left in each home (by home index) once its pinned children are in
 * @param byHome     the pinned requests living in each home (by home index); shared empty lists
 */
record PinnedResidents(int[] freePlaces, List<List<PlacementRequest>> byHome) {

    static PinnedResidents of(MatchingSolution problem) {
        List<Home> homes = problem.getHomes();
        int[] free = new int[homes.size()];
        for (Home home : homes) {
            free[home.getIndex()] = home.getPlaces();
        }
        List<List<PlacementRequest>> byHome = new ArrayList<>(Collections.nCopies(homes.size(), List.of()));
        for (PlacementRequest request : problem.getRequests()) {
            if (request.isPinned() && request.getHome() != null) {
                int h = request.getHome().getIndex();
                free[h] -= request.getSize();
                if (byHome.get(h).isEmpty()) {
                    byHome.set(h, new ArrayList<>(2));
                }
                byHome.get(h).add(request);
            }
        }
        for (int h = 0; h < free.length; h++) {
            free[h] = Math.max(0, free[h]);
        }
        return new PinnedResidents(free, byHome);
    }
}
