package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;
import uk.sufficiency.model.validation.Problem;

/**
 * Every table of a projection, through the shared table model (the cli writes them as CSV, workbook
 * and report alike). Interval columns are {@link Interval#COLUMNS}, each a quantile across simulations
 * of a quantity computed within each simulation; units are in the column names.
 */
public final class LacTables {

    public static final String IN_CARE = "lac-children-in-care";
    public static final String COUNTS = "lac-counts-by-month";
    public static final String BY_CATEGORY = "lac-by-category";
    public static final String COSTS = "lac-costs";
    public static final String FLOWS = "lac-flows";
    public static final String DATA_QUALITY = "lac-data-quality";
    public static final String BACKTEST = "lac-backtest";
    public static final String TRACK_RECORD = "lac-track-record";
    public static final String ASSUMPTIONS = "lac-assumptions";

    private LacTables() {
    }

    /** Every table, in report order. */
    public static List<Table> all(LacProjectionResult r) {
        List<Table> tables = new ArrayList<>();
        tables.add(inCare(r));
        tables.add(byCategory(r));
        tables.add(costs(r));
        tables.add(trackRecord(r.backtest()));
        tables.add(counts(r));
        tables.add(flows(r));
        tables.add(LacRateTables.rates(r));
        tables.add(LacRateTables.entryRates(r));
        tables.add(backtest(r.backtest()));
        tables.add(dataQuality(r.dataQuality()));
        tables.add(assumptions(r));
        return tables;
    }

    /** All children in care at each projected month end, with what the history recorded where it runs on. */
    public static Table inCare(LacProjectionResult r) {
        Table.Builder table = builder(IN_CARE, "Children in care at each month end (all categories)",
                List.of("month_end", "recorded"), Interval.COLUMNS).keys(1);
        List<LocalDate> ends = r.monthEnds();
        for (int t = 0; t < ends.size(); t++) {
            table.row(row(Arrays.asList(ends.get(t), r.recorded().get(ends.get(t))), r.childrenInCare(t, null, null), 2));
        }
        return table.build();
    }

    /** Children in care by category at each 31 March projected. */
    public static Table byCategory(LacProjectionResult r) {
        Table.Builder table = builder(BY_CATEGORY, "Children in care by placement category at each 31 March",
                List.of("month_end", "category"), Interval.COLUMNS).keys(2);
        List<LocalDate> ends = r.monthEnds();
        for (int t = 0; t < ends.size(); t++) {
            if (ends.get(t).getMonthValue() == 3) {
                for (String category : r.states().categories()) {
                    table.row(row(List.of(ends.get(t), category), r.childrenInCare(t, category, null), 2));
                }
            }
        }
        return table.build();
    }

    /** Every month end by category and age band, "all" included. */
    public static Table counts(LacProjectionResult r) {
        Table.Builder table = builder(COUNTS, "Children in care by month end, placement category and age band",
                List.of("month_end", "category", "age_band"), Interval.COLUMNS).keys(3);
        List<String> categories = new ArrayList<>();
        categories.add(null);
        categories.addAll(r.states().categories());
        List<String> bands = new ArrayList<>();
        bands.add(null);
        r.states().bands().bands().forEach(b -> bands.add(b.label()));
        List<LocalDate> ends = r.monthEnds();
        for (int t = 0; t < ends.size(); t++) {
            for (String category : categories) {
                for (String band : bands) {
                    table.row(row(List.of(ends.get(t), all(category), all(band)), r.childrenInCare(t, category, band), 2));
                }
            }
        }
        return table.build();
    }

    /** Cost by financial year and category, at the scenario's prices inflated to each year. */
    public static Table costs(LacProjectionResult r) {
        Table.Builder table = builder(COSTS, "Cost of care by financial year (GBP)",
                List.of("financial_year", "category", "months_projected", "weekly_cost_gbp", "child_weeks_mean"),
                Interval.columns("cost", "_gbp")).keys(2);
        SimulationResult sim = r.paths();
        int k = r.states().categoryCount();
        for (int f = 0; f < sim.financialYears().size(); f++) {
            int year = sim.financialYears().get(f);
            for (int c = -1; c < k; c++) {
                double days = 0;
                for (int i = 0; i < sim.simulations(); i++) {
                    for (int j = 0; j < k; j++) {
                        days += c < 0 || j == c ? sim.careDays()[i][f * k + j] : 0;
                    }
                }
                String category = c < 0 ? null : r.states().categories().get(c);
                Object weekly = c < 0 ? null : round(r.prices().weeklyGbp(c, year), 2);
                table.row(row(Arrays.asList(LacPrices.financialYearLabel(year), all(category), r.monthsIn(year),
                        weekly, round(days / LacPrices.DAYS_PER_WEEK / sim.simulations(), 1)), r.costGbp(year, category), 0));
            }
        }
        return table.build();
    }

    /** Entries and exits by financial year. */
    public static Table flows(LacProjectionResult r) {
        Table.Builder table = builder(FLOWS, "Children entering and leaving care by financial year",
                List.of("financial_year", "flow", "months_projected"), Interval.COLUMNS).keys(2);
        SimulationResult sim = r.paths();
        for (int year : sim.financialYears()) {
            for (String flow : List.of("entries", "exits")) {
                int[][] source = flow.equals("entries") ? sim.entries() : sim.exits();
                double[] values = new double[sim.simulations()];
                for (int i = 0; i < values.length; i++) {
                    for (int t = 0; t < sim.months().size(); t++) {
                        values[i] += LacPrices.financialYearOf(sim.months().get(t)) == year ? source[i][t] : 0;
                    }
                }
                table.row(row(List.of(LacPrices.financialYearLabel(year), flow, r.monthsIn(year)), Interval.of(values), 2));
            }
        }
        return table.build();
    }

