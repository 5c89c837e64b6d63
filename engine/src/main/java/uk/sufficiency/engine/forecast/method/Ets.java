package uk.sufficiency.engine.forecast.method;

import org.apache.commons.math3.analysis.MultivariateFunction;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;
import org.apache.commons.math3.stat.regression.SimpleRegression;

/**
 * Exponential smoothing with additive errors (the ETS(A,N,N), ETS(A,A,N) and ETS(A,Ad,N) state
 * space models): simple exponential smoothing, Holt's linear trend and the damped trend.
 *
 * <p>Recursions, with one-step error {@code e_t = y_t - (l + phi b)}:
 * {@code l' = l + phi b + alpha e}, {@code b' = phi b + beta e}. The smoothing parameters and the
 * initial states are fitted by maximum likelihood: with Gaussian errors and the variance
 * concentrated out, that is minimising the sum of squared one-step errors. The optimiser is
 * commons-math's Nelder-Mead simplex on unconstrained parameters mapped into the admissible
 * region {@code 0 < alpha < 1}, {@code 0 < beta < alpha}, {@code 0.8 <= phi <= 0.98}.
 *
 * <p>h-step variance: {@code sigma^2 (1 + sum_{j=1}^{h-1} c_j^2)} with
 * {@code c_j = alpha + beta (phi + ... + phi^j)} (Hyndman et al. 2008, class 1 models).
 */
public final class Ets implements ForecastMethod {

    /** The trend component. */
    public enum Trend { NONE, ADDITIVE, DAMPED }

    static final double ALPHA_MIN = 1e-4;
    static final double ALPHA_MAX = 1 - 1e-4;
    static final double PHI_MIN = 0.80;
    static final double PHI_MAX = 0.98;

    private final Trend trend;
    private final double fixedAlpha;

    private Ets(Trend trend, double fixedAlpha) {
        this.trend = trend;
        this.fixedAlpha = fixedAlpha;
    }

    public static Ets ses() {
        return new Ets(Trend.NONE, Double.NaN);
    }

    public static Ets holt() {
        return new Ets(Trend.ADDITIVE, Double.NaN);
    }

    public static Ets damped() {
        return new Ets(Trend.DAMPED, Double.NaN);
    }

    /** Simple exponential smoothing with the smoothing parameter fixed (only the initial level is fitted). */
    public static Ets sesWithAlpha(double alpha) {
        if (!(alpha > 0 && alpha <= 1)) {
            throw new IllegalArgumentException("alpha must be in (0, 1]");
        }
        return new Ets(Trend.NONE, alpha);
    }

    public Trend trend() {
        return trend;
    }

    @Override
    public String name() {
        String base = switch (trend) {
            case NONE -> "ses";
            case ADDITIVE -> "holt";
            case DAMPED -> "damped";
        };
        return Double.isNaN(fixedAlpha) ? base : base + "(alpha=" + fixedAlpha + ")";
    }

    @Override
    public boolean appliesTo(double[] values, int seasonLength) {
        return values.length >= switch (trend) {
            case NONE -> 3;
            case ADDITIVE -> 4;
            case DAMPED -> 5;
        };
    }

    @Override
    public EtsFit fit(double[] y, int seasonLength) {
        int n = y.length;
        double spread = 0;
        for (int t = 1; t < n; t++) {
            spread += Math.abs(y[t] - y[t - 1]);
        }
        spread = spread / Math.max(1, n - 1);
        double magnitude = 0;
        for (double value : y) {
            magnitude = Math.max(magnitude, Math.abs(value));
        }
        double unit = Math.max(spread, 1e-6 * Math.max(1, magnitude));

        double level0;
        double slope0 = 0;
        if (trend == Trend.NONE) {
            level0 = y[0];
        } else {
            SimpleRegression start = new SimpleRegression();
            for (int t = 0; t < Math.min(n, 10); t++) {
                start.addData(t, y[t]);
            }
            slope0 = start.getSlope();
            level0 = start.getIntercept() - slope0;
        }
        final double l0 = level0;
        final double b0 = slope0;
        boolean fitAlpha = Double.isNaN(fixedAlpha);
        boolean hasTrend = trend != Trend.NONE;
        boolean damped = trend == Trend.DAMPED;

        // Unconstrained vector: [alpha?, beta?, phi?, level offset, slope offset?] in that order.
        int dimension = (fitAlpha ? 1 : 0) + (hasTrend ? 1 : 0) + (damped ? 1 : 0) + 1 + (hasTrend ? 1 : 0);
        double[] start = new double[dimension];
        double[] steps = new double[dimension];
        int i = 0;
        if (fitAlpha) {
            start[i] = 0; // alpha about 0.5
            steps[i++] = 1.5;
        }
        if (hasTrend) {
            start[i] = logit(0.1); // beta about a tenth of alpha
            steps[i++] = 1.5;
        }
        if (damped) {
            start[i] = logit((0.95 - PHI_MIN) / (PHI_MAX - PHI_MIN));
            steps[i++] = 1.0;
        }
        start[i] = 0;
        steps[i++] = 0.5;
        if (hasTrend) {
            start[i] = 0;
            steps[i] = 0.25;
        }

        double[] best = start.clone();
        double bestValue = sse(y, parameters(best, unit, l0, b0));
        for (int round = 0; round < 3; round++) {
            BestTracker tracker = new BestTracker(point -> sse(y, parameters(point, unit, l0, b0)));
            try {
                new SimplexOptimizer(new SimpleValueChecker(1e-10, 1e-14)).optimize(
                        new MaxEval(4000),
                        new ObjectiveFunction(tracker),
                        GoalType.MINIMIZE,
                        new InitialGuess(best),
                        new NelderMeadSimplex(steps));
            } catch (TooManyEvaluationsException e) {
                // keep the best point seen; the simplex was still shrinking
            }
            boolean improved = tracker.bestValue < bestValue * (1 - 1e-9) - 1e-300;
            if (tracker.bestValue < bestValue) {
                bestValue = tracker.bestValue;
                best = tracker.bestPoint;
            }
            if (!improved) {
                break;
            }
            // restart with smaller steps: Nelder-Mead can stall on a flat ridge
            for (int j = 0; j < steps.length; j++) {
                steps[j] *= 0.5;
            }
        }
        return new EtsFit(this, y, parameters(best, unit, l0, b0));
    }

