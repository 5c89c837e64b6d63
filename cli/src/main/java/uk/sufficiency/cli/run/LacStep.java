package uk.sufficiency.cli.run;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import uk.sufficiency.cli.report.CellText;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.ChartSpec.Role;
import uk.sufficiency.cli.report.ChartSpec.Series;
import uk.sufficiency.engine.projection.lac.LacBacktest;
import uk.sufficiency.engine.projection.lac.LacProjectionCapability;
import uk.sufficiency.engine.projection.lac.LacProjectionInputs;
import uk.sufficiency.engine.projection.lac.LacProjectionResult;
import uk.sufficiency.engine.projection.lac.LacTables;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.Target;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * Looked-after children projected ({@code lac_projection} section) through the projection's one entry
 * point, {@link LacProjectionCapability}, as {@code project-lac} does: children in care by month with
 * 80% and 95% intervals against any {@code lac} target, by placement category, their cost by financial
 * year, and the track record of the backtests (docs/methods/lac-projection.md). The result is shared
 * for the plan.
 */
public final class LacStep extends CapabilityStep<LacProjectionInputs, LacProjectionCapability> {

    public LacStep() {
        super(new LacProjectionCapability());
    }

    @Override
    public String title() {
        return "Looked-after children projected";
    }


    @Override
    protected StepResult run(RunContext context, LacProjectionInputs inputs) {
        Scenario scenario = context.scenario();
        // the swings first: each run shares its result with the plan, and the projection shown must be last
        LacSensitivity.Result sensitivity = LacSensitivity.run(scenario, capability, context.pipeline(),
                Sensitivity.simulations(context.quick()));
        LacProjectionResult result = capability.run(inputs, context.pipeline());
        return present(result, capability.tables(result), scenario.targets(), sensitivity);
    }

    /** Headlines and charts over the projection's tables; the same for {@code run} and {@code project-lac}. */
    public static StepResult present(LacProjectionResult result, List<Table> tables, List<Target> targets) {
        return present(result, tables, targets, null);
    }

    /** With the drivers' tornadoes ({@link LacSensitivity}; null: not run). */
    static StepResult present(LacProjectionResult result, List<Table> tables, List<Target> targets,
            LacSensitivity.Result sensitivity) {
        Map<String, Table> byName = new LinkedHashMap<>();
        tables.forEach(t -> byName.put(t.name(), t));
        StepResult.Builder step = StepResult.builder().summary(result.summary());
        inCare(result, byName.get(LacTables.IN_CARE), targets, step);
        String drivers = LacSensitivity.show(sensitivity, step);
        step.answer(answer(result) + drivers);
        byCategory(byName.get(LacTables.BY_CATEGORY), result, step);
        cost(byName.get(LacTables.COSTS), step);
        step.table(byName.get(LacTables.TRACK_RECORD));
        trackRecord(result.backtest(), byName.get(LacTables.BACKTEST), step);
        StepResult drawn = step.build();
        tables.stream().filter(t -> drawn.tables().stream().noneMatch(d -> d.name().equals(t.name()))).forEach(step::table);
        return step.build();
    }

    private static void inCare(LacProjectionResult result, Table table, List<Target> targets, StepResult.Builder step) {
        List<String> labels = column(table, "month_end").stream().map(o -> YearMonth.from((LocalDate) o).toString()).toList();
        List<Series> series = new ArrayList<>(List.of(
                Series.of("mean", numbers(table, "mean")),
                new Series("95% interval (low)", Role.BAND_LOW, numbers(table, "lower_95")),
                new Series("95% interval", Role.BAND_HIGH, numbers(table, "upper_95")),
                new Series("80% interval (low)", Role.BAND_LOW, numbers(table, "lower_80")),
                new Series("80% interval", Role.BAND_HIGH, numbers(table, "upper_80"))));
        if (!result.recorded().isEmpty()) {
            series.add(Series.of("recorded", numbers(table, "recorded")));
        }
        for (Target target : targets) {
            if (target.series().equals("lac")) {
                String month = YearMonth.from(target.by()).toString();
                List<Double> points = labels.stream().map(m -> m.equals(month) ? target.value() : null).toList();
                if (points.stream().anyMatch(Objects::nonNull)) {
                    series.add(new Series(target.label(), Role.TARGET, points));
                }
            }
        }
        step.chart(new ChartSpec("Children in care: projection with 80% and 95% intervals", ChartSpec.Type.FAN,
                labels, "children", series, table.name()), table);
        int last = result.monthEnds().size() - 1;
        Interval end = result.childrenInCare(last, null, null);
        step.headline("in-care-now", "Children in care at " + result.timeFrame().base(), result.childrenAtBase(), "children");
        step.headline("in-care-end", "Projected in care at " + result.monthEnds().get(last), round1(end.mean()),
                "children", Math.round(end.lower80()), Math.round(end.upper80()));
    }

