package uk.sufficiency.engine.planning.goalseek;

import uk.sufficiency.engine.planning.PlanEvaluator;
import uk.sufficiency.engine.planning.PlanGoal;
import uk.sufficiency.engine.planning.PlanSettings;
import uk.sufficiency.model.child.SkillLevel;

/**
 * Finds the least extra recruitment (households, by plan year and skill level) that meets a goal,
 * within the yearly recruitment cap.
 *
 * <p>Greedy on marginal benefit: starting from the given plan, each step adds one household to the
 * (year, level) that most improves the goal's metric (mean over the demand simulations, all
 * candidates evaluated on the same simulations: common random numbers), until the goal is met, no
 * addition helps, or the cap binds everywhere. A clean-up pass then removes any household whose
 * removal keeps the goal met, so no single household is surplus. Only years up to the goal's year
 * are considered: later recruits cannot help it.
 */
public final class GoalSeeker {

    private static final double NO_GAIN = 1e-9;

    private GoalSeeker() {
    }

    /** The outcome: the extra recruitment found and whether it meets the goal. */
    public record Result(double[][] extra, boolean met, double metricValue, int evaluations, String explanation) {
    }

    public static Result seek(PlanEvaluator evaluator, PlanGoal goal, double[][] start) {
        PlanSettings settings = evaluator.settings();
        int goalYear = settings.yearOf(goal.year());
        if (goalYear < 1) {
            throw new IllegalArgumentException("goal year " + goal.year() + " is not a plan year");
        }
        double baselinePerYear = 0;
        for (double n : settings.baselineRecruitsPerYear()) {
            baselinePerYear += n;
        }
        double roomPerYear = settings.recruitCapPerYear() - baselinePerYear;
        double[][] extra = copy(start);
        int evaluations = 0;
        double current = metric(evaluator, goal, extra, goalYear);
        evaluations++;
        while (!goal.isMetBy(current)) {
            double bestGain = NO_GAIN;
            int bestYear = -1;
            int bestLevel = -1;
            double bestValue = current;
            for (int t = 1; t <= goalYear; t++) {
                if (sum(extra[t]) + 1 > roomPerYear + 1e-9) {
                    continue;
                }
                for (int level : SkillLevel.all()) {
                    extra[t][level] += 1;
                    double value = metric(evaluator, goal, extra, goalYear);
                    evaluations++;
                    extra[t][level] -= 1;
                    double gain = goal.atLeast() ? value - current : current - value;
                    if (gain > bestGain) {
                        bestGain = gain;
                        bestYear = t;
                        bestLevel = level;
                        bestValue = value;
                    }
                }
            }
            if (bestYear < 0) {
                return new Result(extra, false, current, evaluations,
                        "goal " + goal + " not met: no further household within the cap of "
                                + settings.recruitCapPerYear() + " a year improves it (best " + current + ")");
            }
            extra[bestYear][bestLevel] += 1;
            current = bestValue;
        }
        // clean-up: drop households the goal does not need, latest year and highest level first
        boolean removed = true;
        while (removed) {
            removed = false;
            for (int t = goalYear; t >= 1; t--) {
                for (int level = 6; level >= 1; level--) {
                    if (extra[t][level] - start[t][level] >= 1) {
                        extra[t][level] -= 1;
                        double value = metric(evaluator, goal, extra, goalYear);
                        evaluations++;
                        if (goal.isMetBy(value)) {
                            current = value;
                            removed = true;
                        } else {
                            extra[t][level] += 1;
                        }
                    }
                }
            }
        }
        return new Result(extra, true, current, evaluations, "goal " + goal + " met");
    }

    static double metric(PlanEvaluator evaluator, PlanGoal goal, double[][] extra, int goalYear) {
        return evaluator.evaluate(extra, goalYear, goalYear).mean(goal.metric().measure(), goalYear, PlanEvaluator.ALL);
    }

    private static double sum(double[] row) {
        double s = 0;
        for (double v : row) {
            s += v;
        }
        return s;
    }

    private static double[][] copy(double[][] plan) {
        double[][] c = new double[plan.length][];
        for (int i = 0; i < plan.length; i++) {
            c[i] = plan[i].clone();
        }
        return c;
    }
}
