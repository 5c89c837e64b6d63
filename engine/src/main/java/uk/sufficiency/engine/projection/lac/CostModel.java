package uk.sufficiency.engine.projection.lac;

/**
 * Unit costs. Inputs are weekly costs in GBP per child, priced in financial year {@code baseYear}
 * (April baseYear to March baseYear+1) and uplifted by {@code inflationPerYear} (a fraction) for each
 * financial year after it (or deflated before it). A day costs one seventh of a week: a financial year
 * of 365 days is 52.142857 weeks, of 366 days 52.285714 weeks (decision record 0033).
 */
public record CostModel(double[] weeklyCostGbp, double inflationPerYear, int baseYear) {

    public static final double DAYS_PER_WEEK = 7.0;

    /** Cost in GBP of one child-day in the category during the financial year starting April {@code year}. */
    public double dailyCostGbp(int category, int financialYear) {
        return weeklyCostGbp[category] / DAYS_PER_WEEK * Math.pow(1.0 + inflationPerYear, financialYear - baseYear);
    }

    /** Weekly cost converted to a financial year of {@code days} days, for reports. */
    public static double annualFromWeekly(double weeklyGbp, int days) {
        return weeklyGbp * days / DAYS_PER_WEEK;
    }

    /** Financial year (by its starting calendar year) a month falls in: April-March. */
    public static int financialYearOf(java.time.YearMonth month) {
        return month.getMonthValue() >= 4 ? month.getYear() : month.getYear() - 1;
    }

    /** "2024-25". */
    public static String financialYearLabel(int startYear) {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }
}
