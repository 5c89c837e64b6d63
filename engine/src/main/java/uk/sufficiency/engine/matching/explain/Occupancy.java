package uk.sufficiency.engine.matching.explain;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;

/** Who lives where in a (final) solution, counted from the solution itself. */
public final class Occupancy {

    private final List<List<PlacementRequest>> residents;

    public Occupancy(MatchingSolution solution) {
        residents = new ArrayList<>(solution.getHomes().size());
        for (int h = 0; h < solution.getHomes().size(); h++) {
            residents.add(new ArrayList<>(2));
        }
        for (PlacementRequest request : solution.getRequests()) {
            if (request.getHome() != null) {
                residents.get(request.getHome().getIndex()).add(request);
            }
        }
    }

    public List<PlacementRequest> residents(Home home) {
        return residents.get(home.getIndex());
    }

    public int load(Home home) {
        int load = 0;
        for (PlacementRequest resident : residents(home)) {
            load += resident.getSize();
        }
        return load;
    }

    /** Residents (other than the request itself) it may not live with. */
    public List<PlacementRequest> conflicts(PlacementRequest request, Home home) {
        List<PlacementRequest> conflicts = new ArrayList<>();
        for (PlacementRequest resident : residents(home)) {
            if (resident != request && resident.conflictsWith(request)) {
                conflicts.add(resident);
            }
        }
        return conflicts;
    }

    /** Free places for this request, not counting itself if it already lives there. */
    public int freePlacesFor(PlacementRequest request, Home home) {
        int load = load(home) - (request.getHome() == home ? request.getSize() : 0);
        return home.getPlaces() - load;
    }
}
