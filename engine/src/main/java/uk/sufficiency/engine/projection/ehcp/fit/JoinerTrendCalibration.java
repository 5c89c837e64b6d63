package uk.sufficiency.engine.projection.ehcp.fit;

import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings.JoinerTrend;

/**
 * The joiner-trend settings chosen by rolling-origin backtests pooled over the 148 English
 * authorities' EHCP counts of January 2010-2019 (decisions 0045 and 0046; the panel run is in
 * docs/BENCHMARKS.md), never on one authority's series.
 *
 * @param autoForm the form {@code joiner_trend: auto} stands for
 * @param priorSd  typical yearly deviation of ln(joiner rate) from its trend across the panel
 * @param priorDf  how many years of data that prior weighs as
 * @param damping  phi of the damped forms: the share of last year's trend change that carries on
 * @param slopeSd  how far an authority's coming trend may differ from its fitted one (sd of the yearly
 *                 change, on the fitted scale): across the panel, trends did not hold, and this is
 *                 the part of the error that the series' own residuals cannot show
 */
public record JoinerTrendCalibration(JoinerTrend autoForm, double priorSd, double priorDf, double damping,
        double slopeSd) {

    /** The panel's choice. */
    public static final JoinerTrendCalibration PANEL = new JoinerTrendCalibration(JoinerTrend.LOG_LINEAR, 0.15, 4.0, 0.8, 0.07);

    /** The form to fit: {@code auto} resolved to the panel's choice. */
    public JoinerTrend resolve(JoinerTrend form) {
        return form == null || form == JoinerTrend.AUTO ? autoForm : form;
    }
}
