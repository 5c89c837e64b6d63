package uk.sufficiency.engine.forecast.interval;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.commons.math3.distribution.TDistribution;
import uk.sufficiency.engine.forecast.method.Transform;

/**
 * The forecast error distribution per step, on the error scale {@link #transform()} (the log for a
 * positive series, so that errors are proportional): the error at step {@code h} is
 * {@code spread x scale[h-1]} times a Student's t variable with {@link #degreesOfFreedom()}. The
 * level-{@code L} interval around point forecast {@code f} is
 * {@code T^-1(T(f) -/+ spread t_df((1+L)/2) scale[h-1])}.
 *
 * @param basis            where the scales came from
 * @param transform        the error scale: log ratios or plain differences
 * @param scale            error scale per step (RMS curve {@code a h^b})
 * @param degreesOfFreedom t degrees of freedom, from the pooled table by number of backtest origins
 * @param spread           multiplier {@code c} of the t quantile, from the same table
 * @param evidence         number of out-of-sample errors the scales rest on (0 for the fallback)
 * @param origins          number of backtest origins those errors came from
 * @param growth           fitted exponent {@code b} of {@code RMS_h = a h^b} (NaN for the fallback)
 * @param pooled           with {@link Basis#PANEL}: per step, the sorted log errors pooled over the panel
 *                         ({@link PanelQuantiles#errorsAt}), which then set that step's distribution; a null
 *                         step (or a null array) keeps the Student t above; the errors are about the point
 * @param shifts           with {@link Basis#PANEL}: per step, the log shift the panel moved the method's point
 *                         forecast by ({@link PanelQuantiles#at}; zeros when it did not centre), else null
 */
public record Calibration(Basis basis, Transform transform, double[] scale, double degreesOfFreedom, double spread,
        int evidence, int origins, double growth, double[][] pooled, double[] shifts) {

    /** Source of the calibration. */
    public enum Basis {
        /** The method's own rolling-origin errors on this series, scaled by the pooled table. */
        BACKTEST,
        /** Too short to backtest: the series' one-step changes, growing linearly with the step. */
        FALLBACK,
        /** The method's errors pooled over a panel of like series, known by the origin (decision 0026). */
        PANEL
    }

    private static final Map<Double, TDistribution> DISTRIBUTIONS = new ConcurrentHashMap<>();

    public Calibration {
        scale = scale.clone();
    }

    /** A calibration from the series alone (no pooled errors). */
    public Calibration(Basis basis, Transform transform, double[] scale, double degreesOfFreedom, double spread,
            int evidence, int origins, double growth) {
        this(basis, transform, scale, degreesOfFreedom, spread, evidence, origins, growth, null, null);
    }

    /**
     * This calibration with the steps the panel has errors for taken from them (basis {@link Basis#PANEL},
     * evidence = the pooled errors at the first step, the panel's point shifts kept); unchanged for a
     * series on the data scale (a value at or below zero) or when the panel has no errors yet.
     */
    public Calibration withPanel(PanelQuantiles.AtOrigin panel) {
        double[][] pooledErrors = panel.errors();
        if (transform != Transform.LOG || pooledErrors.length == 0 || pooledErrors[0] == null) {
            return this;
        }
        return new Calibration(Basis.PANEL, transform, scale, degreesOfFreedom, spread, pooledErrors[0].length, origins,
                growth, pooledErrors, panel.shifts().clone());
    }

    /** The point forecast's multiplier at a step: {@code exp(shift)} of a centred panel calibration, else 1. */
    public double pointMultiplier(int stepIndex) {
        return shifts != null && stepIndex < shifts.length ? Math.exp(shifts[stepIndex]) : 1;
    }

    /** Whether the panel moved the point forecasts (a non-zero shift at some step). */
    public boolean centred() {
        return shifts != null && java.util.Arrays.stream(shifts).anyMatch(s -> s != 0);
    }

    private double[] pooledAt(int stepIndex) {
        return pooled != null && stepIndex < pooled.length ? pooled[stepIndex] : null;
    }

    @Override
    public double[] scale() {
        return scale.clone();
    }

    public double scale(int stepIndex) {
        return scale[stepIndex];
    }

    private TDistribution distribution() {
        return DISTRIBUTIONS.computeIfAbsent(degreesOfFreedom, df -> new TDistribution(null, df));
    }

    /** Half-width, in error-scale units per unit of {@link #scale}, of the central interval at {@code level} in (0, 1). */
    public double quantile(double level) {
        // the t inverse is iterative; the same few (df, level) pairs recur for every forecast
        double unit = QUANTILES.computeIfAbsent(degreesOfFreedom + "/" + level,
                key -> distribution().inverseCumulativeProbability(0.5 + level / 2));
        return spread * unit;
    }

    private static final Map<String, Double> QUANTILES = new ConcurrentHashMap<>();

    /** Lower bound at step index {@code stepIndex} around point forecast {@code point}. */
    public double lower(double point, int stepIndex, double level) {
        double[] errors = pooledAt(stepIndex);
        if (errors != null) {
            return Math.exp(centre(point) + PanelQuantiles.quantile(errors, (1 - level) / 2));
        }
        return transform.inverse(centre(point) - halfWidth(stepIndex, level));
    }

    /** Upper bound at step index {@code stepIndex} around point forecast {@code point}. */
    public double upper(double point, int stepIndex, double level) {
        double[] errors = pooledAt(stepIndex);
        if (errors != null) {
            return Math.exp(centre(point) + PanelQuantiles.quantile(errors, (1 + level) / 2));
        }
        return transform.inverse(centre(point) + halfWidth(stepIndex, level));
    }

    /**
     * Half-width on the error scale; on the log scale at most {@value #MAX_LOG_HALF_WIDTH} (a factor
     * of about 20 either way): beyond that the heavy t tail of a scale resting on one or two
     * origins says only "unknown", and an interval from a twentieth to twenty times the forecast
     * already says that.
     */
    private double halfWidth(int stepIndex, double level) {
        double half = quantile(level) * scale[stepIndex];
        return transform == Transform.LOG ? Math.min(half, MAX_LOG_HALF_WIDTH) : half;
    }

    /** Largest half-width of an interval on the log scale. */
    public static final double MAX_LOG_HALF_WIDTH = 3;

    /** Probability that the outcome at step index {@code stepIndex} is at most {@code value}. */
    public double cumulative(double point, int stepIndex, double value) {
        double transformed = transform.apply(value);
        if (Double.isNaN(transformed)) {
            return 0; // at or below zero under a log scale: below the support
        }
        double error = transformed - centre(point);
        double[] errors = pooledAt(stepIndex);
        if (errors != null) {
            // the share of pooled errors at or below this one (the empirical distribution)
            int at = 0;
            while (at < errors.length && errors[at] <= error) {
                at++;
            }
            return at / (double) errors.length;
        }
        if (!(scale[stepIndex] > 0)) {
            return error >= 0 ? 1 : 0;
        }
        return distribution().cumulativeProbability(error / (spread * scale[stepIndex]));
    }

    /** The point forecast on the error scale; a point at or below zero on a log scale is held just above it. */
    private double centre(double point) {
        return transform == Transform.LOG ? Math.log(Math.max(point, 1e-9)) : point;
    }
}
