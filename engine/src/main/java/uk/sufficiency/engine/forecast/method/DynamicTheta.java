package uk.sufficiency.engine.forecast.method;

import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.optim.InitialGuess;
import org.apache.commons.math3.optim.MaxEval;
import org.apache.commons.math3.optim.PointValuePair;
import org.apache.commons.math3.optim.SimpleValueChecker;
import org.apache.commons.math3.optim.nonlinear.scalar.GoalType;
import org.apache.commons.math3.optim.nonlinear.scalar.ObjectiveFunction;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.NelderMeadSimplex;
import org.apache.commons.math3.optim.nonlinear.scalar.noderiv.SimplexOptimizer;

/**
 * The dynamic optimised Theta model (DOTM) of Fiorucci et al. (2016, International Journal of
 * Forecasting 32:1151-1161), the best Theta variant in their M3 study. In state-space form, for
 * {@code t = 1..n}:
 *
 * <pre>
 *   mu_t  = l_{t-1} + (1 - 1/theta) [ (1-alpha)^(t-1) A_{t-1} + ((1 - (1-alpha)^t) / alpha) B_{t-1} ]
 *   l_t   = alpha y_t + (1 - alpha) l_{t-1}
 *   ybar_t = ((t-1) ybar_{t-1} + y_t) / t
 *   B_t   = ((t-2) B_{t-1} + (6/t)(y_t - ybar_{t-1})) / (t+1)      (B_1 = 0)
 *   A_t   = ybar_t - (t+1)/2 B_t
 * </pre>
 *
 * {@code A_t, B_t} are the least-squares intercept and slope of the line through {@code y_1..y_t}
 * (updated recursively, hence "dynamic"). The forecast {@code h} steps after {@code n} is
 * {@code l_n + (1 - 1/theta)[(1-alpha)^n A_n + (h - 1 + (1 - (1-alpha)^(n+1))/alpha) B_n]}.
 * {@code theta >= 1} weighs the trend line ({@code theta = 1}: simple exponential smoothing;
 * {@code theta = 2}: the standard Theta method with a dynamic line). {@code alpha}, {@code theta}
 * and {@code l_0} minimise the sum of squared one-step errors; {@code l_0} is solved exactly for
 * each trial (the errors are affine in it), the simplex searches {@code alpha} and {@code theta}.
 */
public final class DynamicTheta implements ForecastMethod {

    static final double ALPHA_MIN = 0.01;
    static final double ALPHA_MAX = 0.99;
    static final double THETA_MIN = 1.0;
    static final double THETA_MAX = 10.0;

    @Override
    public String name() {
        return "dotm";
    }

    @Override
    public boolean appliesTo(double[] values, int seasonLength) {
        return values.length >= 4;
    }

    @Override
    public FittedModel fit(double[] y, int seasonLength) {
        double[] best = {0, -1.5}; // alpha about 0.5, theta about 2
        double bestValue = Double.MAX_VALUE;
        try {
            PointValuePair optimum = new SimplexOptimizer(new SimpleValueChecker(1e-10, 1e-14)).optimize(
                    new MaxEval(600), new ObjectiveFunction(point -> sse(y, parameters(y, point))),
                    GoalType.MINIMIZE, new InitialGuess(best), new NelderMeadSimplex(new double[] {1.5, 1.5}));
            best = optimum.getPoint();
            bestValue = optimum.getValue();
        } catch (TooManyEvaluationsException e) {
            bestValue = sse(y, parameters(y, best)); // keep the start: it is admissible
        }
        return new Fit(y, parameters(y, best), bestValue);
    }

    /** Parameters {@code alpha}, {@code theta} from the unconstrained point, with {@code l_0} solved. */
    static Parameters parameters(double[] y, double[] point) {
        double alpha = ALPHA_MIN + (ALPHA_MAX - ALPHA_MIN) / (1 + Math.exp(-point[0]));
        double theta = THETA_MIN + (THETA_MAX - THETA_MIN) / (1 + Math.exp(-point[1]));
        return withLevel(y, alpha, theta);
    }

    /** The initial level that minimises the squared one-step errors for these {@code alpha, theta}. */
    public static Parameters withLevel(double[] y, double alpha, double theta) {
        // e_t = e0_t - (1-alpha)^(t-1) l_0, where e0 are the errors from l_0 = 0
        double[] e0 = run(y, new Parameters(alpha, theta, 0)).errors();
        double num = 0;
        double den = 0;
        double power = 1;
        for (double error : e0) {
            num += power * error;
            den += power * power;
            power *= 1 - alpha;
        }
        return new Parameters(alpha, theta, num / den);
    }

    /** Smoothing weight, Theta coefficient and initial level. */
    public record Parameters(double alpha, double theta, double level0) {
    }

    /** The recursions run over the series: one-step errors and the final states. */
    record States(double[] errors, double level, double intercept, double slope) {
    }

    static States run(double[] y, Parameters p) {
        double alpha = p.alpha();
        double weight = 1 - 1 / p.theta();
        double level = p.level0();
        double mean = 0;
        double intercept = 0;
        double slope = 0;
        double decay = 1; // (1-alpha)^(t-1)
        double[] errors = new double[y.length];
        for (int i = 0; i < y.length; i++) {
            int t = i + 1;
            double mu = level + weight * (decay * intercept + (1 - decay * (1 - alpha)) / alpha * slope);
            errors[i] = y[i] - mu;
            level = alpha * y[i] + (1 - alpha) * level;
            slope = t == 1 ? 0 : ((t - 2) * slope + 6.0 / t * (y[i] - mean)) / (t + 1);
            mean = ((t - 1) * mean + y[i]) / t;
            intercept = mean - (t + 1) / 2.0 * slope;
            decay *= 1 - alpha;
        }
        return new States(errors, level, intercept, slope);
    }

    static double sse(double[] y, Parameters p) {
        double sum = 0;
        for (double error : run(y, p).errors()) {
            sum += error * error;
        }
        return Double.isFinite(sum) ? sum : Double.MAX_VALUE;
    }

    /** A fitted DOTM. */
    public static final class Fit implements FittedModel {
        private final Parameters parameters;
        private final States states;
        private final int n;
        private final double sd;

        Fit(double[] y, Parameters parameters, double sse) {
            this.parameters = parameters;
            this.states = run(y, parameters);
            this.n = y.length;
            this.sd = InformationCriterion.residualSd(states.errors(), 3);
        }

        public Parameters parameters() {
            return parameters;
        }

        @Override
        public ForecastDistribution forecast(int horizon) {
            double alpha = parameters.alpha();
            double weight = 1 - 1 / parameters.theta();
            double decay = Math.pow(1 - alpha, n);
            double[] location = new double[horizon];
            double[] scale = new double[horizon];
            for (int h = 1; h <= horizon; h++) {
                location[h - 1] = states.level() + weight * (decay * states.intercept()
                        + (h - 1 + (1 - decay * (1 - alpha)) / alpha) * states.slope());
                // as simple exponential smoothing: sigma^2 (1 + (h-1) alpha^2)
                scale[h - 1] = sd * Math.sqrt(1 + (h - 1) * alpha * alpha);
            }
            return new ForecastDistribution(Transform.IDENTITY, location, scale);
        }

        @Override
        public double aicc() {
            return InformationCriterion.aicc(states.errors(), 3);
        }
    }
}
