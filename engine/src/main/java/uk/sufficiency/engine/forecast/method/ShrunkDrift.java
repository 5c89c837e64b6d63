package uk.sufficiency.engine.forecast.method;

/**
 * Drift shrunk toward no change, then damped: the mean one-step change {@code g} is multiplied by
 * {@code max(0, 1 - c / t^2)}, where {@code t = g / (s / sqrt(n-1))} is its t statistic
 * ({@code s} = standard deviation of the changes), a positive-part James-Stein rule: a trend that
 * the noise could explain is dropped, a clear one is kept almost whole. The forecast {@code h} steps
 * ahead is {@code y_n + g_shrunk (phi + phi^2 + ... + phi^h)}. Wrapped in {@link LogScale} the
 * changes are growth rates. {@code c = 1} and {@code phi = 0.9} were chosen on the pooled
 * development panels (docs/decisions/0023); sd as for the random walk, {@code s sqrt(h)}.
 */
public final class ShrunkDrift implements ForecastMethod {

    /** Shrinkage constant {@code c}. */
    public static final double SHRINKAGE = 1.0;
    /** Damping of the shrunk drift, per step. */
    public static final double DAMPING = 0.9;

    @Override
    public String name() {
        return "shrunk_drift";
    }

    @Override
    public boolean appliesTo(double[] values, int seasonLength) {
        return values.length >= 3;
    }

    /** The shrunk one-step drift of these values. */
    public static double shrunkDrift(double[] y) {
        int n = y.length;
        double mean = (y[n - 1] - y[0]) / (n - 1);
        double sumSquares = 0;
        for (int t = 1; t < n; t++) {
            double deviation = y[t] - y[t - 1] - mean;
            sumSquares += deviation * deviation;
        }
        double sd = n > 2 ? Math.sqrt(sumSquares / (n - 2)) : Math.abs(mean);
        double standardError = sd / Math.sqrt(n - 1);
        if (!(standardError > 0)) {
            return mean; // changes without noise: the drift is certain
        }
        double tSquared = mean * mean / (standardError * standardError);
        return mean * Math.max(0, 1 - SHRINKAGE / tSquared);
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        int n = y.length;
        double drift = shrunkDrift(y);
        double[] residuals = Drift.stepResiduals(y, drift);
        double sd = InformationCriterion.residualSd(residuals, 1);
        return new FittedModel() {
            @Override
            public ForecastDistribution forecast(int horizon) {
                double[] location = new double[horizon];
                double[] scale = new double[horizon];
                double dampSum = 0;
                double power = 1;
                for (int h = 1; h <= horizon; h++) {
                    power *= DAMPING;
                    dampSum += power;
                    location[h - 1] = y[n - 1] + drift * dampSum;
                    scale[h - 1] = sd * Math.sqrt(h);
                }
                return new ForecastDistribution(Transform.IDENTITY, location, scale);
            }

            @Override
            public double aicc() {
                return InformationCriterion.aicc(residuals, 1);
            }
        };
    }
}
