package uk.sufficiency.model.placement;

import java.util.Arrays;
import java.util.List;
import uk.sufficiency.model.Word;

/**
 * The groups the sufficiency planner sets supply against demand in: the authority's own foster
 * carers (by skill level, the supply it can recruit), the places it buys from agencies, and its own
 * and bought residential and supported places. Connected (family and friends) carers are approved
 * for one named child, so they neither add to nor draw on general supply.
 */
public enum PlannerCategory implements Word {
    CONNECTED(PlacementKind.FOSTER, true),
    IN_HOUSE_FOSTER(PlacementKind.FOSTER, true),
    IFA(PlacementKind.FOSTER, false),
    RESIDENTIAL_IN_HOUSE(PlacementKind.RESIDENTIAL, true),
    RESIDENTIAL_EXTERNAL(PlacementKind.RESIDENTIAL, false),
    SUPPORTED_IN_HOUSE(PlacementKind.SUPPORTED, true),
    SUPPORTED_EXTERNAL(PlacementKind.SUPPORTED, false);

    private final PlacementKind kind;
    private final boolean inHouse;

    PlannerCategory(PlacementKind kind, boolean inHouse) {
        this.kind = kind;
        this.inHouse = inHouse;
    }

    public PlacementKind kind() {
        return kind;
    }

    /** Provided by the authority itself rather than bought from a provider. */
    public boolean isInHouse() {
        return inHouse;
    }

    /** The placement types in this category, in declaration order. */
    public List<PlacementType> types() {
        return Arrays.stream(PlacementType.values()).filter(t -> t.plannerCategory() == this).toList();
    }

    /**
     * The type whose unit cost ({@code unit_costs.weekly_gbp.<type>}) prices a place in this category
     * when no placement is named: in-house supported places at supported lodgings' cost (the common
     * in-house supported type), the rest at their own type.
     */
    public PlacementType pricedAs() {
        return switch (this) {
            case CONNECTED -> PlacementType.CONNECTED;
            case IN_HOUSE_FOSTER -> PlacementType.IN_HOUSE_FOSTER;
            case IFA -> PlacementType.IFA_FOSTER;
            case RESIDENTIAL_IN_HOUSE -> PlacementType.RESIDENTIAL_IN_HOUSE;
            case RESIDENTIAL_EXTERNAL -> PlacementType.RESIDENTIAL_EXTERNAL;
            case SUPPORTED_IN_HOUSE -> PlacementType.SUPPORTED_LODGINGS;
            case SUPPORTED_EXTERNAL -> PlacementType.SUPPORTED_ACCOMMODATION;
        };
    }
}
