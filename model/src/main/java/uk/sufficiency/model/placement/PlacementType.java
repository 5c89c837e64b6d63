package uk.sufficiency.model.placement;

import uk.sufficiency.model.Word;

/**
 * Every type of placement in the interchange contract, with every fact the engine needs about it,
 * so adding a type is one constant here plus its data: its planner category (which gives its broad
 * kind and whether the authority provides it itself), its category in the looked-after children
 * projection, its rank in the statutory preference order (connected > in-house > IFA > residential)
 * and how it is priced. Its cost key is the type itself: {@code unit_costs.weekly_gbp.<word>},
 * priced by {@link uk.sufficiency.model.cost.UnitCosts}.
 */
public enum PlacementType implements Word {
    CONNECTED(PlannerCategory.CONNECTED, LacCategory.CONNECTED, 0, Pricing.FEE_TABLES),
    IN_HOUSE_FOSTER(PlannerCategory.IN_HOUSE_FOSTER, LacCategory.IN_HOUSE_FOSTER, 1, Pricing.FEE_TABLES),
    IFA_FOSTER(PlannerCategory.IFA, LacCategory.IFA_FOSTER, 2, Pricing.STATED),
    PARENT_AND_CHILD(PlannerCategory.IN_HOUSE_FOSTER, LacCategory.IN_HOUSE_FOSTER, 1, Pricing.FEE_TABLES),
    RESIDENTIAL_IN_HOUSE(PlannerCategory.RESIDENTIAL_IN_HOUSE, LacCategory.RESIDENTIAL_IN_HOUSE, 3, Pricing.STATED),
    RESIDENTIAL_EXTERNAL(PlannerCategory.RESIDENTIAL_EXTERNAL, LacCategory.RESIDENTIAL_EXTERNAL, 3, Pricing.STATED),
    STAYING_PUT(PlannerCategory.SUPPORTED_IN_HOUSE, LacCategory.SUPPORTED, 1, Pricing.FEE_TABLES),
    SUPPORTED_LODGINGS(PlannerCategory.SUPPORTED_IN_HOUSE, LacCategory.SUPPORTED, 1, Pricing.FEE_TABLES),
    SUPPORTED_ACCOMMODATION(PlannerCategory.SUPPORTED_EXTERNAL, LacCategory.SUPPORTED, 2, Pricing.STATED);

    /** How a placement of a type is priced when its row states no weekly cost. */
    private enum Pricing {
        /** The authority's own carer: skill fee by level plus allowance by the child's age. */
        FEE_TABLES,
        /** A bought or staffed place: its stated weekly cost, else the scenario's unit cost. */
        STATED
    }

    private final PlannerCategory plannerCategory;
    private final LacCategory lacCategory;
    private final int preferenceRank;
    private final Pricing pricing;

    PlacementType(PlannerCategory plannerCategory, LacCategory lacCategory, int preferenceRank, Pricing pricing) {
        this.plannerCategory = plannerCategory;
        this.lacCategory = lacCategory;
        this.preferenceRank = preferenceRank;
        this.pricing = pricing;
    }

    public PlacementKind kind() {
        return plannerCategory.kind();
    }

    /** The group the sufficiency planner counts this type's places in. */
    public PlannerCategory plannerCategory() {
        return plannerCategory;
    }

    /** The category the looked-after children projection counts a child in this type in. */
    public LacCategory lacCategory() {
        return lacCategory;
    }

    /** The key that prices this type: {@code unit_costs.weekly_gbp.<costKey>} in scenario.yaml. */
    public String costKey() {
        return word();
    }

    /** Provided by the authority itself (its own carers or homes), not bought from a provider. */
    public boolean isInHouse() {
        return plannerCategory.isInHouse();
    }

    /** 0 = most preferred (connected carer) to 3 = least (residential). */
    public int preferenceRank() {
        return preferenceRank;
    }

    /** A foster household with a carer skill level. */
    public boolean isFoster() {
        return kind() == PlacementKind.FOSTER;
    }

    /** In-house household whose weekly cost may come from the scenario's fee and allowance tables. */
    public boolean usesFeeTables() {
        return pricing == Pricing.FEE_TABLES;
    }
}
