package uk.sufficiency.engine.matching.explain;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;

/** Who lives where in a (final) solution, counted from the solution itself. */
public final class Occupancy {

    private final List<List<PlacementRequest>> residents;
    /** Children per home, counted once. */
    private final int[] load;
    /** Homes where someone with a living-with rule lives: elsewhere only a request with one can conflict. */
    private final boolean[] ruledResident;

    public Occupancy(MatchingSolution solution) {
        residents = new ArrayList<>(solution.getHomes().size());
        for (int h = 0; h < solution.getHomes().size(); h++) {
            residents.add(new ArrayList<>(2));
        }
        load = new int[solution.getHomes().size()];
        ruledResident = new boolean[load.length];
        for (PlacementRequest request : solution.getRequests()) {
            if (request.getHome() != null) {
                residents.get(request.getHome().getIndex()).add(request);
                load[request.getHome().getIndex()] += request.getSize();
                ruledResident[request.getHome().getIndex()] |= request.hasLivingWithRule();
            }
        }
    }

    public List<PlacementRequest> residents(Home home) {
        return residents.get(home.getIndex());
    }

    public int load(Home home) {
        return load[home.getIndex()];
    }

    /** Residents (other than the request itself) it may not live with. */
    public List<PlacementRequest> conflicts(PlacementRequest request, Home home) {
        List<PlacementRequest> there = residents(home);
        if (there.isEmpty() || !ruledResident[home.getIndex()] && !request.hasLivingWithRule()) {
            return List.of();
        }
        List<PlacementRequest> conflicts = new ArrayList<>();
        for (PlacementRequest resident : there) {
            if (resident != request && resident.conflictsWith(request)) {
                conflicts.add(resident);
            }
        }
        return conflicts;
    }

    /** Free places for this request, not counting itself if it already lives there. */
    public int freePlacesFor(PlacementRequest request, Home home) {
        int others = load(home) - (request.getHome() == home ? request.getSize() : 0);
        return home.getPlaces() - others;
    }
}
