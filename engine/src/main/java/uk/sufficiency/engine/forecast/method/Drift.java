package uk.sufficiency.engine.forecast.method;

/**
 * Random walk with drift: the line through the first and last observations, extended. The drift
 * is the mean step {@code (y_n - y_1)/(n - 1)}; the h-step variance {@code sigma^2 h (1 + h/(n-1))}
 * adds the uncertainty of the estimated drift.
 */
public final class Drift implements ForecastMethod {

    @Override
    public String name() {
        return "drift";
    }

    @Override
    public boolean appliesTo(double[] values, int seasonLength) {
        return values.length >= 3;
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        int n = y.length;
        double drift = (y[n - 1] - y[0]) / (n - 1);
        double[] residuals = stepResiduals(y, drift);
        double sd = InformationCriterion.residualSd(residuals, 1);
        return new FittedModel() {
            @Override
            public ForecastDistribution forecast(int horizon) {
                double[] location = new double[horizon];
                double[] scale = new double[horizon];
                for (int h = 1; h <= horizon; h++) {
                    location[h - 1] = y[n - 1] + h * drift;
                    scale[h - 1] = sd * Math.sqrt(h * (1.0 + (double) h / (n - 1)));
                }
                return new ForecastDistribution(Transform.IDENTITY, location, scale);
            }

            @Override
            public double aicc() {
                return InformationCriterion.aicc(residuals, 1);
            }
        };
    }

    /** The one-step changes less {@code drift}; the first is NaN (no change into it). */
    static double[] stepResiduals(double[] y, double drift) {
        double[] residuals = new double[y.length];
        residuals[0] = Double.NaN;
        for (int t = 1; t < y.length; t++) {
            residuals[t] = y[t] - y[t - 1] - drift;
        }
        return residuals;
    }
}
