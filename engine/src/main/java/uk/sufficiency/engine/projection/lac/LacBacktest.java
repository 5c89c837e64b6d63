package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Predicate;
import uk.sufficiency.engine.pipeline.ProgressListener;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * The projection's track record: the model (same settings, no scenario edits) fitted at every origin
 * the history allows, projected forward, and compared with the stock actually recorded. Origins are
 * the history's last snapshot less 12, 24, ... months, back to the first whose reference window fits
 * in the history; each origin's projection is compared at every later month end the history knows
 * (31 March only for yearly aggregates), up to {@code backtest_months} ahead. Only the history up to an
 * origin is used to fit it, the rate drift included.
 *
 * @param rows        one row per origin, month end and category ("all" first), where the actual is known
 * @param skipReason  why there is no backtest (too little history, or switched off), or null
 */
public record LacBacktest(List<Row> rows, String skipReason) {

    public static final String ALL = "all";

    /** One comparison of a projection made at {@code origin} with what was recorded at {@code monthEnd}. */
    public record Row(LocalDate origin, LocalDate monthEnd, int horizonMonths, String category, int actual,
            Interval projected) {
        /** Mean projected minus actual, children. */
        public double error() {
            return projected.mean() - actual;
        }

        /** A whole number of years after the origin. */
        public boolean yearly() {
            return horizonMonths % 12 == 0;
        }
    }

    /** Summary of a set of comparisons of the total. */
    public record Measures(int comparisons, double meanAbsolutePercentageError, double meanError, int held80,
            int held95) {
        public double coverage80() {
            return comparisons == 0 ? Double.NaN : held80 / (double) comparisons;
        }

        public double coverage95() {
            return comparisons == 0 ? Double.NaN : held95 / (double) comparisons;
        }
    }

    public static LacBacktest skipped(String reason) {
        return new LacBacktest(List.of(), reason);
    }

    /** Backtests at every origin the history allows. */
    public static LacBacktest run(LacProjectionConfig config, LacHistory history, AgeBandPopulation population,
            int simulations, long seed, ProgressListener progress) {
        if (config.backtestMonths() == 0) {
            return skipped("backtest_months is 0");
        }
        LacProjectionConfig plain = config.withoutEdits();
        LacStates space = plain.states();
        List<Row> rows = new ArrayList<>();
        int k = 0;
        for (LocalDate origin = LacTimeFrame.monthEnd(history.lastSnapshot(), -12);
                !LacTimeFrame.monthEnd(origin, -plain.windowMonths()).isBefore(history.firstSnapshot());
                origin = LacTimeFrame.monthEnd(origin, -12)) {
            progress.note("backtest from " + origin);
            int horizon = Math.min(plain.backtestMonths(),
                    (int) java.time.temporal.ChronoUnit.MONTHS.between(origin.withDayOfMonth(1),
                            history.lastSnapshot().withDayOfMonth(1)));
            LacFit fit = LacFit.at(plain, history, population, origin);
            SimulationResult sim = fit.simulate(history, origin, horizon, new ScenarioEdits(plain, space), simulations,
                    seed + 7919L * ++k);
            compare(history, space, origin, sim, rows);
        }
        if (rows.isEmpty()) {
            return skipped("the history (" + history.firstSnapshot() + " to " + history.lastSnapshot() + ") is too short"
                    + " for an origin a year before its end with a " + plain.windowMonths() + "-month reference window");
        }
        return new LacBacktest(rows, null);
    }

    private static void compare(LacHistory history, LacStates space, LocalDate origin, SimulationResult sim,
            List<Row> rows) {
        for (int t = 0; t < sim.months().size(); t++) {
            LocalDate monthEnd = sim.months().get(t).atEndOfMonth();
            int[][] actual = history.isSnapshot(monthEnd) ? history.stockAt(space, monthEnd) : null;
            if (actual == null) {
                continue;
            }
            for (int c = -1; c < space.categoryCount(); c++) {
                int actualCount = 0;
                for (int j = 0; j < space.categoryCount(); j++) {
                    if (c < 0 || j == c) {
                        for (int v : actual[j]) {
                            actualCount += v;
                        }
                    }
                }
                rows.add(new Row(origin, monthEnd, t + 1, c < 0 ? ALL : space.categories().get(c), actualCount,
                        sim.stockInterval(t, c, -1)));
            }
        }
    }

    /** The origins backtested, latest first. */
    public List<LocalDate> origins() {
        return rows.stream().map(Row::origin).distinct().toList();
    }

    /** Comparisons of the total. */
    public List<Row> totals() {
        return rows.stream().filter(r -> r.category().equals(ALL)).toList();
    }

    /** Measures over the totals at every month end compared. */
    public Measures monthly() {
        return measures(r -> true);
    }

    /** Measures over the totals a whole number of years after each origin: the track record. */
    public Measures yearly() {
        return measures(Row::yearly);
    }

    /** Measures over the yearly totals at one horizon in years. */
    public Measures atYears(int years) {
        return measures(r -> r.horizonMonths() == 12 * years);
    }

    /** Measures over the categories' comparisons (not the total) at every month end. */
    public Measures byCategory() {
        return measures(rows.stream().filter(r -> !r.category().equals(ALL)).toList(), r -> true);
    }

    public Measures measures(Predicate<Row> which) {
        return measures(totals(), which);
    }

    private static Measures measures(List<Row> rows, Predicate<Row> which) {
        int n = 0;
        int held80 = 0;
        int held95 = 0;
        double ape = 0;
        int apeCount = 0;
        double error = 0;
        for (Row r : rows) {
            if (!which.test(r)) {
                continue;
            }
            n++;
            held80 += r.projected().within80(r.actual()) ? 1 : 0;
            held95 += r.projected().within95(r.actual()) ? 1 : 0;
            error += r.error();
            if (r.actual() > 0) {
                ape += Math.abs(r.error()) / r.actual() * 100;
                apeCount++;
            }
        }
        return new Measures(n, apeCount == 0 ? Double.NaN : ape / apeCount, n == 0 ? Double.NaN : error / n, held80,
                held95);
    }

    /**
     * The track record in one sentence: "Made from earlier years, projections like this missed the
     * number in care by X% on average, and their 95% intervals held the outcome Y times in Z".
     */
    public String sentence() {
        if (skipReason != null) {
            return "No track record: " + skipReason + ".";
        }
        Measures m = yearly().comparisons() > 0 ? yearly() : monthly();
        String when = yearly().comparisons() > 0 ? "a whole number of years ahead" : "at each month end";
        return String.format(Locale.ROOT, "Made from earlier years (%d origin%s, %s to %s), projections like this missed"
                + " the number in care %s by %.1f%% on average, and their 95%% intervals held the outcome %d %s in %d"
                + " (80%% intervals: %d in %d).", origins().size(), origins().size() == 1 ? "" : "s",
                origins().get(origins().size() - 1), origins().get(0), when, m.meanAbsolutePercentageError(), m.held95(),
                m.held95() == 1 ? "time" : "times", m.comparisons(), m.held80(), m.comparisons());
    }
}
