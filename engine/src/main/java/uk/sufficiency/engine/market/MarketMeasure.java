package uk.sufficiency.engine.market;

import java.util.Locale;
import uk.sufficiency.model.placement.PlannerCategory;

/** What the simulation records at every month end of every simulation. Ids are the tables' row keys. */
public enum MarketMeasure {
    PLACED_CONNECTED("children"),
    PLACED_IN_HOUSE_FOSTER("children"),
    PLACED_IFA("children"),
    PLACED_RESIDENTIAL_IN_HOUSE("children"),
    PLACED_RESIDENTIAL_EXTERNAL("children"),
    PLACED_SUPPORTED_IN_HOUSE("children"),
    PLACED_SUPPORTED_EXTERNAL("children"),
    /** Placed (any type) further from the family home than {@code simulation.out_of_county_km}. */
    OUT_OF_COUNTY("children"),
    /** Waiting for a placement at the month end, after the month's matching. */
    WAITING("children"),
    /** Mean whole months waited so far by the children waiting at the month end; 0 when none wait. */
    MEAN_WAIT("months"),
    LONGEST_WAIT("months"),
    IN_CARE("children"),
    ENTERED("children"),
    LEFT_CARE("children"),
    /** Placed children who lost their placement in the month: a breakdown, or their carer left. */
    PLACEMENT_MOVES("children"),
    /** Waiting children placed by the month's matching. */
    PLACED_IN_MONTH("children"),
    /** Weekly cost of the month-end placements at that month's prices. */
    WEEKLY_COST("gbp_per_week"),
    /** The weekly cost for a year: weekly x 365.25 / 7. */
    ANNUAL_COST("gbp_per_year"),
    IN_HOUSE_HOUSEHOLDS("households");

    private final String unit;

    MarketMeasure(String unit) {
        this.unit = unit;
    }

    /** The row key: {@code placed_ifa}, {@code waiting}, {@code weekly_cost}. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String unit() {
        return unit;
    }

    /** The measure counting children placed in a planner category. */
    public static MarketMeasure placed(PlannerCategory category) {
        return valueOf("PLACED_" + category.name());
    }

    /** Measures by level, index 1-6: what each carer skill level holds and is used for. */
    public enum ByLevel {
        /** Usable places of in-house foster households at the level. */
        IN_HOUSE_PLACES("places"),
        /** Children placed with in-house foster households at the level. */
        PLACED_IN_HOUSE("children"),
        /** Children placed with agency (IFA) carers at the level. */
        PLACED_IFA("children");

        private final String unit;

        ByLevel(String unit) {
            this.unit = unit;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public String unit() {
            return unit;
        }
    }
}
