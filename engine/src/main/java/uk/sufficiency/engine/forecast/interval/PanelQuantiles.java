package uk.sufficiency.engine.forecast.interval;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.sufficiency.engine.forecast.evaluation.OutcomeError;
import uk.sufficiency.engine.forecast.method.Transform;
import uk.sufficiency.engine.forecast.series.Period;

/**
 * Interval bounds from one method's out-of-sample errors pooled over a panel of similar series
 * (decision 0026): the signed log errors {@code e = ln(actual / forecast)} of the method's rolling-origin
 * forecasts on every positive series of the panel, at each step ahead. A forecast made at the end of
 * period {@code P} uses only the errors whose outcome period is at or before {@code P} (what was
 * known then, in calendar time), so that a panel of authorities sharing the same years is calibrated
 * exactly as it could have been at each origin. Its level-{@code L} interval at step {@code h} is
 * {@code f exp(q_{(1-L)/2}), f exp(q_{(1+L)/2})}, the empirical quantiles (linear interpolation
 * between order statistics, R's type 7) of the step-{@code h} errors: an event the whole panel
 * shared (the 2014 SEND reform for EHC plans) moves every series' interval, in the direction
 * the panel's errors fell, instead of widening each series' own t interval from a handful of origins.
 * A step with fewer than {@value #MIN_ERRORS} errors takes the quantiles of the longest step that
 * has them, times {@code h / h*} (errors of a wrong trend grow in proportion to the step).
 */
public final class PanelQuantiles {

    /** Fewest pooled errors at a step for its own quantiles. */
    public static final int MIN_ERRORS = 30;

    /** One pooled forecast error: the outcome's period, steps ahead, and {@code ln(actual / forecast)}. */
    public record PooledError(Period outcome, int step, double logError) {

        /** The error of {@code error}'s forecast, on the log scale clamped as in {@link IntervalCalibrator}. */
        public static PooledError of(Period outcome, OutcomeError error) {
            return new PooledError(outcome, error.step(), IntervalCalibrator.error(Transform.LOG, error));
        }
    }

    private final List<PooledError> errors;
    private final int maxStep;
    private final Map<Period, double[][]> known = new ConcurrentHashMap<>();

    public PanelQuantiles(List<PooledError> errors) {
        this.errors = List.copyOf(errors);
        this.maxStep = errors.stream().mapToInt(PooledError::step).max().orElse(0);
    }

    /**
     * The bounds at step index {@code stepIndex} (0 = one step ahead) of a forecast made at the end of
     * {@code origin}, as multipliers of the point forecast: {@code [exp(q_lo), exp(q_hi)]}; null when
     * no step up to this one has {@value #MIN_ERRORS} known errors.
     */
    public double[] multipliers(Period origin, int stepIndex, double level) {
        double[] z = errorsAt(origin, stepIndex + 1)[stepIndex];
        if (z == null) {
            return null;
        }
        return new double[] {Math.exp(quantile(z, (1 - level) / 2)), Math.exp(quantile(z, (1 + level) / 2))};
    }

    /**
     * Per step index up to {@code horizon}, the sorted pooled log errors known at the end of
     * {@code origin}, a step without {@value #MIN_ERRORS} of them taking the longest shorter step's
     * times {@code h / h*} (null when there is none): the error distribution {@link Calibration} uses.
     */
    public double[][] errorsAt(Period origin, int horizon) {
        double[][] sorted = known.computeIfAbsent(origin, this::sortedKnownAt);
        double[][] errors = new double[horizon][];
        for (int stepIndex = 0; stepIndex < horizon; stepIndex++) {
            int step = stepIndex + 1;
            int from = Math.min(step, sorted.length);
            while (from >= 1 && sorted[from - 1].length < MIN_ERRORS) {
                from--;
            }
            if (from >= 1) {
                double stretch = step / (double) from;
                errors[stepIndex] = java.util.Arrays.stream(sorted[from - 1]).map(e -> e * stretch).toArray();
            }
        }
        return errors;
    }

    private double[][] sortedKnownAt(Period origin) {
        List<List<Double>> byStep = new ArrayList<>();
        for (int h = 0; h < maxStep; h++) {
            byStep.add(new ArrayList<>());
        }
        for (PooledError e : errors) {
            if (e.outcome().compareTo(origin) <= 0) {
                byStep.get(e.step() - 1).add(e.logError());
            }
        }
        double[][] sorted = new double[maxStep][];
        for (int h = 0; h < maxStep; h++) {
            sorted[h] = byStep.get(h).stream().mapToDouble(Double::doubleValue).sorted().toArray();
        }
        return sorted;
    }

    /** Empirical quantile of sorted values, linear between order statistics (R type 7). */
    static double quantile(double[] sorted, double p) {
        double position = p * (sorted.length - 1);
        int below = (int) Math.floor(position);
        int above = Math.min(below + 1, sorted.length - 1);
        return sorted[below] + (position - below) * (sorted[above] - sorted[below]);
    }
}
