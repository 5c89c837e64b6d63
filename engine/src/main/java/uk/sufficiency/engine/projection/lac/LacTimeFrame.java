package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Where the projection sits in the scenario's calendar (decision 0039). The scenario's as-of date
 * anchors it: the projection starts from the children in care at the last snapshot on or before the
 * as-of date (the base), and runs to {@code years} years after the as-of date's month. When the history
 * ends before the as-of date, the months from its end to the as-of date are projected too; when it
 * runs on after the as-of date, those later records are not used to start the projection, only
 * shown beside it. The rates are estimated on the reference window ending at the base, or, when the
 * history before the base is shorter than the window, on the first window the history holds.
 *
 * @param asOf        the scenario's as-of date
 * @param dataStart   first snapshot of the history
 * @param dataEnd     last snapshot of the history
 * @param base        the month end the projection starts from
 * @param windowStart first month end of the reference window
 * @param windowEnd   last month end of the reference window
 * @param months      months projected after the base
 */
public record LacTimeFrame(LocalDate asOf, LocalDate dataStart, LocalDate dataEnd, LocalDate base,
        LocalDate windowStart, LocalDate windowEnd, int months) {

    /** Places the projection; adds a problem and returns null when the history cannot serve the as-of date. */
    public static LacTimeFrame of(LacHistory history, LocalDate asOf, int windowMonths, int years, ConfigSection section,
            ProblemCollector problems) {
        LocalDate base = history.snapshotAtOrBefore(asOf);
        if (base == null) {
            section.error(problems, "", null, "the looked-after history starts on " + history.firstSnapshot()
                    + ", after as_of " + asOf + ": there is no stock at the as-of date to project from");
            return null;
        }
        LocalDate windowEnd = base;
        if (monthEnd(base, -windowMonths).isBefore(history.firstSnapshot())) {
            windowEnd = monthEnd(history.firstSnapshot(), windowMonths);
            while (!windowEnd.isAfter(history.lastSnapshot()) && !history.isSnapshot(windowEnd)) {
                windowEnd = monthEnd(windowEnd, 1);
            }
            if (windowEnd.isAfter(history.lastSnapshot())) {
                section.error(problems, "/reference_window", windowMonths + "m", "the reference window is longer than the"
                        + " history (" + history.firstSnapshot() + " to " + history.lastSnapshot() + ")");
                return null;
            }
        }
        int months = (int) ChronoUnit.MONTHS.between(YearMonth.from(base), YearMonth.from(asOf)) + years * 12;
        return new LacTimeFrame(asOf, history.firstSnapshot(), history.lastSnapshot(), base,
                monthEnd(windowEnd, -windowMonths), windowEnd, months);
    }

    static LocalDate monthEnd(LocalDate date, int months) {
        return YearMonth.from(date).plusMonths(months).atEndOfMonth();
    }

    /** The last projected month end. */
    public LocalDate end() {
        return monthEnd(base, months);
    }

    /** Says how the history and the as-of date meet, for the result's summary. */
    public String note() {
        StringBuilder text = new StringBuilder();
        if (base.isBefore(YearMonth.from(asOf).atEndOfMonth()) && dataEnd.equals(base)) {
            text.append("The looked-after history ends on ").append(dataEnd).append(", before the scenario's as-of date ")
                    .append(asOf).append(": the ").append(ChronoUnit.MONTHS.between(YearMonth.from(base), YearMonth.from(asOf)))
                    .append(" months to it are projected too. ");
        } else {
            text.append("The projection starts from the children in care on ").append(base).append(" (as of ")
                    .append(asOf).append("). ");
        }
        if (dataEnd.isAfter(base)) {
            text.append("The history runs on to ").append(dataEnd).append(", after the as-of date: those later records"
                    + " do not start the projection; they are shown beside it as recorded. ");
        }
        if (windowEnd.isAfter(base)) {
            text.append("The history before ").append(base).append(" is shorter than the reference window, so the rates are"
                    + " estimated on ").append(windowStart).append(" to ").append(windowEnd).append(", after it. ");
        } else {
            text.append("Rates are estimated on ").append(windowStart).append(" to ").append(windowEnd).append(". ");
        }
        return text.toString().strip();
    }
}
