package uk.sufficiency.engine.forecast.evaluation;

/**
 * How one method did on a series' own rolling-origin backtest. NaN means "not measured" (too short).
 *
 * @param method  method name
 * @param role    {@code forecast} (the method used), {@code member} (of {@code auto}) or {@code yardstick} (naive)
 * @param mase    mean absolute scaled error over the backtest forecasts
 * @param smape   symmetric mean absolute percentage error, percent
 * @param mape    mean absolute percentage error, percent
 * @param origins number of backtest origins with a forecast
 */
public record MethodScore(String method, String role, double mase, double smape, double mape, int origins) {

    /** Scores the realised errors; {@code maseScale} gives each origin's in-sample scale. */
    public static MethodScore of(String method, String role, java.util.List<OutcomeError> errors,
            java.util.function.IntToDoubleFunction maseScale) {
        double[] scaled = errors.stream().mapToDouble(e -> Math.abs(e.actual() - e.forecast()) / maseScale.applyAsDouble(e.origin()))
                .toArray();
        double[] sape = errors.stream().mapToDouble(e -> Accuracy.sape(e.actual(), e.forecast())).toArray();
        double[] ape = errors.stream().mapToDouble(e -> Accuracy.ape(e.actual(), e.forecast())).toArray();
        int origins = (int) errors.stream().mapToInt(OutcomeError::origin).distinct().count();
        return new MethodScore(method, role, Accuracy.mean(scaled), Accuracy.mean(sape), Accuracy.mean(ape), origins);
    }
}
