package uk.sufficiency.engine.matching.solver;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.PlacementRequest;

/**
 * The construction's working picture of who holds which places: free places per home (for the
 * requests not yet placed) and the requests living there (for living-with rules).
 */
final class Occupied {

    final int[] free;
    final List<List<PlacementRequest>> residents;

    Occupied(List<Home> homes) {
        free = new int[homes.size()];
        residents = new ArrayList<>(homes.size());
        for (Home home : homes) {
            free[home.getIndex()] = home.getPlaces();
            residents.add(new ArrayList<>(2));
        }
    }

    void take(PlacementRequest request, Home home) {
        if (home != null) {
            free[home.getIndex()] -= request.getSize();
            residents.get(home.getIndex()).add(request);
        }
    }

    void release(PlacementRequest request, Home home) {
        if (home != null) {
            free[home.getIndex()] += request.getSize();
            residents.get(home.getIndex()).remove(request);
        }
    }

    /** Room for the whole request, and nobody there it may not live with. */
    boolean fits(PlacementRequest request, Home home) {
        return free[home.getIndex()] >= request.getSize()
                && !SinglesFlow.conflicts(request, residents.get(home.getIndex()));
    }

    List<PlacementRequest> residents(Home home) {
        return residents.get(home.getIndex());
    }

    int free(Home home) {
        return free[home.getIndex()];
    }
}
