package uk.sufficiency.engine.forecast.method;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Least-squares straight line through time, {@code y_t = a + b t}, extended. The standard error of
 * a new observation at time {@code x} is {@code s sqrt(1 + 1/n + (x - mean t)^2 / Sxx)}. Wrapped in
 * {@link LogScale} it becomes the log-linear (constant growth rate) trend.
 */
public final class TrendRegression implements ForecastMethod {

    @Override
    public String name() {
        return "linear_trend";
    }

    @Override
    public boolean appliesTo(double[] values, int seasonLength) {
        return values.length >= 3;
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        int n = y.length;
        SimpleRegression regression = new SimpleRegression();
        for (int t = 0; t < n; t++) {
            regression.addData(t, y[t]);
        }
        double intercept = regression.getIntercept();
        double slope = regression.getSlope();
        double[] residuals = new double[n];
        for (int t = 0; t < n; t++) {
            residuals[t] = y[t] - (intercept + slope * t);
        }
        double sd = InformationCriterion.residualSd(residuals, 2);
        double meanT = (n - 1) / 2.0;
        double sxx = regression.getXSumSquares();
        return new FittedModel() {
            @Override
            public ForecastDistribution forecast(int horizon) {
                double[] location = new double[horizon];
                double[] scale = new double[horizon];
                for (int h = 1; h <= horizon; h++) {
                    double x = n - 1 + h;
                    location[h - 1] = intercept + slope * x;
                    scale[h - 1] = sd * Math.sqrt(1 + 1.0 / n + (x - meanT) * (x - meanT) / sxx);
                }
                return new ForecastDistribution(Transform.IDENTITY, location, scale);
            }

            @Override
            public double aicc() {
                return InformationCriterion.aicc(residuals, 2);
            }
        };
    }
}