    /** Fitted parameters and initial states. */
    record Parameters(double alpha, double beta, double phi, double level0, double slope0) {
    }

    private Parameters parameters(double[] point, double unit, double l0, double b0) {
        int i = 0;
        double alpha = Double.isNaN(fixedAlpha) ? ALPHA_MIN + (ALPHA_MAX - ALPHA_MIN) * logistic(point[i++]) : fixedAlpha;
        double beta = 0;
        double phi = trend == Trend.NONE ? 0 : 1;
        if (trend != Trend.NONE) {
            beta = alpha * logistic(point[i++]);
        }
        if (trend == Trend.DAMPED) {
            phi = PHI_MIN + (PHI_MAX - PHI_MIN) * logistic(point[i++]);
        }
        double level = l0 + unit * point[i++];
        double slope = trend == Trend.NONE ? 0 : b0 + unit * point[i];
        return new Parameters(alpha, beta, phi, level, slope);
    }

    static double sse(double[] y, Parameters p) {
        double level = p.level0();
        double slope = p.slope0();
        double sum = 0;
        for (double value : y) {
            double forecast = level + p.phi() * slope;
            double error = value - forecast;
            sum += error * error;
            level = forecast + p.alpha() * error;
            slope = p.phi() * slope + p.beta() * error;
        }
        return Double.isFinite(sum) ? sum : Double.MAX_VALUE;
    }

    private static double logistic(double x) {
        return 1 / (1 + Math.exp(-x));
    }

    private static double logit(double p) {
        return Math.log(p / (1 - p));
    }

    int parameterCount() {
        int count = Double.isNaN(fixedAlpha) ? 1 : 0;
        count += 1; // initial level
        if (trend != Trend.NONE) {
            count += 2; // beta and initial slope
        }
        if (trend == Trend.DAMPED) {
            count += 1;
        }
        return count;
    }

    /** Keeps the best point the optimiser evaluated, so that hitting the evaluation cap loses nothing. */
    private static final class BestTracker implements MultivariateFunction {
        private final MultivariateFunction inner;
        double bestValue = Double.MAX_VALUE;
        double[] bestPoint;

        BestTracker(MultivariateFunction inner) {
            this.inner = inner;
        }

        @Override
        public double value(double[] point) {
            double value = inner.value(point);
            if (value < bestValue || bestPoint == null) {
                bestValue = value;
                bestPoint = point.clone();
            }
            return value;
        }
    }

    /** An exponential smoothing model fitted to one series. */
    public static final class EtsFit implements FittedModel {
        private final Ets method;
        private final Parameters parameters;
        private final double[] residuals;
        private final double level;
        private final double slope;
        private final double sd;

        EtsFit(Ets method, double[] y, Parameters p) {
            this.method = method;
            this.parameters = p;
            this.residuals = new double[y.length];
            double l = p.level0();
            double b = p.slope0();
            for (int t = 0; t < y.length; t++) {
                double forecast = l + p.phi() * b;
                double error = y[t] - forecast;
                residuals[t] = error;
                l = forecast + p.alpha() * error;
                b = p.phi() * b + p.beta() * error;
            }
            this.level = l;
            this.slope = b;
            this.sd = InformationCriterion.residualSd(residuals, method.parameterCount());
        }

        public double alpha() {
            return parameters.alpha();
        }

        public double beta() {
            return parameters.beta();
        }

        public double phi() {
            return parameters.phi();
        }

        /** Level after the last observation. */
        public double level() {
            return level;
        }

        /** Slope after the last observation (0 without a trend). */
        public double slope() {
            return slope;
        }

        public double residualSd() {
            return sd;
        }

        public double[] residuals() {
            return residuals.clone();
        }

        int parameterCount() {
            return method.parameterCount();
        }

        @Override
        public ForecastDistribution forecast(int horizon) {
            double[] location = new double[horizon];
            double[] scale = new double[horizon];
            double phi = parameters.phi();
            double dampSum = 0; // phi + ... + phi^h
            double power = 1;
            double varianceSum = 1;
            for (int h = 1; h <= horizon; h++) {
                power *= method.trend == Trend.NONE ? 0 : phi;
                dampSum += power;
                location[h - 1] = level + dampSum * slope;
                scale[h - 1] = sd * Math.sqrt(varianceSum);
                // c_h for the next step's variance
                double c = parameters.alpha() + parameters.beta() * dampSum;
                varianceSum += c * c;
            }
            return new ForecastDistribution(Transform.IDENTITY, location, scale);
        }

        @Override
        public double aicc() {
            return InformationCriterion.aicc(residuals, method.parameterCount());
        }
    }
}
