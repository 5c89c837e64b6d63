package uk.sufficiency.engine.planning.goalseek;

import uk.sufficiency.model.child.SkillLevel;
import java.util.Arrays;
import java.util.Locale;
import uk.sufficiency.engine.planning.PlanEvaluator;
import uk.sufficiency.engine.planning.PlanMeasure;
import uk.sufficiency.engine.planning.settings.PlanGoal;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * Finds the least steady recruitment that meets a goal with a stated probability: households a
 * year at each skill level, the same every year from the first plan year to the goal's year, on
 * top of the baseline and within the yearly recruitment cap.
 *
 * <p>The goal is met with probability p when at least p of the simulations (demand and recruitment
 * yield together) meet it, i.e. when the goal metric's (1 - p) quantile meets an "at least" goal or
 * its p quantile meets an "at most" goal. Search starts from no extra recruitment and is greedy on
 * that quantile: each step adds one household a year at the level that moves it most towards the
 * goal (ties to the lower, cheaper level), until the goal is met, no level helps or the cap binds;
 * a clean-up pass then removes any household a year the goal does not need, so none is surplus.
 * Every candidate is evaluated on the same simulations (common random numbers).
 */
public final class RecruitmentGoalSeek {

    private static final double NO_GAIN = 1e-9;

    private RecruitmentGoalSeek() {
    }

    /**
     * The outcome.
     *
     * @param perYear         households a year by level (index 1-6), years 1 to the goal's year
     * @param extra           the same as {@code [year][level]} over every plan year
     * @param met             whether the goal is met with the stated probability
     * @param probability     the stated probability
     * @param probabilityMet  share of simulations meeting the goal with this recruitment
     * @param metricQuantile  the goal metric's quantile the goal is judged on
     */
    public record Result(double[] perYear, double[][] extra, boolean met, double probability, double probabilityMet,
            double metricQuantile, int evaluations, String explanation) {
    }

    public static Result seek(PlanEvaluator evaluator, PlanGoal goal, double probability) {
        PlanSettings settings = evaluator.settings();
        int goalYear = settings.yearOf(goal.year());
        if (goalYear < 1) {
            throw new IllegalArgumentException("goal year " + goal.year() + " is not a plan year");
        }
        Search search = new Search(evaluator, goal, probability, goalYear);
        double room = settings.recruitCapPerYear() - Arrays.stream(settings.baselineRecruitsPerYear()).sum();
        double[] perYear = new double[SkillLevel.SLOTS];
        Judged current = search.judge(perYear);
        while (!current.met()) {
            Judged best = null;
            int bestLevel = -1;
            for (int level = 1; level <= SkillLevel.MAX && Arrays.stream(perYear).sum() + 1 <= room + 1e-9; level++) {
                perYear[level] += 1;
                Judged candidate = search.judge(perYear);
                perYear[level] -= 1;
                if (search.gain(current, candidate) > (best == null ? NO_GAIN : search.gain(current, best))) {
                    best = candidate;
                    bestLevel = level;
                }
            }
            if (best == null) {
                return search.result(perYear, current, "goal " + goal + " not met with probability "
                        + percent(probability) + ": no further household a year within the cap of "
                        + settings.recruitCapPerYear() + " improves it");
            }
            perYear[bestLevel] += 1;
            current = best;
        }
        current = trim(search, perYear, current);
        return search.result(perYear, current, "goal " + goal + " met with probability " + percent(probability)
                + " (met in " + percent(current.probabilityMet()) + " of simulations)");
    }

    /** Removes households a year the goal does not need, highest level first. */
    private static Judged trim(Search search, double[] perYear, Judged current) {
        boolean removed = true;
        while (removed) {
            removed = false;
            for (int level = SkillLevel.MAX; level >= SkillLevel.MIN; level--) {
                if (perYear[level] >= 1) {
                    perYear[level] -= 1;
                    Judged candidate = search.judge(perYear);
                    if (candidate.met()) {
                        current = candidate;
                        removed = true;
                    } else {
                        perYear[level] += 1;
                    }
                }
            }
        }
        return current;
    }

    private static String percent(double share) {
        return String.format(Locale.ROOT, "%.0f%%", 100 * share);
    }

    /** A candidate's standing: the metric's judged quantile, the share of simulations meeting the goal. */
    private record Judged(double quantile, double probabilityMet, boolean met) {
    }

    /** Evaluates candidates against the goal, counting evaluations. */
    private static final class Search {
        private final PlanEvaluator evaluator;
        private final PlanGoal goal;
        private final double probability;
        private final int goalYear;
        private int evaluations;

        Search(PlanEvaluator evaluator, PlanGoal goal, double probability, int goalYear) {
            this.evaluator = evaluator;
            this.goal = goal;
            this.probability = probability;
            this.goalYear = goalYear;
        }

        double[][] extra(double[] perYear) {
            double[][] extra = new double[evaluator.settings().years() + 1][SkillLevel.SLOTS];
            for (int t = 1; t <= goalYear; t++) {
                extra[t] = perYear.clone();
            }
            return extra;
        }

        Judged judge(double[] perYear) {
            evaluations++;
            double[] metric = evaluator.evaluate(extra(perYear), goalYear, goalYear)
                    .samples(PlanMeasure.of(goal.metric()), goalYear, PlanEvaluator.ALL).clone();
            Arrays.sort(metric);
            int meeting = 0;
            for (double value : metric) {
                meeting += goal.isMetBy(value) ? 1 : 0;
            }
            double share = meeting / (double) metric.length;
            double quantile = Interval.quantile(metric, goal.atLeast() ? 1 - probability : probability);
            return new Judged(quantile, share, share >= probability - 1e-12);
        }

        /** How far a candidate moves towards the goal: the quantile first, then the share meeting it. */
        double gain(Judged from, Judged to) {
            double quantileGain = goal.atLeast() ? to.quantile() - from.quantile() : from.quantile() - to.quantile();
            return quantileGain + 1e-6 * (to.probabilityMet() - from.probabilityMet());
        }

        Result result(double[] perYear, Judged judged, String explanation) {
            return new Result(perYear.clone(), extra(perYear), judged.met(), probability, judged.probabilityMet(),
                    judged.quantile(), evaluations, explanation);
        }
    }
}
