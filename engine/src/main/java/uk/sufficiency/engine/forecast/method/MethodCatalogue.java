package uk.sufficiency.engine.forecast.method;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Every method by name, and the candidates {@code auto} tries for a series. */
public final class MethodCatalogue {

    private static final Map<String, ForecastMethod> METHODS = new LinkedHashMap<>();

    /**
     * Methods that extrapolate a trend without damping. They stay available by name, but {@code auto}
     * does not try them: on short yearly series they win backtests by chance and then project a
     * trend for ever, which made {@code auto} both less accurate and less well calibrated in our
     * benchmarks (docs/decisions/0021).
     */
    private static final java.util.Set<String> NOT_IN_AUTO = java.util.Set.of(
            "holt", "log_holt", "linear_trend", "log_linear_trend");

    static {
        ForecastMethod naive = new Naive();
        ForecastMethod drift = new Drift();
        ForecastMethod ses = Ets.ses();
        ForecastMethod holt = Ets.holt();
        ForecastMethod damped = Ets.damped();
        ForecastMethod theta = new Theta();
        ForecastMethod linear = new TrendRegression();
        for (ForecastMethod method : List.of(naive, drift, ses, holt, damped, theta, linear,
                new LogScale(linear), new LogScale(drift), new LogScale(holt), new LogScale(damped),
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
     * The candidates for {@code auto}: every non-seasonal method that fits the series (except the
     * undamped trends), plus the seasonal ones when the series is monthly or quarterly and passes
     * the seasonality test.
     */
    public static List<ForecastMethod> candidates(double[] values, int seasonLength) {
        return applicable(values, seasonLength).stream().filter(MethodCatalogue::inAuto).toList();
    }

    /** Whether {@code auto} may choose the method. */
    public static boolean inAuto(ForecastMethod method) {
        return !NOT_IN_AUTO.contains(method.name());
    }

    /**
     * Every method that fits the series, seasonal ones only when the series is monthly or quarterly
     * and passes the seasonality test; {@code auto} chooses among those {@link #inAuto}.
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
