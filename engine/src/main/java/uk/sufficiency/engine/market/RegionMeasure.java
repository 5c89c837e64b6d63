package uk.sufficiency.engine.market;

import java.util.Locale;

/** What a region's simulation records beyond each member's {@link MarketMeasure}s, at every month end. */
public enum RegionMeasure {
    /** The member's children living in another member's placement. */
    PLACED_IN_OTHER_COUNCIL("children"),
    /** What the pooling charge adds to the host councils' prices for them (in the weekly cost). */
    CHARGES_WEEKLY("gbp_per_week");

    private final String unit;

    RegionMeasure(String unit) {
        this.unit = unit;
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    public String unit() {
        return unit;
    }
}
