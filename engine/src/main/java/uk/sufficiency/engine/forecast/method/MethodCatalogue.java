package uk.sufficiency.engine.forecast.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every method by name, {@code auto} first. */
public final class MethodCatalogue {

    private static final Map<String, ForecastMethod> METHODS = new LinkedHashMap<>();

    static {
        ForecastMethod naive = new Naive();
        ForecastMethod drift = new Drift();
        ForecastMethod ses = Ets.ses();
        ForecastMethod holt = Ets.holt();
        ForecastMethod damped = Ets.damped();
        ForecastMethod theta = new Theta();
        ForecastMethod linear = new TrendRegression();
        ForecastMethod shrunk = new ShrunkDrift();
        for (ForecastMethod method : List.of(new PooledAuto(), naive, drift, ses, holt, damped, theta, new DynamicTheta(),
                new AutoEts(), linear, shrunk, new LogScale(linear), new LogScale(drift), new LogScale(holt),
                new LogScale(damped), new LogScale(shrunk),
                new Combination("comb_mean", Combination.Rule.MEAN, List.of(ses, holt, damped)),
                new Combination("comb_median", Combination.Rule.MEDIAN, List.of(naive, drift, ses, damped, theta)),
                new SeasonalNaive(),
                new SeasonallyAdjusted(ses), new SeasonallyAdjusted(damped), new SeasonallyAdjusted(theta),
                new SeasonallyAdjusted(naive))) {
            METHODS.put(method.name(), method);
        }
    }

    private MethodCatalogue() {
    }

    /** All method names, in catalogue order. */
    public static List<String> names() {
        return List.copyOf(METHODS.keySet());
    }

    public static Optional<ForecastMethod> byName(String name) {
        return Optional.ofNullable(METHODS.get(name));
    }

    /** Whether the method needs a seasonal series. */
    public static boolean isSeasonal(ForecastMethod method) {
        return method instanceof SeasonalNaive || method instanceof SeasonallyAdjusted;
    }

    /**
     * Every method that fits the series, seasonal ones only when the series is monthly or quarterly
     * and passes the seasonality test.
     */
    public static List<ForecastMethod> applicable(double[] values, int seasonLength) {
        boolean seasonal = SeasonalityTest.isSeasonal(values, seasonLength);
        List<ForecastMethod> applicable = new ArrayList<>();
        for (ForecastMethod method : METHODS.values()) {
            if (isSeasonal(method) && !seasonal) {
                continue;
            }
            if (method.appliesTo(values, seasonLength)) {
                applicable.add(method);
            }
        }
        return applicable;
    }
}
