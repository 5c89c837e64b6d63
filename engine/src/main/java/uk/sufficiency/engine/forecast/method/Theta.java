package uk.sufficiency.engine.forecast.method;

import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * The Theta method (Assimakopoulos and Nikolopoulos 2000) in the form Hyndman and Billah (2003)
 * showed it to be: simple exponential smoothing with a drift of half the slope {@code b} of the
 * least-squares trend line. Forecast {@code h} steps ahead:
 * {@code l_n + (b/2) (h - 1 + (1 - (1 - alpha)^n) / alpha)}; so from step to step the forecast
 * rises by exactly {@code b/2}. Intervals are those of the underlying exponential smoothing.
 */
public final class Theta implements ForecastMethod {

    @Override
    public String name() {
        return "theta";
    }

    @Override
    public boolean appliesTo(double[] values, int seasonLength) {
        return values.length >= 4;
    }

    private static final Ets SES = Ets.ses();

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        return fit(y, seasonLength, new FitCache(y, seasonLength));
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength, FitCache cache) {
        Ets.EtsFit ses = (Ets.EtsFit) cache.fit(SES);
        SimpleRegression trend = new SimpleRegression();
        for (int t = 0; t < y.length; t++) {
            trend.addData(t, y[t]);
        }
        double halfSlope = trend.getSlope() / 2;
        double alpha = ses.alpha();
        double offset = (1 - Math.pow(1 - alpha, y.length)) / alpha;
        return new FittedModel() {
            @Override
            public ForecastDistribution forecast(int horizon) {
                ForecastDistribution base = ses.forecast(horizon);
                double[] location = new double[horizon];
                double[] scale = new double[horizon];
                for (int h = 1; h <= horizon; h++) {
                    location[h - 1] = base.location(h - 1) + halfSlope * (h - 1 + offset);
                    scale[h - 1] = base.scale(h - 1);
                }
                return new ForecastDistribution(Transform.IDENTITY, location, scale);
            }

            @Override
            public double aicc() {
                return InformationCriterion.aicc(ses.residuals(), ses.parameterCount() + 1);
            }
        };
    }
}
