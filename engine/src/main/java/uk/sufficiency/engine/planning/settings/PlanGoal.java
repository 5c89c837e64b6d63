package uk.sufficiency.engine.planning.settings;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A recruitment target to goal-seek: {@code metric op value @ year}, e.g.
 * {@code in_house_share>=0.70@2019} or {@code external_spend<=5000000@2020}; met when the mean over
 * the demand simulations satisfies it in the plan year ending in {@code year}.
 */
public record PlanGoal(Metric metric, boolean atLeast, double value, int year) {

    /**
     * What a goal can be set on; each is read from the "all" row of the year (the planner's measure
     * of each: {@code PlanMeasure.of}).
     */
    public enum Metric {
        /** share of foster placements made in-house (0-1), over children needing foster care only */
        IN_HOUSE_SHARE("in_house_share"),
        /** annual spend on external placements, GBP */
        EXTERNAL_SPEND("external_spend"),
        /** children needing foster care who cannot be placed in-house */
        GAP("gap");

        private final String word;

        Metric(String word) {
            this.word = word;
        }

        public String word() {
            return word;
        }
    }

    private static final Pattern FORM = Pattern.compile(
            "\\s*([a-z_]+)\\s*(>=|<=)\\s*([0-9]+(?:\\.[0-9]+)?)(%?)\\s*@\\s*([0-9]{4})\\s*");

    /** Parses a goal; throws IllegalArgumentException with a message saying the accepted form. */
    public static PlanGoal parse(String text) {
        Matcher m = FORM.matcher(text.toLowerCase(Locale.ROOT));
        if (!m.matches()) {
            throw new IllegalArgumentException("goal '" + text + "' must look like in_house_share>=0.70@2019, "
                    + "external_spend<=5000000@2019 or gap<=10@2019");
        }
        Metric metric = null;
        for (Metric candidate : Metric.values()) {
            if (candidate.word.equals(m.group(1))) {
                metric = candidate;
            }
        }
        if (metric == null) {
            throw new IllegalArgumentException("goal '" + text + "': metric must be in_house_share, external_spend or gap");
        }
        double value = Double.parseDouble(m.group(3));
        if (!m.group(4).isEmpty()) {
            value /= 100.0;
        }
        if (metric == Metric.IN_HOUSE_SHARE && value > 1) {
            throw new IllegalArgumentException("goal '" + text + "': in_house_share is a share from 0 to 1 (or 0%-100%)");
        }
        return new PlanGoal(metric, m.group(2).equals(">="), value, Integer.parseInt(m.group(5)));
    }

    public boolean isMetBy(double metricValue) {
        return atLeast ? metricValue >= value - 1e-12 : metricValue <= value + 1e-12;
    }

    @Override
    public String toString() {
        return metric.word + (atLeast ? ">=" : "<=") + value + "@" + year;
    }
}
