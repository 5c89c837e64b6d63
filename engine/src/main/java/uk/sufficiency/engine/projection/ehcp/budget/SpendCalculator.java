package uk.sufficiency.engine.projection.ehcp.budget;

import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;
import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;

/**
 * High-needs spend from plan counts. A January census count, priced at the annual cost per place
 * of its need and setting, is the annual spend rate of the academic year around it. The financial
 * year April Y to March Y+1 takes 5 months (April-August) of the academic year counted in January
 * Y and 7 months (September-March) of the one counted in January Y+1:
 * {@code spend(FY Y) = (5/12 x rate(Jan Y) + 7/12 x rate(Jan Y+1)) x (1 + uplift)^(Y - priceYear)}
 * for Y after the price year (costs are at the prices of the financial year starting in
 * {@code priceYear}; earlier years are not deflated).
 */
public final class SpendCalculator {

    private final PlanStateSpace space;
    private final double[] cellCostGbp;
    private final double upliftPerYear;
    private final int priceYear;

    public SpendCalculator(EhcpInputs inputs, int priceYear) {
        this.space = inputs.space();
        this.upliftPerYear = inputs.config().costUpliftPerYear();
        this.priceYear = priceYear;
        int cells = space.settingCount() * space.needCount() * SimulationResult.BANDS;
        this.cellCostGbp = new double[cells];
        for (int s = 0; s < space.settingCount(); s++) {
            for (int n = 0; n < space.needCount(); n++) {
                double cost = inputs.costs().annualCostGbp(space.needs().get(n), space.settings().get(s));
                if (Double.isNaN(cost)) {
                    cost = inputs.costs().settingMeanGbp(space.settings().get(s));
                }
                for (int b = 0; b < SimulationResult.BANDS; b++) {
                    cellCostGbp[(s * space.needCount() + n) * SimulationResult.BANDS + b] = cost;
                }
            }
        }
    }

    /** Annual spend rate in GBP of a census cube row (before uplift), optionally one setting only (-1 = all). */
    public double annualRateGbp(int[] cube, int setting) {
        int cellsPerSetting = SimulationResult.BANDS * space.needCount();
        int from = setting < 0 ? 0 : setting * cellsPerSetting;
        int to = setting < 0 ? cube.length : from + cellsPerSetting;
        double sum = 0;
        for (int c = from; c < to; c++) {
            if (cube[c] != 0) {
                sum += cube[c] * cellCostGbp[c];
            }
        }
        return sum;
    }

    /** Census counts by state to a cube row (for observed years). */
    public int[] cube(double[] stateCounts) {
        int[] cube = new int[cellCostGbp.length];
        int[] whole = uk.sufficiency.engine.projection.ehcp.simulate.CohortSimulator.toWholePlans(stateCounts);
        for (int i = 0; i < whole.length; i++) {
            if (whole[i] > 0) {
                cube[SimulationResult.cellOfState(space, i)] += whole[i];
            }
        }
        return cube;
    }

    public double uplift(int financialYearStart) {
        return Math.pow(1 + upliftPerYear, Math.max(0, financialYearStart - priceYear));
    }

    /** Spend in the financial year starting April {@code year} from the January census rows of Y and Y+1. */
    public double financialYearSpendGbp(int year, int[] januaryY, int[] januaryNext, int setting) {
        return (5.0 / 12.0 * annualRateGbp(januaryY, setting) + 7.0 / 12.0 * annualRateGbp(januaryNext, setting))
                * uplift(year);
    }

    /** Census-year cost (annual rate at that census, uplifted to the financial year starting in that year). */
    public double censusCostGbp(int censusYear, int[] cube, int setting) {
        return annualRateGbp(cube, setting) * uplift(censusYear);
    }
}
