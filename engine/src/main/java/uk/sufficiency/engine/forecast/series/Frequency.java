package uk.sufficiency.engine.forecast.series;

/** How often a series is observed; sets the seasonal period and the step between periods. */
public enum Frequency {
    YEARLY(1, 12),
    QUARTERLY(4, 3),
    MONTHLY(12, 1);

    private final int periodsPerYear;
    private final int monthsPerPeriod;

    Frequency(int periodsPerYear, int monthsPerPeriod) {
        this.periodsPerYear = periodsPerYear;
        this.monthsPerPeriod = monthsPerPeriod;
    }

    /** Number of periods in one seasonal cycle (1 for yearly series, which have no seasonality). */
    public int seasonLength() {
        return periodsPerYear;
    }

    public int periodsPerYear() {
        return periodsPerYear;
    }

    public int monthsPerPeriod() {
        return monthsPerPeriod;
    }

    /** The frequency whose step is the given number of months, or null if none. */
    public static Frequency ofMonthStep(long months) {
        for (Frequency frequency : values()) {
            if (frequency.monthsPerPeriod == months) {
                return frequency;
            }
        }
        return null;
    }
}
