package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * Built-in backtest: the model is fitted on the history up to an origin date T (same reference
 * window length, no scenario edits), projected forward from the stock at T, and the projection is
 * compared with the stock actually recorded at each later month end.
 *
 * @param origin      T, the month end the fit stops at
 * @param rows        one row per month end and category ("all" first), where the actual is known
 * @param skipReason  why there is no backtest (too little history), or null
 */
public record Backtest(LocalDate origin, List<Row> rows, String skipReason) {

    /** One comparison. category = "all" for the total. */
    public record Row(LocalDate monthEnd, int horizonMonths, String category, int actual, Distribution projected) {
        public double error() {
            return projected.mean() - actual;
        }
    }

    public static Backtest skipped(String reason) {
        return new Backtest(null, List.of(), reason);
    }

    public List<Row> totals() {
        List<Row> out = new ArrayList<>();
        for (Row r : rows) {
            if (r.category().equals("all")) {
                out.add(r);
            }
        }
        return out;
    }

    /** Mean absolute percentage error of the projected mean total (actual 0 months skipped). */
    public double meanAbsolutePercentageError() {
        return totals().stream().filter(r -> r.actual() > 0)
                .mapToDouble(r -> Math.abs(r.error()) / r.actual() * 100).average().orElse(Double.NaN);
    }

    /** Mean signed error of the total (projected minus actual), children. */
    public double meanError() {
        return totals().stream().mapToDouble(Row::error).average().orElse(Double.NaN);
    }

    /** Share of month ends whose actual total lies in the 80 % interval. */
    public double coverage80() {
        return totals().stream().mapToDouble(r -> r.projected().within80(r.actual()) ? 1 : 0).average().orElse(Double.NaN);
    }

    /** Share of month ends whose actual total lies in the 95 % interval. */
    public double coverage95() {
        return totals().stream().mapToDouble(r -> r.projected().within95(r.actual()) ? 1 : 0).average().orElse(Double.NaN);
    }
}
