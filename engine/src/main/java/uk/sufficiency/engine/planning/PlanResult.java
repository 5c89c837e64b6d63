package uk.sufficiency.engine.planning;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.planning.goalseek.GoalSeeker;
import uk.sufficiency.model.child.SkillLevel;

/**
 * A plan set beside its baseline on the same demand simulations.
 *
 * @param extraRecruits   households recruited on top of the baseline, {@code [year][level]}
 * @param goalSeek        the goal-seek outcome when a goal was set, else null
 * @param demandSource    how demand was simulated, in words
 */
public record PlanResult(
        PlanSettings settings,
        PlanEvaluator.Evaluation baseline,
        PlanEvaluator.Evaluation plan,
        double[][] extraRecruits,
        GoalSeeker.Result goalSeek,
        String demandSource) {

    /** Plan against baseline in one year; differences are taken per simulation, then summarised. */
    public record YearComparison(
            int year,
            double extraHouseholds,
            double recruitmentSpendGbp,
            Summary gapClosed,
            Summary externalPlacementsAvoided,
            Summary annualCostAvoidedGbp,
            double baselineExternalAnnualGbp,
            double planExternalAnnualGbp,
            double cumulativeCostAvoidedGbp,
            double cumulativeRecruitmentSpendGbp) {

        public double cumulativeNetGbp() {
            return cumulativeCostAvoidedGbp - cumulativeRecruitmentSpendGbp;
        }
    }

    public List<YearComparison> comparison() {
        List<YearComparison> rows = new ArrayList<>();
        double cumulativeAvoided = 0;
        double cumulativeSpend = 0;
        int sims = baseline.samples(PlanMeasure.DEMAND, 1, PlanEvaluator.ALL).length;
        for (int t = 1; t <= settings.years(); t++) {
            double households = 0;
            for (int level : SkillLevel.all()) {
                households += extraRecruits[t][level];
            }
            double spend = households * settings.recruitmentCostGbpPerHousehold();
            Summary gapClosed = Summary.of(difference(PlanMeasure.GAP, t, sims));
            Summary avoided = Summary.of(difference(PlanMeasure.EXTERNAL, t, sims));
            Summary costAvoided = Summary.of(difference(PlanMeasure.ANNUAL_COST, t, sims));
            cumulativeAvoided += costAvoided.mean();
            cumulativeSpend += spend;
            rows.add(new YearComparison(settings.yearLabel(t), households, spend, gapClosed, avoided, costAvoided,
                    baseline.mean(PlanMeasure.EXTERNAL_ANNUAL_COST, t, PlanEvaluator.ALL),
                    plan.mean(PlanMeasure.EXTERNAL_ANNUAL_COST, t, PlanEvaluator.ALL),
                    cumulativeAvoided, cumulativeSpend));
        }
        return rows;
    }

    /**
     * The first plan year (label) by whose end the placement cost avoided, summed from year 1, covers
     * the extra recruitment spend summed from year 1; null when it does not within the plan or
     * nothing is spent.
     */
    public Integer paybackYear() {
        for (YearComparison row : comparison()) {
            if (row.cumulativeRecruitmentSpendGbp() > 0 && row.cumulativeNetGbp() >= 0) {
                return row.year();
            }
        }
        return null;
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
