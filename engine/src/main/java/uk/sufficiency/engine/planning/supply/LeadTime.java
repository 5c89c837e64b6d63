package uk.sufficiency.engine.planning.supply;

/**
 * Approval lead time: a household recruited in year t starts its assessment at a time spread evenly
 * over that year and is approved, and usable, {@code months} later. The usable share of a year is
 * the average, over recruits, of the months of that year in which the household is approved,
 * divided by 12. With 6 months: 0.125 in the year of recruitment, 0.875 in the next, then 1.
 */
public final class LeadTime {

    private LeadTime() {
    }

    /**
     * Usable share of plan year {@code t + yearsSince} for a household recruited in year t.
     *
     * @param months     lead time from recruitment to approval, 0-24
     * @param yearsSince 0 for the year of recruitment
     */
    public static double usableShare(double months, int yearsSince) {
        if (yearsSince < 0) {
            return 0;
        }
        double yearStart = 12.0 * yearsSince;
        double yearEnd = yearStart + 12.0;
        // m(u) = usable months in the year for a start at month u in [0, 12): piecewise linear in u,
        // with kinks where the approval date u + months crosses the year's start or end.
        double[] cuts = {0, 12, yearStart - months, yearEnd - months};
        java.util.Arrays.sort(cuts);
        double integral = 0;
        for (int i = 0; i + 1 < cuts.length; i++) {
            double a = Math.max(0, cuts[i]);
            double b = Math.min(12, cuts[i + 1]);
            if (b > a) {
                integral += (b - a) * (usableMonths(a, months, yearStart, yearEnd)
                        + usableMonths(b, months, yearStart, yearEnd)) / 2.0;
            }
        }
        return integral / 144.0;
    }

    private static double usableMonths(double start, double months, double yearStart, double yearEnd) {
        double approved = start + months;
        return Math.max(0, Math.min(12, yearEnd - Math.max(approved, yearStart)));
    }
}
