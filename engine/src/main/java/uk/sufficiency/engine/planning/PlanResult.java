package uk.sufficiency.engine.planning;

import uk.sufficiency.model.child.SkillLevel;
import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.planning.goalseek.RecruitmentGoalSeek;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.planning.simulated.SimulatedPlan;
import uk.sufficiency.engine.planning.supply.CurrentSupply;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * A plan set beside its baseline on the same simulations.
 *
 * @param extraRecruits   households recruited on top of the baseline, {@code [year][level]}
 * @param goalSeek        the goal-seek outcome when a goal was set, else null
 * @param demandSource    how demand was simulated, in words
 * @param seed            the seed used (--seed, else plan.seed, else the default)
 * @param current         the starting point: in-house places filled now
 * @param simulated       the baseline and plan evaluated by the market simulation ({@code plan.evaluate:
 *                        simulation}), else null
 */
public record PlanResult(
        PlanSettings settings,
        PlanEvaluator.Evaluation baseline,
        PlanEvaluator.Evaluation plan,
        double[][] extraRecruits,
        RecruitmentGoalSeek.Result goalSeek,
        String demandSource,
        long seed,
        CurrentSupply current,
        SimulatedPlan simulated) {

    /** A plan evaluated by the greedy rule only. */
    public PlanResult(PlanSettings settings, PlanEvaluator.Evaluation baseline, PlanEvaluator.Evaluation plan,
            double[][] extraRecruits, RecruitmentGoalSeek.Result goalSeek, String demandSource, long seed,
            CurrentSupply current) {
        this(settings, baseline, plan, extraRecruits, goalSeek, demandSource, seed, current, null);
    }

    /** The same result with the market simulation's evaluation beside the greedy one. */
    public PlanResult withSimulated(SimulatedPlan evaluation) {
        return new PlanResult(settings, baseline, plan, extraRecruits, goalSeek, demandSource, seed, current,
                evaluation);
    }

    /**
     * Plan against baseline in one year. Differences are taken per simulation, then summarised, so
     * the intervals hold the uncertainty of the effect itself.
     *
     * @param cumulativeNetGbp     cost avoided less recruitment spend, summed from year 1
     * @param paybackProbability   share of simulations in which the plan has paid for itself by this year
     */
    public record YearComparison(
            int year,
            double extraHouseholds,
            double recruitmentSpendGbp,
            Interval gapClosed,
            Interval externalPlacementsAvoided,
            Interval annualCostAvoidedGbp,
            double cumulativeRecruitmentSpendGbp,
            Interval cumulativeNetGbp,
            double paybackProbability) {
    }

    public List<YearComparison> comparison() {
        List<YearComparison> rows = new ArrayList<>();
        int sims = baseline.samples(PlanMeasure.DEMAND, 1, PlanEvaluator.ALL).length;
        double[] cumulativeAvoided = new double[sims];
        double cumulativeSpend = 0;
        for (int t = 1; t <= settings.years(); t++) {
            double households = 0;
            for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                households += extraRecruits[t][level];
            }
            double spend = households * settings.recruitmentCostGbpPerHousehold();
            cumulativeSpend += spend;
            double[] costAvoided = difference(PlanMeasure.ANNUAL_COST, t, sims);
            double[] net = new double[sims];
            int paidBack = 0;
            for (int s = 0; s < sims; s++) {
                cumulativeAvoided[s] += costAvoided[s];
                net[s] = cumulativeAvoided[s] - cumulativeSpend;
                paidBack += cumulativeSpend > 0 && net[s] >= 0 ? 1 : 0;
            }
            rows.add(new YearComparison(settings.yearLabel(t), households, spend,
                    Interval.of(difference(PlanMeasure.GAP, t, sims)),
                    Interval.of(difference(PlanMeasure.EXTERNAL, t, sims)), Interval.of(costAvoided),
                    cumulativeSpend, Interval.of(net), paidBack / (double) sims));
        }
        return rows;
    }

    /**
     * The first plan year (label) by whose end the placement cost avoided, summed from year 1, covers
     * the extra recruitment spend summed from year 1 on the mean; null when it does not within the
     * plan or nothing is spent.
     */
    public Integer paybackYear() {
        for (YearComparison row : comparison()) {
            if (row.cumulativeRecruitmentSpendGbp() > 0 && row.cumulativeNetGbp().mean() >= 0) {
                return row.year();
            }
        }
        return null;
    }

    /** Whether the plan recruits anything on top of the baseline. */
    public boolean recruits() {
        for (double[] year : extraRecruits) {
            for (double households : year) {
                if (households > 0) {
                    return true;
                }
            }
        }
        return false;
    }

    private double[] difference(PlanMeasure measure, int t, int sims) {
        double[] b = baseline.samples(measure, t, PlanEvaluator.ALL);
        double[] p = plan.samples(measure, t, PlanEvaluator.ALL);
        double[] d = new double[sims];
        for (int s = 0; s < sims; s++) {
            d[s] = b[s] - p[s];
        }
        return d;
    }
}
