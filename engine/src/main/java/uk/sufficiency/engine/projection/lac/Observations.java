package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.util.List;

/**
 * What was seen over a reference window of month-end snapshots {@code windowStart .. windowEnd}
 * (window months = number of month-to-month steps), ready for fitting.
 *
 * @param outcomeCounts      [state][outcome]: children in the state at one month end, by where they
 *                           were at the next (their category, or left care); children who turned 18
 *                           during the month are left out, because leaving at 18 is modelled exactly
 * @param entryCounts        [state]: children in care at a month end who were not at the previous one,
 *                           by their state at that month end
 * @param monthlyEntries     total entries in each window month, oldest first
 * @param entryAgesByBand    [band]: ages in months, at the month end, of the children who entered
 * @param population         children in care at {@code windowEnd}
 */
public record Observations(LocalDate windowStart, LocalDate windowEnd, int windowMonths,
        double[][] outcomeCounts, double[] entryCounts, double[] monthlyEntries, int[][] entryAgesByBand,
        List<ChildState> population) {
}
