package uk.sufficiency.engine.projection.ehcp.config;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** English financial years (April to March) written as {@code 2020-21}. */
public final class FinancialYearLabel {

    private static final Pattern LABEL = Pattern.compile("(\\d{4})-(\\d{2})");

    private FinancialYearLabel() {
    }

    /** The label of the financial year starting in April of {@code startYear}. */
    public static String of(int startYear) {
        return startYear + "-" + String.format("%02d", (startYear + 1) % 100);
    }

    /** The calendar year in which the labelled financial year starts, or null if the label is malformed. */
    public static Integer startYear(String label) {
        Matcher matcher = LABEL.matcher(label == null ? "" : label.trim());
        if (!matcher.matches()) {
            return null;
        }
        int start = Integer.parseInt(matcher.group(1));
        int end = Integer.parseInt(matcher.group(2));
        return (start + 1) % 100 == end ? start : null;
    }
}
