package uk.sufficiency.engine.projection.ehcp.goalseek;

import java.util.ArrayList;
import java.util.List;
import java.util.function.DoubleUnaryOperator;
import uk.sufficiency.engine.projection.ehcp.config.GoalSeekSpec;

/**
 * Bisection on a lever's factor. The measure is assumed monotone in the factor (true of every
 * lever, up to simulation noise, which common random numbers keep small); the search stops when
 * the bracket is narrower than the tolerance or the statistic is within 0.1% of the target.
 */
public final class GoalSeeker {

    private GoalSeeker() {
    }

    /** @param measure statistic of the target measure for a factor (the same seeds every call) */
    public static GoalSeekResult seek(GoalSeekSpec spec, DoubleUnaryOperator measure) {
        List<GoalSeekResult.Trial> trials = new ArrayList<>();
        double target = spec.targetValue();
        double lo = spec.lower();
        double hi = spec.upper();
        double fLo = measure.applyAsDouble(lo);
        trials.add(new GoalSeekResult.Trial(0, lo, fLo));
        double fHi = measure.applyAsDouble(hi);
        trials.add(new GoalSeekResult.Trial(0, hi, fHi));
        if ((fLo - target) * (fHi - target) > 0) {
            boolean loCloser = Math.abs(fLo - target) <= Math.abs(fHi - target);
            return new GoalSeekResult(spec, trials, null, loCloser ? fLo : fHi,
                    "not reachable with a factor from " + lo + " to " + hi + "; closest: factor "
                            + (loCloser ? lo : hi));
        }
        double best = Math.abs(fLo - target) <= Math.abs(fHi - target) ? lo : hi;
        double bestValue = best == lo ? fLo : fHi;
        for (int iteration = 1; iteration <= spec.maxIterations(); iteration++) {
            if (hi - lo < spec.tolerance() || Math.abs(bestValue - target) <= 0.001 * Math.abs(target)) {
                break;
            }
            double mid = (lo + hi) / 2;
            double fMid = measure.applyAsDouble(mid);
            trials.add(new GoalSeekResult.Trial(iteration, mid, fMid));
            if (Math.abs(fMid - target) < Math.abs(bestValue - target)) {
                best = mid;
                bestValue = fMid;
            }
            if ((fMid - target) * (fLo - target) > 0) {
                lo = mid;
                fLo = fMid;
            } else {
                hi = mid;
            }
        }
        return new GoalSeekResult(spec, trials, best, bestValue, "found");
    }
}
