package uk.sufficiency.engine.projection.ehcp.fit;

import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;

/** Fits a rate model on the census years {@code fromYear..originYear} of either kind of input. */
public final class EhcpFitting {

    private EhcpFitting() {
    }

    public static RateModel fit(EhcpInputs inputs, int fromYear, int originYear) {
        return fit(inputs, fromYear, originYear, JoinerTrendCalibration.PANEL);
    }

    /** With another joiner-trend calibration: for the panel backtests that choose {@link JoinerTrendCalibration#PANEL}. */
    public static RateModel fit(EhcpInputs inputs, int fromYear, int originYear, JoinerTrendCalibration calibration) {
        TransitionTally tally = inputs.mode() == EhcpInputs.Mode.TRANSITIONS
                ? TransitionTally.fromTransitions(inputs.transitions(), inputs.space(), fromYear, originYear)
                : TransitionTally.fromCounts(inputs.census(), inputs.space(), inputs.config(), fromYear, originYear);
        RateModelFitter.TrendSpec trend = new RateModelFitter.TrendSpec(inputs.config().joinerTrend(),
                inputs.config().maxJoinerGrowthPerYear(), calibration);
        return RateModelFitter.fit(tally, inputs.population(), inputs.config().priorStrength(), trend, fromYear,
                originYear);
    }
}
