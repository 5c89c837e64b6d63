package uk.sufficiency.engine.market;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.model.placement.ContractKind;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementType;

/**
 * One placement inside one simulation, with the children living there. The placement record is
 * replaced when the carer is trained up a level; in-house carers age a year every 12 months.
 * Mutable for the same reason as {@link SimChild}.
 */
final class SimHome {

    Placement placement;
    final List<SimChild> occupants = new ArrayList<>(2);
    /** Main carer's age in years (in-house foster households; the supply model's retirement), or 0. */
    int carerAgeYears;
    /** Places left by a placement that broke down this month: not offered again until next month. */
    int heldPlaces;
    /** A connected carer whose one child has left them: the approval has ended. */
    boolean closed;

    SimHome(Placement placement, int carerAgeYears) {
        this.placement = placement;
        this.carerAgeYears = carerAgeYears;
    }

    String id() {
        return placement.placementId();
    }

    PlacementType type() {
        return placement.type();
    }

    int freePlaces() {
        return placement.places() - occupants.size() - heldPlaces;
    }

    /** A child moved out after a breakdown: the place is not offered to anyone (them included) this month. */
    void breakdown(SimChild child) {
        occupants.remove(child);
        heldPlaces++;
        closed |= child.id().equals(placement.linkedChildId());
    }

    /** An in-house foster household: recruited, ageing, deregistering and trained by the supply model. */
    boolean isSupplyHousehold() {
        return type() == PlacementType.IN_HOUSE_FOSTER || type() == PlacementType.PARENT_AND_CHILD;
    }

    /**
     * A place bought for a child (agency foster, external residential, supported accommodation) that
     * goes back to the market when empty, unless block-contracted (paid for whether used or not).
     */
    boolean releasedWhenEmpty() {
        return !type().isInHouse() && placement.contract() != ContractKind.BLOCK;
    }
}