    private static String answer(LacProjectionResult result) {
        int last = result.monthEnds().size() - 1;
        Interval end = result.childrenInCare(last, null, null);
        // the headline's own figure (rounded once, to a tenth) in the card's words, so the two agree
        return String.format(java.util.Locale.UK, "Children in care: %,d at %s, projected %s at %s (80%%: %,d to %,d).",
                result.childrenAtBase(), result.timeFrame().base(), CellText.figure(round1(end.mean()), ""),
                result.monthEnds().get(last), Math.round(end.lower80()), Math.round(end.upper80()));
    }

    private static void byCategory(Table table, LacProjectionResult result, StepResult.Builder step) {
        List<String> labels = new ArrayList<>(new TreeSet<>(column(table, "month_end").stream().map(Object::toString).toList()));
        List<Series> series = new ArrayList<>();
        for (String category : result.states().categories()) {
            List<Double> means = new ArrayList<>();
            for (List<Object> row : table.rows()) {
                if (row.get(1).equals(category)) {
                    means.add(((Number) row.get(table.columns().indexOf("mean"))).doubleValue());
                }
            }
            series.add(Series.of(category, means));
        }
        step.chart(new ChartSpec("Placement mix projected: children in care by category (mean)",
                ChartSpec.Type.STACKED_BAR, labels, "children", series, table.name()), table);
    }

    private static void cost(Table table, StepResult.Builder step) {
        List<String> labels = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        int c = table.columns().indexOf("category");
        int months = table.columns().indexOf("months_projected");
        boolean firstFullYear = true;
        for (List<Object> row : table.rows()) {
            if (!row.get(c).equals(LacBacktest.ALL)) {
                continue;
            }
            int m = ((Number) row.get(months)).intValue();
            labels.add(row.get(0) + (m < 12 ? " (part)" : ""));
            mean.add(number(table, row, "cost_mean_gbp"));
            low.add(number(table, row, "cost_lower_80_gbp"));
            high.add(number(table, row, "cost_upper_80_gbp"));
            if (m == 12 && firstFullYear) {
                step.headline("cost-first-year", "Projected cost of care in " + row.get(0), mean.get(mean.size() - 1), "GBP");
                firstFullYear = false;
            }
        }
        step.chart(new ChartSpec("Cost of care by financial year, with 80% interval", ChartSpec.Type.FAN, labels, "GBP",
                List.of(Series.of("mean cost", mean), new Series("80% interval (low)", Role.BAND_LOW, low),
                        new Series("80% interval", Role.BAND_HIGH, high)), table.name()), table);
    }

    /** The past backtests drawn in: each origin's mean path of the total beside what was recorded. */
    private static void trackRecord(LacBacktest backtest, Table rows, StepResult.Builder step) {
        if (backtest.skipReason() != null) {
            return;
        }
        List<String> labels = backtest.totals().stream().map(r -> r.monthEnd().toString()).distinct().sorted().toList();
        List<Series> series = new ArrayList<>();
        Double[] recorded = new Double[labels.size()];
        for (LocalDate origin : backtest.origins()) {
            Double[] means = new Double[labels.size()];
            for (LacBacktest.Row r : backtest.totals()) {
                int i = labels.indexOf(r.monthEnd().toString());
                recorded[i] = (double) r.actual();
                if (r.origin().equals(origin)) {
                    means[i] = round1(r.projected().mean());
                }
            }
            series.add(new Series("projected from " + origin, Role.VALUE, java.util.Arrays.asList(means)));
        }
        series.add(0, new Series("recorded", Role.VALUE, java.util.Arrays.asList(recorded)));
        step.chart(new ChartSpec("Track record: projections from earlier origins against what was recorded",
                ChartSpec.Type.LINE, labels, "children", series, rows.name()), rows);
        LacBacktest.Measures m = backtest.yearly().comparisons() > 0 ? backtest.yearly() : backtest.monthly();
        step.headline("backtest-error", "Backtests' mean absolute error", round1(m.meanAbsolutePercentageError()), "%");
    }

    private static List<Object> column(Table table, String name) {
        int c = table.columns().indexOf(name);
        return table.rows().stream().map(r -> r.get(c)).toList();
    }

    private static List<Double> numbers(Table table, String name) {
        return column(table, name).stream().map(o -> o == null ? null : ((Number) o).doubleValue()).toList();
    }

    private static double number(Table table, List<Object> row, String name) {
        return ((Number) row.get(table.columns().indexOf(name))).doubleValue();
    }

    private static double round1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
