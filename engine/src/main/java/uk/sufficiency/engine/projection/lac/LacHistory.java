package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;

/** A local authority's looked-after history, child-level (SSDA903) or aggregate. */
public interface LacHistory {

    /** Earliest month end at which the stock is known. */
    LocalDate firstSnapshot();

    /** Latest month end at which the stock is known (the projection base). */
    LocalDate lastSnapshot();

    /** Observations over month ends {@code start..end}, both within the known range. */
    Observations observe(LacStates space, LocalDate start, LocalDate end);

    /** The children in care at a known snapshot, as the simulation starts from them. */
    java.util.List<ChildState> childrenAt(LacStates space, LocalDate snapshot);

    /** Whether the stock is known at this month end (any month end for returns, 31 March for aggregates). */
    boolean isSnapshot(LocalDate monthEnd);

    /** The latest snapshot on or before {@code date}, or null when the history starts after it. */
    default LocalDate snapshotAtOrBefore(LocalDate date) {
        LocalDate d = date.isAfter(lastSnapshot()) ? lastSnapshot() : java.time.YearMonth.from(date).atEndOfMonth();
        if (d.isAfter(date)) {
            d = java.time.YearMonth.from(date).minusMonths(1).atEndOfMonth();
        }
        while (!d.isBefore(firstSnapshot())) {
            if (isSnapshot(d)) {
                return d;
            }
            d = java.time.YearMonth.from(d).minusMonths(1).atEndOfMonth();
        }
        return null;
    }

    /** Stock at a month end as [category][band], or null when not known at that date. */
    int[][] stockAt(LacStates space, LocalDate monthEnd);

    /** Short description for the run report, e.g. "SSDA903 2017-2021, 1210 children". */
    String describe();
}
