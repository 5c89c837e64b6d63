package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;

/** A local authority's looked-after history, child-level (SSDA903) or aggregate. */
public interface LacHistory {

    /** Earliest month end at which the stock is known. */
    LocalDate firstSnapshot();

    /** Latest month end at which the stock is known (the projection base). */
    LocalDate lastSnapshot();

    /** Observations over month ends {@code start..end}, both within the known range. */
    Observations observe(StateSpace space, LocalDate start, LocalDate end);

    /** Stock at a month end as [category][band], or null when not known at that date. */
    int[][] stockAt(StateSpace space, LocalDate monthEnd);

    /** Short description for the run report, e.g. "SSDA903 2017-2021, 1210 children". */
    String describe();
}
