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

    /**
     * One pooled forecast error: the periods of its origin and outcome, steps ahead,
     * {@code ln(actual / forecast)}, and its weight in the centring evidence (the point forecast over the
     * series' MASE scale at the origin, so that the evidence is the panel's mean absolute scaled error).
     */
    public record PooledError(Period origin, Period outcome, int step, double logError, double weight) {

        /** An error of weight 1 whose origin is {@code step} periods before its outcome. */
        public PooledError(Period outcome, int step, double logError) {
            this(outcome.plus(-step), outcome, step, logError, 1);
        }

        /**
         * The error of {@code error}'s forecast, made at the end of {@code origin}, on the log scale clamped
         * as in {@link IntervalCalibrator}; {@code maseScale} is the series' MASE scale there (weight 0 when
         * it is not positive).
         */
        public static PooledError of(Period origin, Period outcome, OutcomeError error, double maseScale) {
            double weight = maseScale > 0 && Double.isFinite(maseScale) ? Math.max(0, error.forecast()) / maseScale : 0;
            return new PooledError(origin, outcome, error.step(), IntervalCalibrator.error(Transform.LOG, error), weight);
        }
    }

    private final List<PooledError> errors;
    private final int maxStep;
    private final Map<Period, double[][]> known = new ConcurrentHashMap<>();
    private final Map<Period, Boolean> centred = new ConcurrentHashMap<>();
    private final Map<Period, double[]> medians = new ConcurrentHashMap<>();

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

    /**
     * The pooled errors known at the end of {@code origin} around the point forecast the panel's record
     * supports (decision 0102): when {@link #centres} says so, each step's point moves by the median
     * error {@code m_h} (its {@code shifts}) and its errors are taken about the moved point
     * ({@code e - m_h}), so the bounds stay where {@link #errorsAt} puts them and the point is the middle
     * of its own interval; otherwise the shifts are zero and the errors those of {@link #errorsAt}.
     */
    public AtOrigin at(Period origin, int horizon) {
        double[][] errors = errorsAt(origin, horizon);
        double[] shifts = new double[horizon];
        if (!centres(origin)) {
            return new AtOrigin(errors, shifts);
        }
        double[][] about = new double[horizon][];
        for (int h = 0; h < horizon; h++) {
            if (errors[h] != null) {
                shifts[h] = quantile(errors[h], 0.5);
                double shift = shifts[h];
                about[h] = java.util.Arrays.stream(errors[h]).map(e -> e - shift).toArray();
            }
        }
        return new AtOrigin(about, shifts);
    }

    /**
     * Per step index, the pooled errors about the point ({@code null} for a step without them) and the
     * log shift of the point ({@code 0} when the panel does not centre).
     */
    public record AtOrigin(double[][] errors, double[] shifts) {
    }

    /**
     * Whether forecasts made at the end of {@code origin} move to the middle of the panel's errors:
     * yes when, over the earlier forecasts whose outcomes are known by then, moving each by the median
     * error known at its own origin would have lowered the panel's summed absolute scaled error
     * ({@code sum w |e^e - 1|} against {@code sum w |e^e - e^m|}, {@code w} the error's weight), both in
     * total and for the outcomes of every period on its own: the panel's forecasts missed alike, every
     * year of the record. One whose errors scatter about zero, or whose common miss came and went, is
     * not centred; the evidence is the whole panel's, never one series'.
     */
    public boolean centres(Period origin) {
        return centred.computeIfAbsent(origin, this::centringPays);
    }

    private boolean centringPays(Period origin) {
        Map<Period, Double> gains = new java.util.HashMap<>();
        for (PooledError e : errors) {
            if (e.outcome().compareTo(origin) > 0 || !(e.weight() > 0)) {
                continue;
            }
            double median = medians.computeIfAbsent(e.origin(), this::mediansAt)[e.step() - 1];
            if (Double.isNaN(median)) {
                continue;
            }
            double ratio = Math.exp(e.logError());
            gains.merge(e.outcome(), e.weight() * (Math.abs(ratio - 1) - Math.abs(ratio - Math.exp(median))), Double::sum);
        }
        return !gains.isEmpty() && gains.values().stream().mapToDouble(Double::doubleValue).sum() > 0
                && gains.values().stream().allMatch(gain -> gain > 0);
    }

    /** Per step index, the median of the errors {@link #errorsAt} gives at the origin (NaN without them). */
    private double[] mediansAt(Period origin) {
        double[][] at = errorsAt(origin, maxStep);
        return java.util.Arrays.stream(at).mapToDouble(z -> z == null ? Double.NaN : quantile(z, 0.5)).toArray();
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
