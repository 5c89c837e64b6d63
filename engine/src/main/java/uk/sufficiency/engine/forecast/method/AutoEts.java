package uk.sufficiency.engine.forecast.method;

import java.util.ArrayList;
import java.util.List;

/**
 * Exponential smoothing with the model chosen by AICc, as R's {@code forecast::ets} chooses: among
 * simple, Holt and damped-trend smoothing fitted to the series and (for a positive series) to its
 * logarithm, the fit with the lowest AICc on the data scale (log fits include the Jacobian
 * {@code 2 sum ln y}). The logarithmic fits stand in for the multiplicative-error models of
 * {@code ets}: both make the error proportional to the level. Trend models are only tried with at
 * least {@value #MIN_FOR_TREND} points (too few to tell a slope from noise otherwise).
 */
public final class AutoEts implements ForecastMethod {

    static final int MIN_FOR_TREND = 6;

    private static final List<ForecastMethod> LEVEL_ONLY = List.of(Ets.ses(), new LogScale(Ets.ses()));
    private static final List<ForecastMethod> ALL = List.of(Ets.ses(), Ets.holt(), Ets.damped(),
            new LogScale(Ets.ses()), new LogScale(Ets.holt()), new LogScale(Ets.damped()));

    @Override
    public String name() {
        return "ets";
    }

    @Override
    public boolean appliesTo(double[] values, int seasonLength) {
        return values.length >= 4;
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        return fit(y, seasonLength, new FitCache(y, seasonLength));
    }

    /** The models tried for these values. */
    static List<ForecastMethod> pool(double[] y, int seasonLength) {
        List<ForecastMethod> pool = new ArrayList<>();
        for (ForecastMethod method : y.length >= MIN_FOR_TREND ? ALL : LEVEL_ONLY) {
            if (method.appliesTo(y, seasonLength)) {
                pool.add(method);
            }
        }
        return pool;
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength, FitCache cache) {
        FittedModel best = null;
        double bestAicc = Double.POSITIVE_INFINITY;
        for (ForecastMethod method : pool(y, seasonLength)) {
            FittedModel fit = cache.fit(method);
            double aicc = fit.aicc();
            if (Double.isFinite(aicc) && aicc < bestAicc) {
                bestAicc = aicc;
                best = fit;
            }
        }
        return best != null ? best : cache.fit(Ets.ses());
    }
}
