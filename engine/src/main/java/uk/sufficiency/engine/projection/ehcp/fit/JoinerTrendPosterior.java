package uk.sufficiency.engine.projection.ehcp.fit;

import org.apache.commons.math3.distribution.ChiSquaredDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings.JoinerTrend;

/**
 * The all-ages joiner rate (joiners per head of population) over the arrival years, fitted as a
 * trend of the chosen form, with its uncertainty as a posterior each simulation draws from once.
 *
 * <p>Fit: least squares of {@code x_y} on the year, {@code x = rate} (linear, damped) or
 * {@code ln rate} (log-linear, log-damped); the constant form fits the mean of the last
 * {@link #CONSTANT_YEARS} years. Posterior (normal-inverse-gamma with the panel's prior on the
 * residual variance): {@code sigma^2 = (nu0 s0^2 + SSE) / chi^2(nu0 + n - p)}, then
 * {@code (a, b) ~ Normal((a_hat, b_hat), sigma^2 (X'X)^-1)}, and the slope moves on by
 * {@code Normal(0, slopeSd)} more (the trend itself may change: the panel says so). A path from the last fitted year
 * {@code y_L}: {@code level = a + b (y_L - y_mean)}; each year ahead adds {@code b} (linear forms)
 * or {@code b phi^h} (damped forms), the yearly change bounded by {@code maxGrowth}; each year's
 * rate then deviates from the trend by {@code exp(e)}, {@code e ~ Normal(0, sigma)} (log forms;
 * the same relative deviation for linear forms).
 *
 * @param form        the trend form
 * @param years       arrival years fitted
 * @param values      rate or ln rate per year
 * @param pooledRate  all joiners over all exposure of the fitted years: the rate the per-age rates
 *                    are estimated at; paths are returned relative to it
 * @param priorSd     s0, the panel's typical yearly deviation of ln rate from its trend
 * @param priorDf     nu0, the weight of that prior in years of data
 * @param damping     phi of the damped forms
 * @param maxGrowth   the largest yearly relative change of the trend (both ways)
 * @param slopeSd     sd of a further change in the slope each simulation draws: the panel's evidence that
 *                    trends do not hold (relative for linear forms)
 */
public record JoinerTrendPosterior(JoinerTrend form, double[] years, double[] values, double pooledRate,
        double priorSd, double priorDf, double damping, double maxGrowth, double slopeSd) {

    /** Years the constant form averages over. */
    public static final int CONSTANT_YEARS = 3;

    /** Whether the form is fitted on ln rate. */
    public boolean logScale() {
        return form == JoinerTrend.LOG_LINEAR || form == JoinerTrend.LOG_DAMPED;
    }

    private boolean hasSlope() {
        return form != JoinerTrend.CONSTANT && years.length >= 3;
    }

    private boolean damped() {
        return form == JoinerTrend.DAMPED || form == JoinerTrend.LOG_DAMPED;
    }

    /** The last fitted arrival year. */
    public int lastYear() {
        return (int) years[years.length - 1];
    }

    /** The point estimate (no parameter draw, no yearly deviation) for {@code horizon} years after the last fitted year. */
    public double[] pointPath(int horizon) {
        Fit fit = fit();
        return path(fit.intercept, fit.slope, 0.0, horizon, null, fit.meanYear);
    }

    /** Least-squares estimates (intercept at the mean year) and what the posterior needs. */
    private record Fit(double intercept, double slope, double meanYear, double sxx, int points, double sse) {
    }

    private Fit fit() {
        int from = hasSlope() ? 0 : Math.max(0, years.length - CONSTANT_YEARS);
        int n = years.length - from;
        double meanYear = 0;
        double meanValue = 0;
        for (int i = from; i < years.length; i++) {
            meanYear += years[i] / n;
            meanValue += values[i] / n;
        }
        double sxx = 0;
        double sxy = 0;
        for (int i = from; i < years.length; i++) {
            sxx += (years[i] - meanYear) * (years[i] - meanYear);
            sxy += (years[i] - meanYear) * (values[i] - meanValue);
        }
        double slope = hasSlope() && sxx > 0 ? sxy / sxx : 0.0;
        double sse = 0;
        for (int i = from; i < years.length; i++) {
            double residual = values[i] - meanValue - slope * (years[i] - meanYear);
            sse += residual * residual;
        }
        return new Fit(meanValue, slope, meanYear, sxx, n, sse);
    }

    /**
     * One simulation's joiner-rate multipliers for census years {@code lastYear + 1 .. lastYear + horizon}
     * (index 1..horizon; index 0 is the last fitted year), relative to {@link #pooledRate}.
     */
    public double[] draw(RandomGenerator rng, int horizon) {
        Fit fit = fit();
        int parameters = hasSlope() ? 2 : 1;
        // the residual scale on the fitted values' own scale: relative for linear forms
        double scale = logScale() ? 1.0 : Math.max(Math.abs(fit.intercept), 1e-12);
        double df = priorDf + Math.max(0, fit.points - parameters);
        double s2 = (priorDf * priorSd * priorSd + fit.sse / (scale * scale)) / df;
        double sigma2 = df * s2 / new ChiSquaredDistribution(rng, df).sample();
        double sigma = Math.sqrt(sigma2);
        double intercept = fit.intercept + scale * sigma * rng.nextGaussian() / Math.sqrt(fit.points);
        double slope = fit.slope + (parameters == 2 && fit.sxx > 0
                ? scale * sigma * rng.nextGaussian() / Math.sqrt(fit.sxx) : 0.0) + scale * slopeSd * rng.nextGaussian();
        return path(intercept, slope, sigma, horizon, rng, fit.meanYear);
    }

    private double[] path(double intercept, double slope, double sigma, int horizon, RandomGenerator rng,
            double meanYear) {
        double[] multiplier = new double[horizon + 1];
        double level = intercept + slope * (lastYear() - meanYear);
        double bound = Math.log1p(maxGrowth);
        double trend = logScale() ? level : Math.max(level, 0.0);
        double damping = 1.0;
        multiplier[0] = toRate(trend) / pooledRate;
        for (int h = 1; h <= horizon; h++) {
            damping *= damped() ? this.damping : 1.0;
            double next = trend + slope * damping;
            trend = logScale() ? Math.max(trend - bound, Math.min(trend + bound, next))
                    : Math.max(trend * (1 - maxGrowth), Math.min(trend * (1 + maxGrowth), next));
            double deviation = rng == null || sigma <= 0 ? 1.0 : Math.exp(sigma * rng.nextGaussian());
            multiplier[h] = toRate(trend) * deviation / pooledRate;
        }
        return multiplier;
    }

    private double toRate(double value) {
        return logScale() ? Math.exp(value) : Math.max(value, 0.0);
    }
}
