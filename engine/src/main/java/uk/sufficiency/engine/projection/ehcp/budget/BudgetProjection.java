package uk.sufficiency.engine.projection.ehcp.budget;

import java.util.ArrayList;
import java.util.List;
import java.util.SortedMap;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.config.FinancialYearLabel;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * Spend per financial year against the high-needs block allocation: in-year and cumulative
 * balance (the opening balance applies from the first year with an allocation) and savings
 * delivered against target, each summarised across simulations.
 */
public final class BudgetProjection {

    private BudgetProjection() {
    }

    /**
     * @param observedCubes census cube rows of observed years up to the start year
     * @param scenario      the projection
     * @param baseline      the same projection without levers (same seeds), or null when there are none
     */
    public static List<BudgetRow> compute(EhcpSettings config, SpendCalculator spend,
            SortedMap<Integer, int[]> observedCubes, SimulationResult scenario, SimulationResult baseline) {
        int sims = scenario.simulations();
        int startYear = scenario.startYear();
        List<BudgetRow> rows = new ArrayList<>();
        double[] cumulative = null;
        for (int year = observedCubes.firstKey(); year < startYear + scenario.horizon(); year++) {
            boolean observed = year + 1 <= startYear;
            if (observed && !(observedCubes.containsKey(year) && observedCubes.containsKey(year + 1))) {
                continue;
            }
            if (!observed && year < startYear) {
                continue;
            }
            double[] spendGbp = new double[observed ? 1 : sims];
            double[] savings = new double[spendGbp.length];
            for (int k = 0; k < spendGbp.length; k++) {
                if (observed) {
                    spendGbp[k] = spend.financialYearSpendGbp(year, observedCubes.get(year), observedCubes.get(year + 1),
                            -1);
                } else {
                    int t = year - startYear;
                    spendGbp[k] = spend.financialYearSpendGbp(year, scenario.counts()[k][t],
                            scenario.counts()[k][t + 1], -1);
                    if (baseline != null) {
                        savings[k] = spend.financialYearSpendGbp(year, baseline.counts()[k][t],
                                baseline.counts()[k][t + 1], -1) - spendGbp[k];
                    }
                }
            }
            String label = FinancialYearLabel.of(year);
            Double allocation = config.blockAllocationGbp().get(label);
            Double target = config.savingsTargetGbp().get(label);
            Interval balanceInterval = null;
            Interval cumulativeInterval = null;
            Double probabilityOfDeficit = null;
            if (allocation != null) {
                double[] balance = new double[sims];
                double deficits = 0;
                for (int k = 0; k < sims; k++) {
                    balance[k] = allocation - spendGbp[observed ? 0 : k];
                    deficits += balance[k] < 0 ? 1 : 0;
                }
                if (cumulative == null) {
                    cumulative = new double[sims];
                    java.util.Arrays.fill(cumulative, config.openingBalanceGbp());
                }
                for (int k = 0; k < sims; k++) {
                    cumulative[k] += balance[k];
                }
                balanceInterval = observed ? Interval.exactly(balance[0]) : Interval.of(balance);
                cumulativeInterval = Interval.of(cumulative.clone());
                probabilityOfDeficit = deficits / sims;
            }
            Double probabilitySavingsMet = null;
            if (target != null && !observed) {
                double met = 0;
                for (double s : savings) {
                    met += s >= target ? 1 : 0;
                }
                probabilitySavingsMet = met / savings.length;
            }
            rows.add(new BudgetRow(label, year, observed,
                    observed ? Interval.exactly(spendGbp[0]) : Interval.of(spendGbp), allocation, balanceInterval,
                    cumulativeInterval, target, observed ? null : Interval.of(savings), probabilityOfDeficit,
                    probabilitySavingsMet));
        }
        return rows;
    }
}
