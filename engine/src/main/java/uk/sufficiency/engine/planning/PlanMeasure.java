package uk.sufficiency.engine.planning;

import uk.sufficiency.engine.planning.settings.PlanGoal;

/** The figures reported per scenario, year and level, with their units. */
public enum PlanMeasure {
    DEMAND("demand_children", "children"),
    USABLE_PLACES("usable_places", "places"),
    PLACED_IN_HOUSE("placed_in_house_children", "children"),
    GAP("sufficiency_gap_children", "children"),
    EXTERNAL("placed_externally_children", "children"),
    IN_HOUSE_SHARE("in_house_share", "share"),
    WEEKLY_COST("weekly_cost_gbp", "GBP per week"),
    EXTERNAL_WEEKLY_COST("external_weekly_cost_gbp", "GBP per week"),
    ANNUAL_COST("annual_cost_gbp", "GBP per year"),
    EXTERNAL_ANNUAL_COST("external_annual_cost_gbp", "GBP per year");

    private final String column;
    private final String unit;

    PlanMeasure(String column, String unit) {
        this.column = column;
        this.unit = unit;
    }

    public String column() {
        return column;
    }

    public String unit() {
        return unit;
    }

    /** The measure a goal on {@code metric} is read from. */
    public static PlanMeasure of(PlanGoal.Metric metric) {
        return switch (metric) {
            case IN_HOUSE_SHARE -> IN_HOUSE_SHARE;
            case EXTERNAL_SPEND -> EXTERNAL_ANNUAL_COST;
            case GAP -> GAP;
        };
    }
}
