package uk.sufficiency.engine.matching.domain;

import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.domain.lookup.PlanningId;
import uk.sufficiency.model.placement.Placement;

/**
 * A placement (carer household or provider resource) as the solver sees it: the value a
 * {@link PlacementRequest} is assigned to. A problem fact, shared (not cloned) between solutions.
 *
 * <p>{@link #workingOccupants()} is kept up to date by {@link OccupancyListener} for the solver's
 * working solution only, so moves can find whom to move out of a full home without scanning every
 * request. Reports must not read it; they count occupants from the solution itself.
 */
public final class Home {

    @PlanningId
    private final String id;
    private final int index;
    private final Placement placement;
    private final List<PlacementRequest> workingOccupants = new ArrayList<>(4);

    public Home(int index, Placement placement) {
        this.id = placement.placementId();
        this.index = index;
        this.placement = placement;
    }

    public String getId() {
        return id;
    }

    /** Position in the solution's home list: a stable, dense key for arrays. */
    public int getIndex() {
        return index;
    }

    public Placement getPlacement() {
        return placement;
    }

    /** Approved number of children. */
    public int getPlaces() {
        return placement.places();
    }

    /** Requests placed here in the solver's working solution (see class comment). */
    public List<PlacementRequest> workingOccupants() {
        return workingOccupants;
    }

    /** Children placed here in the solver's working solution. */
    public int workingLoad() {
        int load = 0;
        for (PlacementRequest request : workingOccupants) {
            load += request.getSize();
        }
        return load;
    }

    @Override
    public String toString() {
        return id;
    }
}
