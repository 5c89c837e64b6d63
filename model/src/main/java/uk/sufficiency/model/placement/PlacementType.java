package uk.sufficiency.model.placement;

import java.util.OptionalDouble;
import uk.sufficiency.model.Word;

/**
 * Every type of placement in the interchange contract, with every fact the engine needs about it,
 * so adding a type is one constant here plus its data: its planner category (which gives its broad
 * kind and whether the authority provides it itself), its category in the looked-after children
 * projection, its rank in the statutory preference order (connected > in-house > IFA > residential)
 * and how it is priced (with its default price). Its cost key is the type itself: {@code unit_costs.weekly_gbp.<word>},
 * priced by {@link uk.sufficiency.model.cost.UnitCosts}.
 */
public enum PlacementType implements Word {
    CONNECTED(PlannerCategory.CONNECTED, LacCategory.CONNECTED, 0, Pricing.FEE_TABLES),
    IN_HOUSE_FOSTER(PlannerCategory.IN_HOUSE_FOSTER, LacCategory.IN_HOUSE_FOSTER, 1, Pricing.FEE_TABLES),
    /** Default price: the midpoint of the external £520-£989 a week (DOMAIN.md s1, 004 L451). */
    IFA_FOSTER(PlannerCategory.IFA, LacCategory.IFA_FOSTER, 2, Pricing.stated((520.0 + 989.0) / 2.0)),
    PARENT_AND_CHILD(PlannerCategory.IN_HOUSE_FOSTER, LacCategory.IN_HOUSE_FOSTER, 1, Pricing.FEE_TABLES),
    /** Default price: the external top, £989 a week (assumption). */
    RESIDENTIAL_IN_HOUSE(PlannerCategory.RESIDENTIAL_IN_HOUSE, LacCategory.RESIDENTIAL_IN_HOUSE, 3, Pricing.stated(989.0)),
    /** Default price: the top of the external £520-£989 a week (004 L451). */
    RESIDENTIAL_EXTERNAL(PlannerCategory.RESIDENTIAL_EXTERNAL, LacCategory.RESIDENTIAL_EXTERNAL, 3, Pricing.stated(989.0)),
    STAYING_PUT(PlannerCategory.SUPPORTED_IN_HOUSE, LacCategory.SUPPORTED, 1, Pricing.FEE_TABLES),
    SUPPORTED_LODGINGS(PlannerCategory.SUPPORTED_IN_HOUSE, LacCategory.SUPPORTED, 1, Pricing.FEE_TABLES),
    /** Default price: the 16+ supported accommodation average, £257 a week (004 L449). */
    SUPPORTED_ACCOMMODATION(PlannerCategory.SUPPORTED_EXTERNAL, LacCategory.SUPPORTED, 2, Pricing.stated(257.0));

    /**
     * How a placement of a type is priced when its row states no weekly cost: the authority's own
     * carer by the fee tables (skill fee by level plus allowance by the child's age), or a bought or
     * staffed place at the scenario's unit cost, else this documented default (GBP per child per week).
     */
    private record Pricing(boolean feeTables, double defaultWeeklyGbp) {
        static final Pricing FEE_TABLES = new Pricing(true, Double.NaN);

        static Pricing stated(double defaultWeeklyGbp) {
            return new Pricing(false, defaultWeeklyGbp);
        }
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
        return pricing.feeTables();
    }

    /**
     * The documented price (GBP per child per week) of a bought or staffed place when the scenario
     * neither prices the type nor holds one; empty for fee-table types (docs/methods/costs.md).
     */
    public OptionalDouble defaultWeeklyGbp() {
        return pricing.feeTables() ? OptionalDouble.empty() : OptionalDouble.of(pricing.defaultWeeklyGbp());
    }
}
