package uk.sufficiency.model.placement;

import uk.sufficiency.model.Word;

/**
 * Every type of placement in the interchange contract, with the facts the engine needs about it:
 * its broad kind, whether the authority provides it itself, and its rank in the statutory
 * preference order (connected > in-house > IFA > residential).
 */
public enum PlacementType implements Word {
    CONNECTED(PlacementKind.FOSTER, true, 0),
    IN_HOUSE_FOSTER(PlacementKind.FOSTER, true, 1),
    IFA_FOSTER(PlacementKind.FOSTER, false, 2),
    PARENT_AND_CHILD(PlacementKind.FOSTER, true, 1),
    RESIDENTIAL_IN_HOUSE(PlacementKind.RESIDENTIAL, true, 3),
    RESIDENTIAL_EXTERNAL(PlacementKind.RESIDENTIAL, false, 3),
    STAYING_PUT(PlacementKind.SUPPORTED, true, 1),
    SUPPORTED_LODGINGS(PlacementKind.SUPPORTED, true, 1),
    SUPPORTED_ACCOMMODATION(PlacementKind.SUPPORTED, false, 2);

    private final PlacementKind kind;
    private final boolean inHouse;
    private final int preferenceRank;

    PlacementType(PlacementKind kind, boolean inHouse, int preferenceRank) {
        this.kind = kind;
        this.inHouse = inHouse;
        this.preferenceRank = preferenceRank;
    }

    public PlacementKind kind() {
        return kind;
    }

    /** Provided by the authority itself (its own carers or homes), not bought from a provider. */
    public boolean isInHouse() {
        return inHouse;
    }

    /** 0 = most preferred (connected carer) to 3 = least (residential). */
    public int preferenceRank() {
        return preferenceRank;
    }

    /** A foster household with a carer skill level 1-6. */
    public boolean isFoster() {
        return kind == PlacementKind.FOSTER;
    }

    /** In-house household whose weekly cost may come from the scenario's fee and allowance tables. */
    public boolean usesFeeTables() {
        return this == CONNECTED || this == IN_HOUSE_FOSTER || this == PARENT_AND_CHILD
                || this == STAYING_PUT || this == SUPPORTED_LODGINGS;
    }
}
