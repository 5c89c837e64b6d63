package uk.sufficiency.engine.projection.ehcp.goalseek;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import org.apache.commons.math3.exception.TooManyEvaluationsException;
import org.apache.commons.math3.analysis.solvers.BrentSolver;
import uk.sufficiency.engine.projection.ehcp.config.GoalSeekSpec;

/**
 * Finds the lever factor at which a projected measure reaches its target, with commons-math's
 * Brent solver between the spec's lower and upper factor. The measure is assumed monotone in the
 * factor (true of every lever, up to simulation noise, which common random numbers keep small).
 * The search stops when the factor is known to within the tolerance or the statistic is within 0.1%
 * of the target; every factor tried is kept as a trial.
 */
public final class LeverFactorSearch {

    private LeverFactorSearch() {
    }

    /** @param measure statistic of the target measure for a factor (the same seeds every call) */
    public static GoalSeekResult seek(GoalSeekSpec spec, DoubleUnaryOperator measure) {
        List<GoalSeekResult.Trial> trials = new ArrayList<>();
        double target = spec.targetValue();
        DoubleUnaryOperator recorded = factor -> {
            double value = measure.applyAsDouble(factor);
            trials.add(new GoalSeekResult.Trial(trials.size(), factor, value));
            return value;
        };
        double lo = spec.lower();
        double hi = spec.upper();
        double fLo = recorded.applyAsDouble(lo);
        double fHi = recorded.applyAsDouble(hi);
        if ((fLo - target) * (fHi - target) > 0) {
            boolean loCloser = Math.abs(fLo - target) <= Math.abs(fHi - target);
            return new GoalSeekResult(spec, trials, null, loCloser ? fLo : fHi,
                    "not reachable with a factor from " + lo + " to " + hi + "; closest: factor " + (loCloser ? lo : hi));
        }
        BrentSolver solver = new BrentSolver(1e-12, spec.tolerance(), 0.001 * Math.abs(target));
        try {
            solver.solve(spec.maxIterations(), x -> recorded.applyAsDouble(x) - target, lo, hi);
        } catch (TooManyEvaluationsException e) {
            // the statistic moves in whole plans, so it may never come within the accuracy: keep the best trial
        }
        GoalSeekResult.Trial best = trials.stream()
                .min(Comparator.comparingDouble(t -> Math.abs(t.value() - target))).orElseThrow();
        return new GoalSeekResult(spec, trials, best.factor(), best.value(), "found");
    }
}
