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

/**
 * Exponential smoothing with additive errors (the ETS(A,N,N), ETS(A,A,N) and ETS(A,Ad,N) state
 * space models): simple exponential smoothing, Holt's linear trend and the damped trend.
 * (Multiplicative growth is had by fitting these to the logarithm of the series: {@link LogScale}.)
 *
 * <p>Recursions, with one-step error {@code e_t = y_t - (l + phi b)}:
 * {@code l' = l + phi b + alpha e}, {@code b' = phi b + beta e}. The smoothing parameters and the
 * initial states are fitted by maximum likelihood: with Gaussian errors and the variance
 * concentrated out, that is minimising the sum of squared one-step errors. The optimiser is
 * commons-math's Nelder-Mead simplex on unconstrained smoothing parameters mapped into the
 * admissible region {@code 0 < alpha < 1}, {@code 0 < beta < alpha}, {@code 0.8 <= phi <= 0.98};
 * for each candidate the initial states are solved exactly by least squares.
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
        boolean fitAlpha = Double.isNaN(fixedAlpha);
        boolean hasTrend = trend != Trend.NONE;
        boolean damped = trend == Trend.DAMPED;
        // Unconstrained vector [alpha?, beta?, phi?]; the initial states are solved exactly for
        // each candidate (the one-step errors are affine in them), which leaves the simplex at most
        // three dimensions.
        int dimension = (fitAlpha ? 1 : 0) + (hasTrend ? 1 : 0) + (damped ? 1 : 0);
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
            steps[i] = 1.0;
        }
        if (dimension == 0) {
            return new EtsFit(this, y, withInitialStates(y, smoothing(start)));
        }
        double[] best = start;
        double bestValue = sse(y, withInitialStates(y, smoothing(best)));
        for (int round = 0; round < 2; round++) {
            BestTracker tracker = new BestTracker(point -> sse(y, withInitialStates(y, smoothing(point))));
            try {
                new SimplexOptimizer(new SimpleValueChecker(1e-9, 1e-14)).optimize(
                        new MaxEval(1000),
                        new ObjectiveFunction(tracker),
                        GoalType.MINIMIZE,
                        new InitialGuess(best),
                        new NelderMeadSimplex(steps));
            } catch (TooManyEvaluationsException e) {
                // keep the best point seen; the simplex was still shrinking
            }
            boolean improved = tracker.bestValue < bestValue * (1 - 1e-9);
            if (tracker.bestValue < bestValue) {
                bestValue = tracker.bestValue;
                best = tracker.bestPoint;
            }
            if (!improved) {
                break;
            }
            // restart from the optimum with smaller steps: Nelder-Mead can stall on a flat ridge
            for (int j = 0; j < steps.length; j++) {
                steps[j] *= 0.5;
            }
        }
        return new EtsFit(this, y, withInitialStates(y, smoothing(best)));
    }

    /** Fitted parameters and initial states. */
    record Parameters(double alpha, double beta, double phi, double level0, double slope0) {
    }

    /** Smoothing parameters from the unconstrained vector; initial states still zero. */
    private Parameters smoothing(double[] point) {
        int i = 0;
        double alpha = Double.isNaN(fixedAlpha) ? ALPHA_MIN + (ALPHA_MAX - ALPHA_MIN) * logistic(point[i++]) : fixedAlpha;
        double beta = 0;
        double phi = trend == Trend.NONE ? 0 : 1;
        if (trend != Trend.NONE) {
            beta = alpha * logistic(point[i++]);
        }
        if (trend == Trend.DAMPED) {
            phi = PHI_MIN + (PHI_MAX - PHI_MIN) * logistic(point[i]);
        }
        return new Parameters(alpha, beta, phi, 0, 0);
    }

    /**
     * The initial level (and slope) that minimise the sum of squared one-step errors for these
     * smoothing parameters. The errors are {@code e0 + l0 g + b0 k}, where {@code e0} are the errors
     * from zero initial states and {@code g}, {@code k} the errors of the recursion run on a zero
     * series from a unit level or slope: ordinary least squares in one or two unknowns.
     */
    Parameters withInitialStates(double[] y, Parameters p) {
        double[] e0 = errors(y, p, 0, 0, false);
        double[] g = errors(y, p, 1, 0, true);
        if (trend == Trend.NONE) {
            double gg = 0;
            double ge = 0;
            for (int t = 0; t < y.length; t++) {
                gg += g[t] * g[t];
                ge += g[t] * e0[t];
            }
            return new Parameters(p.alpha(), p.beta(), p.phi(), gg > 0 ? -ge / gg : y[0], 0);
        }
        double[] k = errors(y, p, 0, 1, true);
        double gg = 0;
        double gk = 0;
        double kk = 0;
        double ge = 0;
        double ke = 0;
        for (int t = 0; t < y.length; t++) {
            gg += g[t] * g[t];
            gk += g[t] * k[t];
            kk += k[t] * k[t];
            ge += g[t] * e0[t];
            ke += k[t] * e0[t];
        }
        double ridge = 1e-12 * (gg + kk);
        gg += ridge;
        kk += ridge;
        double determinant = gg * kk - gk * gk;
        if (!(Math.abs(determinant) > 0)) {
            return new Parameters(p.alpha(), p.beta(), p.phi(), y[0], 0);
        }
        double level = -(kk * ge - gk * ke) / determinant;
        double slope = -(gg * ke - gk * ge) / determinant;
        return new Parameters(p.alpha(), p.beta(), p.phi(), level, slope);
    }

    /** One-step errors from the given initial states; on a zero series when {@code homogeneous}. */
    private static double[] errors(double[] y, Parameters p, double level0, double slope0, boolean homogeneous) {
        double[] errors = new double[y.length];
        double level = level0;
        double slope = slope0;
        for (int t = 0; t < y.length; t++) {
            double forecast = level + p.phi() * slope;
            double error = (homogeneous ? 0 : y[t]) - forecast;
            errors[t] = error;
            level = forecast + p.alpha() * error;
            slope = p.phi() * slope + p.beta() * error;
        }
        return errors;
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
