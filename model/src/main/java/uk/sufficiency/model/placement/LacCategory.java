package uk.sufficiency.model.placement;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import uk.sufficiency.model.Word;

/**
 * The placement categories the looked-after children projection counts children in, by id as
 * written in files ({@code in_house_foster}, {@code ifa_foster}, ...): the categories a SSDA903
 * PLACE x PLACE_PROVIDER pair maps to by default. {@link #OTHER} holds placements outside the
 * authority's sufficiency duty (adoption, placed with parents, health, custody), so no placement
 * type belongs to it.
 */
public enum LacCategory implements Word {
    IN_HOUSE_FOSTER("In-house fostering"),
    IFA_FOSTER("IFA fostering"),
    CONNECTED("Connected (kinship) care"),
    RESIDENTIAL_IN_HOUSE("Residential (in-house)"),
    RESIDENTIAL_EXTERNAL("Residential (external)"),
    SUPPORTED("Supported accommodation (16+)"),
    OTHER("Other");

    private final String label;

    LacCategory(String label) {
        this.label = label;
    }

    /** How reports name the category. */
    public String label() {
        return label;
    }

    /** The id as written in files and in the projection's outputs. */
    public String id() {
        return word();
    }

    public static Optional<LacCategory> byId(String id) {
        return Word.parse(LacCategory.class, id);
    }

    /** The placement types in this category, in declaration order (none for {@link #OTHER}). */
    public List<PlacementType> types() {
        return Arrays.stream(PlacementType.values()).filter(t -> t.lacCategory() == this).toList();
    }

    /**
     * The type whose unit cost prices a child in this category, or empty for {@link #OTHER}
     * (no sufficiency cost): supported at external supported accommodation's cost, the 16+ provision
     * most 903 supported codes (H5, P2) record; the rest at their own type.
     */
    public Optional<PlacementType> pricedAs() {
        return Optional.ofNullable(switch (this) {
            case IN_HOUSE_FOSTER -> PlacementType.IN_HOUSE_FOSTER;
            case IFA_FOSTER -> PlacementType.IFA_FOSTER;
            case CONNECTED -> PlacementType.CONNECTED;
            case RESIDENTIAL_IN_HOUSE -> PlacementType.RESIDENTIAL_IN_HOUSE;
            case RESIDENTIAL_EXTERNAL -> PlacementType.RESIDENTIAL_EXTERNAL;
            case SUPPORTED -> PlacementType.SUPPORTED_ACCOMMODATION;
            case OTHER -> null;
        });
    }
}
