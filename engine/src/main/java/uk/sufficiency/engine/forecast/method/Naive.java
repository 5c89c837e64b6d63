package uk.sufficiency.engine.forecast.method;

import java.util.Arrays;

/** Naive (random walk): every future value equals the last observation; variance grows with h. */
public final class Naive implements ForecastMethod {

    @Override
    public String name() {
        return "naive";
    }

    @Override
    public boolean appliesTo(double[] values, int seasonLength) {
        return values.length >= 2;
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        double[] residuals = new double[y.length];
        residuals[0] = Double.NaN;
        for (int t = 1; t < y.length; t++) {
            residuals[t] = y[t] - y[t - 1];
        }
        double sd = InformationCriterion.residualSd(residuals, 0);
        double last = y[y.length - 1];
        return new FittedModel() {
            @Override
            public ForecastDistribution forecast(int horizon) {
                double[] location = new double[horizon];
                double[] scale = new double[horizon];
                Arrays.fill(location, last);
                for (int h = 1; h <= horizon; h++) {
                    scale[h - 1] = sd * Math.sqrt(h);
                }
                return new ForecastDistribution(Transform.IDENTITY, location, scale);
            }

            @Override
            public double aicc() {
                return InformationCriterion.aicc(residuals, 0);
            }
        };
    }
}
