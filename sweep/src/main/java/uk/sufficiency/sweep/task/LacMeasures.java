package uk.sufficiency.sweep.task;

import java.time.Month;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.projection.lac.LacProjectionResult;
import uk.sufficiency.engine.projection.lac.SimulationResult;

/**
 * What a sweep keeps of a looked-after children projection, per simulation: the children in care on
 * each projected 31 March (all categories and ages), and the cost of their care in each whole
 * financial year projected, at the scenario's unit costs (GBP; docs/methods/lac-projection.md s5).
 */
final class LacMeasures {

    static final String CHILDREN = "lac_children_in_care";
    static final String COST = "lac_cost_gbp";

    private LacMeasures() {
    }

    static List<MeasureValues> of(LacProjectionResult result) {
        SimulationResult paths = result.paths();
        List<MeasureValues> values = new ArrayList<>();
        for (int t = 0; t < paths.months().size(); t++) {
            YearMonth month = paths.months().get(t);
            if (month.getMonth() == Month.MARCH) {
                double[] children = new double[paths.simulations()];
                for (int i = 0; i < children.length; i++) {
                    children[i] = paths.stock(i, t, -1, -1);
                }
                values.add(new MeasureValues(CHILDREN, "children", month.getYear(), children));
            }
        }
        int k = result.states().categoryCount();
        for (int f = 0; f < paths.financialYears().size(); f++) {
            int financialYear = paths.financialYears().get(f);
            if (result.monthsIn(financialYear) != 12) {
                continue;
            }
            double[] cost = new double[paths.simulations()];
            for (int i = 0; i < cost.length; i++) {
                for (int c = 0; c < k; c++) {
                    cost[i] += paths.careDays()[i][f * k + c] * result.prices().dailyGbp(c, financialYear);
                }
            }
            values.add(new MeasureValues(COST, "GBP per year", financialYear + 1, cost));
        }
        return values;
    }
}
