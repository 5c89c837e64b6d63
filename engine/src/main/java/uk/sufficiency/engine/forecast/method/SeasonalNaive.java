package uk.sufficiency.engine.forecast.method;

/** Seasonal naive: each future period repeats the same season of the last observed cycle. */
public final class SeasonalNaive implements ForecastMethod {

    @Override
    public String name() {
        return "snaive";
    }

    @Override
    public boolean appliesTo(double[] values, int seasonLength) {
        return seasonLength > 1 && values.length >= 2 * seasonLength;
    }

    @Override
    public FittedModel fit(double[] y, int m) {
        int n = y.length;
        double[] residuals = new double[n];
        for (int t = 0; t < n; t++) {
            residuals[t] = t >= m ? y[t] - y[t - m] : Double.NaN;
        }
        double sd = InformationCriterion.residualSd(residuals, 0);
        return new FittedModel() {
            @Override
            public ForecastDistribution forecast(int horizon) {
                double[] location = new double[horizon];
                double[] scale = new double[horizon];
                for (int h = 1; h <= horizon; h++) {
                    location[h - 1] = y[n - m + (h - 1) % m];
                    scale[h - 1] = sd * Math.sqrt((h - 1) / m + 1);
                }
                return new ForecastDistribution(Transform.IDENTITY, location, scale);
            }

            @Override
            public double aicc() {
                return Double.NaN;
            }
        };
    }
}
