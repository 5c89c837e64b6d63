package uk.sufficiency.engine.market;

/**
 * What one simulation recorded.
 *
 * @param values         {@code [MarketMeasure][month]}
 * @param byLevel        {@code [MarketMeasure.ByLevel][level 1-6][month]}
 * @param yearCostGbp    cost of each simulated year of 12 months (the last may be part of a year), GBP
 * @param exactMonths    months whose matching the exact flow settled alone
 * @param serviceMonths  months the matching service itself solved
 */
record MarketPath(double[][] values, double[][][] byLevel, double[] yearCostGbp, int exactMonths, int serviceMonths) {
}