    /** Every comparison of every backtest origin. */
    public static Table backtest(LacBacktest b) {
        List<String> head = List.of("origin", "month_end", "horizon_months", "category", "actual");
        Table.Builder table = builder(BACKTEST, "Backtests: the model fitted at earlier origins, against what was recorded",
                head, concat(Interval.COLUMNS, List.of("error_mean_minus_actual", "within_80", "within_95"))).keys(4);
        for (LacBacktest.Row row : b.rows()) {
            List<Object> cells = cells(List.of(row.origin(), row.monthEnd(), row.horizonMonths(), row.category(),
                    row.actual()), row.projected(), 2);
            cells.add(round(row.error(), 2));
            cells.add(row.projected().within80(row.actual()) ? "yes" : "no");
            cells.add(row.projected().within95(row.actual()) ? "yes" : "no");
            table.row(cells.toArray());
        }
        return table.build();
    }

    /** The track record: how projections made at earlier origins fared, by years ahead. */
    public static Table trackRecord(LacBacktest b) {
        Table.Builder table = Table.builder(TRACK_RECORD, "Track record: " + b.sentence(), "compared", "comparisons",
                "mean_absolute_percentage_error", "mean_error_children", "held_80", "held_95", "coverage_80",
                "coverage_95").keys(1);
        if (b.skipReason() != null) {
            return table.build();
        }
        int maxYears = b.totals().stream().mapToInt(LacBacktest.Row::horizonMonths).max().orElse(0) / 12;
        for (int y = 1; y <= maxYears; y++) {
            measureRow(table, y + (y == 1 ? " year ahead" : " years ahead"), b.atYears(y));
        }
        measureRow(table, "all whole years ahead", b.yearly());
        measureRow(table, "every month end", b.monthly());
        measureRow(table, "every month end, by category", b.byCategory());
        return table.build();
    }

    private static void measureRow(Table.Builder table, String label, LacBacktest.Measures m) {
        if (m.comparisons() > 0) {
            table.row(label, m.comparisons(), round(m.meanAbsolutePercentageError(), 1), round(m.meanError(), 2),
                    m.held80(), m.held95(), round(m.coverage80(), 3), round(m.coverage95(), 3));
        }
    }

    /** Input rows rejected or adjusted, and other warnings. */
    public static Table dataQuality(List<Problem> problems) {
        Table.Builder table = Table.builder(DATA_QUALITY, "Data quality: input rows rejected or adjusted",
                "severity", "file", "line", "column", "value", "message").keys(0);
        for (Problem p : problems) {
            table.row(p.severity().name().toLowerCase(Locale.ROOT), p.file() == null ? "" : p.file().getFileName().toString(),
                    p.line() > 0 ? p.line() : null, p.column(), p.value(), p.rule());
        }
        return table.build();
    }

    /** Every setting and price used, with its source, and the fitted drift and time frame. */
    public static Table assumptions(LacProjectionResult r) {
        Table.Builder table = Assumption.table(ASSUMPTIONS, "Assumptions of the looked-after children projection",
                List.of());
        LacTimeFrame f = r.timeFrame();
        table.row("history", r.historyDescription(), "", "input");
        table.row("as_of", f.asOf(), "date", "scenario");
        table.row("base", f.base(), "month end", "last snapshot on or before as_of");
        table.row("reference window", f.windowStart() + " to " + f.windowEnd(), "month ends", "reference_window");
        table.row("rate drift, entries", round(r.fit().drift().entrySdPerYear(), 4), "sd of log rate per year",
                "estimated from " + r.fit().drift().changesObserved() + " yearly change(s) and the prior");
        table.row("rate drift, leaving", round(r.fit().drift().exitSdPerYear(), 4), "sd of log rate per year",
                "estimated from " + r.fit().drift().changesObserved() + " yearly change(s) and the prior");
        table.row("simulations", r.simulations(), "", "settings, --simulations or --quick");
        table.row("seed", r.seed(), "", "--seed, else the section's seed, else the default");
        r.assumptions().forEach(a -> table.row(a.parameter(), a.value(), a.unit(), a.source()));
        r.prices().assumptions().forEach(a -> table.row(a.parameter(), a.value(), a.unit(), a.source()));
        table.row("inflation_per_year", r.prices().unitCosts().inflationPerYear(), "share per year", "unit_costs");
        return table.build();
    }

    private static Table.Builder builder(String name, String title, List<String> head, List<String> tail) {
        return Table.builder(name, title, concat(head, tail).toArray(String[]::new));
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static List<Object> cells(List<Object> head, Interval interval, int decimals) {
        List<Object> cells = new ArrayList<>(head);
        interval.cells().forEach(v -> cells.add(round((Double) v, decimals)));
        return cells;
    }

    private static Object[] row(List<Object> head, Interval interval, int decimals) {
        return cells(head, interval, decimals).toArray();
    }

    static String all(String value) {
        return value == null ? LacBacktest.ALL : value;
    }

    static double round(double value, int decimals) {
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }
}
