package uk.sufficiency.engine.projection.lac;

import java.time.YearMonth;
import java.util.List;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * Every simulation's own figures, kept whole so that any quantity (a total, a category, a cost) is
 * computed within each simulation before quantiles are taken across simulations.
 *
 * @param months          projected months; figures for month t are at its last day
 * @param financialYears  financial years touched by the projection, by starting calendar year
 * @param stock           [simulation][(t * K + category) * B + band] children in care at month end
 * @param entries         [simulation][t] children entering care during month t
 * @param exits           [simulation][t] children leaving care during month t (18th birthdays included)
 * @param careDays        [simulation][f * K + category] child-days of care in financial year f
 */
public record SimulationResult(LacStates space, List<YearMonth> months, List<Integer> financialYears,
        int[][] stock, int[][] entries, int[][] exits, double[][] careDays) {

    public int simulations() {
        return stock.length;
    }

    public int stockIndex(int t, int category, int band) {
        return (t * space.categoryCount() + category) * space.bands().size() + band;
    }

    /** Children in care at the end of month t in simulation i; category or band -1 = all. */
    public int stock(int i, int t, int category, int band) {
        int total = 0;
        int k = space.categoryCount();
        int b = space.bands().size();
        for (int c = 0; c < k; c++) {
            if (category >= 0 && c != category) {
                continue;
            }
            for (int a = 0; a < b; a++) {
                if (band < 0 || a == band) {
                    total += stock[i][stockIndex(t, c, a)];
                }
            }
        }
        return total;
    }

    /** Children in care at the end of month t across simulations; category or band -1 = all. */
    public Interval stockInterval(int t, int category, int band) {
        double[] values = new double[simulations()];
        for (int i = 0; i < values.length; i++) {
            values[i] = stock(i, t, category, band);
        }
        return Interval.of(values);
    }

    /** The categories, in the order of the category indexes. */
    public List<String> categories() {
        return space.categories();
    }
}
