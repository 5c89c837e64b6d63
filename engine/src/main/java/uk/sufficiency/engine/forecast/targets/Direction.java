package uk.sufficiency.engine.forecast.targets;

/** Which side of a target value is good. */
public enum Direction {
    /** The value should be no more than the target (e.g. EHCPs <= 5,106). */
    AT_MOST,
    /** The value should be no less than the target (e.g. in-house carers >= 200). */
    AT_LEAST;

    public boolean isMet(double value, double target) {
        return this == AT_MOST ? value <= target : value >= target;
    }

    /** The file spelling: {@code at_most} or {@code at_least}. */
    public String label() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }
}
