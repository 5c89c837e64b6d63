package uk.sufficiency.engine.planning.settings;

/**
 * Where the plan's demand comes from ({@code plan.demand}).
 *
 * @param source        {@link #TREND} (the scenario's children grown by a trend) or
 *                      {@link #LAC_PROJECTION} (the looked-after children projection of the same run)
 * @param growthPerYear mean yearly growth of the trend
 * @param growthSd      spread of the trend's growth between simulations
 * @param dispersion    negative binomial k of the yearly counts (0 = Poisson)
 */
public record DemandSettings(String source, double growthPerYear, double growthSd, double dispersion) {

    public static final String TREND = "trend";
    public static final String LAC_PROJECTION = "lac_projection";

    /** Leicestershire looked-after children 470 (31 Mar 2015) and 584 (31 Mar 2019): DOMAIN.md section 1. */
    static final double DEFAULT_GROWTH = Math.pow(584.0 / 470.0, 1.0 / 4.0) - 1.0;
    /** Spread of the two 2-year growth rates 470->510 (2015-17) and 510->584 (2017-19), DOMAIN.md. */
    static final double DEFAULT_GROWTH_SD = 0.02;

    public boolean fromLacProjection() {
        return LAC_PROJECTION.equals(source);
    }

    static DemandSettings read(PlanSection.Demand d, SectionReading in) {
        String source = in.section().valueOrDefault(d.source(), "/demand/source", TREND, "",
                "default: trend from the current children", in.assumptions());
        if (!TREND.equals(source) && !LAC_PROJECTION.equals(source)) {
            in.error("/demand/source", source, "demand source must be trend or lac_projection");
        }
        double growth = in.number(d.growthPerYear(), "/demand/growth_per_year", -0.5, 1.0, "a yearly growth rate",
                DEFAULT_GROWTH, "share per year",
                "DOMAIN.md s1: looked-after children 470 (2015) to 584 (2019), (584/470)^(1/4)-1");
        double sd = in.number(d.growthSd(), "/demand/growth_sd", 0, 1, "a standard deviation of growth",
                DEFAULT_GROWTH_SD, "share per year",
                "DOMAIN.md s1: spread of 2-year growth 470->510 (2015-17, 4.2%/yr) and 510->584 (2017-19, 7.0%/yr)");
        double dispersion = in.number(d.dispersion(), "/demand/dispersion", 0, 1e6, "a negative binomial k", 0,
                "negative binomial k", "assumption: 0 = Poisson count noise (set k > 0 for negative binomial)");
        return new DemandSettings(source, growth, sd, dispersion);
    }
}
