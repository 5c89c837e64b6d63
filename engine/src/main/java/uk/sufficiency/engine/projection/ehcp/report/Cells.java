package uk.sufficiency.engine.projection.ehcp.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.sufficiency.model.uncertainty.Interval;

/** How the EHCP tables round: plans to one decimal, pounds to whole pounds. */
final class Cells {

    private Cells() {
    }

    static List<Object> plans(Interval interval) {
        return rounded(interval, 1);
    }

    /** Whole pounds; six blanks when there is no interval. */
    static List<Object> pounds(Interval interval) {
        return interval == null ? Arrays.asList(null, null, null, null, null, null) : rounded(interval, 0);
    }

    static Double round(double value, int decimals) {
        if (Double.isNaN(value)) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    static Double round(Double value, int decimals) {
        return value == null ? null : round(value.doubleValue(), decimals);
    }

    private static List<Object> rounded(Interval interval, int decimals) {
        List<Object> cells = new ArrayList<>();
        for (Object cell : interval.cells()) {
            cells.add(round((Double) cell, decimals));
        }
        return cells;
    }
}
