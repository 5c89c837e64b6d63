package uk.sufficiency.engine.market;

import uk.sufficiency.model.child.SkillLevel;

/**
 * A region's path in one simulation from its members': counts, costs and places summed; the mean wait
 * weighted by the children waiting; the longest wait the longest of any member's.
 */
final class RegionTotals {

    private RegionTotals() {
    }

    static MarketPath sum(MarketPath[] members, int exactMonths, int serviceMonths) {
        int months = members[0].values()[0].length;
        double[][] values = new double[MarketMeasure.values().length][months];
        double[][][] byLevel = new double[MarketMeasure.ByLevel.values().length][SkillLevel.SLOTS][months];
        double[] years = new double[members[0].yearCostGbp().length];
        int mean = MarketMeasure.MEAN_WAIT.ordinal();
        int longest = MarketMeasure.LONGEST_WAIT.ordinal();
        int waiting = MarketMeasure.WAITING.ordinal();
        for (MarketPath path : members) {
            for (int m = 0; m < values.length; m++) {
                for (int t = 0; t < months; t++) {
                    double v = path.values()[m][t];
                    values[m][t] = m == longest ? Math.max(values[m][t], v)
                            : values[m][t] + (m == mean ? v * path.values()[waiting][t] : v);
                }
            }
            for (int m = 0; m < byLevel.length; m++) {
                for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                    for (int t = 0; t < months; t++) {
                        byLevel[m][level][t] += path.byLevel()[m][level][t];
                    }
                }
            }
            for (int y = 0; y < years.length; y++) {
                years[y] += path.yearCostGbp()[y];
            }
        }
        for (int t = 0; t < months; t++) {
            values[mean][t] = values[waiting][t] == 0 ? 0 : values[mean][t] / values[waiting][t];
        }
        return new MarketPath(values, byLevel, years, exactMonths, serviceMonths);
    }

    /** Region extras: the members' summed, {@code [measure][month]}. */
    static double[][] sum(double[][][] members) {
        double[][] total = new double[members[0].length][members[0][0].length];
        for (double[][] member : members) {
            for (int m = 0; m < total.length; m++) {
                for (int t = 0; t < total[m].length; t++) {
                    total[m][t] += member[m][t];
                }
            }
        }
        return total;
    }
}
