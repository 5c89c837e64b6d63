package uk.sufficiency.cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.ChartSpec.Role;
import uk.sufficiency.cli.report.ChartSpec.Series;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.report.EhcpTables;
import uk.sufficiency.model.scenario.Target;
import uk.sufficiency.model.table.Table;

/**
 * How an EHCP projection's tables are shown: headlines, the fan chart of plans with the track
 * record beside it, plans by setting and spend against the block. The same for {@code run} and
 * {@code project-ehcp}; every chart is drawn from one of the engine's tables.
 */
public final class EhcpView {

    private EhcpView() {
    }

    public static StepResult of(EhcpProjectionResult result, List<Table> tables, List<Target> targets) {
        return of(result, tables, targets, List.of(), null);
    }

    /**
     * With the cumulative balance under other joiner-trend forms ({@link EhcpModelChoice}) and the
     * drivers' tornado ({@link EhcpSensitivity}), when run (null: not run).
     */
    static StepResult of(EhcpProjectionResult result, List<Table> tables, List<Target> targets,
            List<EhcpModelChoice.Outcome> forms, EhcpSensitivity.Result sensitivity) {
        StepResult.Builder step = StepResult.builder();
        step.summary(EhcpTables.summary(result));
        Table total = named(tables, "ehcp-counts-total");
        plans(total, targets, step);
        bySetting(named(tables, "ehcp-counts-by-setting"), step);
        budget(modelledPast(named(tables, "ehcp-budget")), step);
        String lastYear = result.budget().isEmpty() ? "" : result.budget().get(result.budget().size() - 1).financialYear();
        step.answer(answer(total, named(tables, "ehcp-budget")) + EhcpModelChoice.show(forms, lastYear, step)
                + EhcpSensitivity.show(sensitivity, step) + goalSeek(result, tables));
        var record = result.trackRecord();
        if (record.projections() > 0) {
            step.headline("track-record-mape", "Track record: mean absolute error of projections made from earlier "
                    + "censuses (" + record.within95() + " of " + record.projections() + " inside their 95% interval)",
                    Math.round(record.meanAbsolutePercentError() * 10) / 10.0, "%");
        }
        List<String> charted = List.of(total.name(), "ehcp-counts-by-setting", "ehcp-budget");
        tables.stream().filter(t -> !charted.contains(t.name())).forEach(step::table);
        return step.build();
    }

    /**
     * The finance officer's answer: plans and spend against the grant in the last projected year,
     * that year's deficit and the chance of one, and the cumulative deficit, each with its 80% range.
     */
    static String answer(Table total, Table budget) {
        List<Object> plans = total.rows().isEmpty() ? null : total.rows().get(total.rows().size() - 1);
        List<Object> last = null;
        for (List<Object> row : budget.rows()) {
            if (row.get(column(budget, "block_allocation_gbp")) != null) {
                last = row;
            }
        }
        StringBuilder text = new StringBuilder();
        if (plans != null) {
            text.append(String.format(Locale.UK, "EHCPs in January %s: %,.0f (80%%: %,.0f to %,.0f). ", plans.get(0),
                    number(plans.get(column(total, "median"))), number(plans.get(column(total, "lower_80"))),
                    number(plans.get(column(total, "upper_80")))));
        }
        if (last == null) {
            return text.append("No block allocation is set, so no deficit is worked out.").toString();
        }
        double spend = number(last.get(column(budget, "spend_mean_gbp")));
        double grant = number(last.get(column(budget, "block_allocation_gbp")));
        double inYear = number(last.get(column(budget, "in_year_balance_mean_gbp")));
        Double chance = number(last.get(column(budget, "probability_in_year_deficit")));
        text.append(String.format(Locale.UK, "In %s high-needs spend is %s against a grant of %s: %s %s in the year",
                last.get(0), money(spend), money(grant), inYear < 0 ? "a deficit of" : "a surplus of", money(Math.abs(inYear))));
        if (chance != null) {
            text.append(String.format(Locale.UK, " (chance of an in-year deficit %.0f%%)", 100 * chance));
        }
        double cumulative = number(last.get(column(budget, "cumulative_balance_mean_gbp")));
        double low = number(last.get(column(budget, "cumulative_balance_lower_80_gbp")));
        double high = number(last.get(column(budget, "cumulative_balance_upper_80_gbp")));
        text.append(String.format(Locale.UK, ", and a cumulative balance of %s (80%%: %s to %s; negative is a deficit).",
                money(cumulative), money(low), money(high)));
        return text.toString();
    }

    /** "£98.6m", "-£98.6m", "£640,000": budget papers' way of writing money. */
    private static String money(double gbp) {
        return uk.sufficiency.cli.report.CellText.figure(gbp, "GBP");
    }

    private static Table named(List<Table> tables, String name) {
        return tables.stream().filter(t -> t.name().equals(name)).findFirst().orElseThrow();
    }

    private static int column(Table table, String name) {
        return table.columns().indexOf(name);
    }

    private static Double number(Object cell) {
        return cell instanceof Number n ? n.doubleValue() : null;
    }

    private static void plans(Table table, List<Target> targets, StepResult.Builder step) {
        List<String> labels = new ArrayList<>();
        List<Double> observed = new ArrayList<>();
        List<List<Double>> bands = new ArrayList<>();
        String[] names = {"median", "lower_95", "upper_95", "lower_80", "upper_80"};
        for (int i = 0; i < names.length; i++) {
            bands.add(new ArrayList<>());
        }
        List<Object> last = null;
        for (List<Object> row : table.rows()) {
            boolean projected = "projected".equals(row.get(1));
            labels.add(String.valueOf(row.get(0)));
            observed.add(projected ? null : number(row.get(column(table, "median"))));
            for (int i = 0; i < names.length; i++) {
                bands.get(i).add(projected ? number(row.get(column(table, names[i]))) : null);
            }
            if (projected) {
                last = row;
            }
        }
        List<Series> series = new ArrayList<>(List.of(Series.of("observed", observed),
                Series.of("projected median", bands.get(0)),
                new Series("95% interval (low)", Role.BAND_LOW, bands.get(1)),
                new Series("95% interval", Role.BAND_HIGH, bands.get(2)),
                new Series("80% interval (low)", Role.BAND_LOW, bands.get(3)),
                new Series("80% interval", Role.BAND_HIGH, bands.get(4))));
        for (Target target : targets) {
            if (target.series().equals("ehcp")) {
                List<Double> points = new ArrayList<>();
                labels.forEach(y -> points.add(y.equals(Integer.toString(target.by().getYear())) ? target.value() : null));
                if (points.stream().anyMatch(p -> p != null)) {
                    series.add(new Series(target.label(), Role.TARGET, points));
                }
            }
        }
        step.chart(new ChartSpec("EHCPs: projection with 80% and 95% intervals", ChartSpec.Type.FAN, labels, "plans",
                series, table.name()), table);
        if (last != null) {
            step.headline("plans-end", "Projected EHCPs in January " + last.get(0),
                    number(last.get(column(table, "median"))), "plans", number(last.get(column(table, "lower_80"))),
                    number(last.get(column(table, "upper_80"))));
        }
    }

    private static void bySetting(Table table, StepResult.Builder step) {
        List<String> labels = new ArrayList<>();
        List<String> settings = new ArrayList<>();
        for (List<Object> row : table.rows()) {
            String year = String.valueOf(row.get(0));
            if (!labels.contains(year)) {
                labels.add(year);
            }
            String setting = String.valueOf(row.get(2));
            if (!settings.contains(setting)) {
                settings.add(setting);
            }
        }
        List<Series> series = new ArrayList<>();
        for (String setting : settings) {
            List<Double> means = new ArrayList<>();
            for (List<Object> row : table.rows()) {
                if (setting.equals(row.get(2))) {
                    means.add(number(row.get(column(table, "mean"))));
                }
            }
            series.add(Series.of(legend(table, setting), means));
        }
        step.chart(new ChartSpec("EHCPs by setting (projected years: mean)", ChartSpec.Type.STACKED_BAR, labels, "plans",
                series, table.name()), table);
    }

    /**
     * The goal-seek's result in words: which lever, by what factor (and so how much more or less),
     * and what it reaches against the target, from the ehcp-goal-seek table's result row.
     */
    static String goalSeek(EhcpProjectionResult result, List<Table> tables) {
        var spec = result.request().settings().goalSeek();
        Table table = tables.stream().filter(t -> t.name().equals("ehcp-goal-seek")).findFirst().orElse(null);
        if (spec == null || table == null) {
            return "";
        }
        for (List<Object> row : table.rows()) {
            if (!"result".equals(String.valueOf(row.get(0)))) {
                continue;
            }
            Double factor = number(row.get(column(table, "factor")));
            Double value = number(row.get(column(table, "value")));
            Double target = number(row.get(column(table, "target_value")));
            if (factor == null || value == null || target == null) {
                return "";
            }
            String lever = spec.lever() == null ? "the lever" : spec.lever().lever().name().toLowerCase(Locale.ROOT)
                    .replace('_', ' ') + (spec.lever().fromYear() == null ? "" : " from " + spec.lever().fromYear());
            return String.format(Locale.UK, " Goal-seek: %s at %.2f times the projection (%.0f%% %s) gives a %s of"
                    + " %,.0f against the target %,.0f in %s.", lever, factor, Math.abs(100 * (1 - factor)),
                    factor < 1 ? "fewer" : "more", row.get(column(table, "statistic")) + " "
                    + String.valueOf(row.get(column(table, "measure"))).replace('_', ' '), value, target,
                    row.get(column(table, "target_year")));
        }
        return "";
    }

    /** "MSA: Mainstream school": the code as the tables print it, with its name from the settings. */
    private static String legend(Table table, String setting) {
        int name = column(table, "setting_name");
        for (List<Object> row : table.rows()) {
            if (name >= 0 && setting.equals(row.get(2)) && row.get(name) != null && !setting.equals(row.get(name))) {
                return setting + ": " + row.get(name);
            }
        }
        return setting;
    }

    /**
     * Past spend is worked out from the observed plans at the unit costs, not read from accounts:
     * its basis says so rather than "observed".
     */
    static Table modelledPast(Table budget) {
        int basis = column(budget, "basis");
        if (basis < 0) {
            return budget;
        }
        List<List<Object>> rows = new ArrayList<>();
        for (List<Object> row : budget.rows()) {
            List<Object> copy = new ArrayList<>(row);
            if ("observed".equals(copy.get(basis))) {
                copy.set(basis, "modelled from observed plans");
            }
            rows.add(copy);
        }
        return new Table(budget.name(), budget.title(), budget.columns(), rows, budget.keyColumns());
    }

    private static void budget(Table table, StepResult.Builder step) {
        List<String> labels = new ArrayList<>();
        List<Double> spend = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        List<Double> allocation = new ArrayList<>();
        List<Object> lastWithBalance = null;
        for (List<Object> row : table.rows()) {
            labels.add(String.valueOf(row.get(0)));
            spend.add(number(row.get(column(table, "spend_mean_gbp"))));
            low.add(number(row.get(column(table, "spend_lower_80_gbp"))));
            high.add(number(row.get(column(table, "spend_upper_80_gbp"))));
            allocation.add(number(row.get(column(table, "block_allocation_gbp"))));
            if (row.get(column(table, "cumulative_balance_mean_gbp")) != null) {
                lastWithBalance = row;
            }
        }
        List<Series> series = new ArrayList<>(List.of(Series.of("spend (mean)", spend),
                new Series("80% interval (low)", Role.BAND_LOW, low), new Series("80% interval", Role.BAND_HIGH, high)));
        if (allocation.stream().anyMatch(a -> a != null)) {
            series.add(Series.of("block allocation", allocation));
        }
        step.chart(new ChartSpec("High-needs spend against the block allocation, with 80% interval", ChartSpec.Type.FAN,
                labels, "GBP", series, table.name()), table);
        if (lastWithBalance != null) {
            double mean = number(lastWithBalance.get(column(table, "cumulative_balance_mean_gbp")));
            double lower = number(lastWithBalance.get(column(table, "cumulative_balance_lower_80_gbp")));
            double upper = number(lastWithBalance.get(column(table, "cumulative_balance_upper_80_gbp")));
            // the balance as the tables give it: negative is a deficit
            step.headline("deficit-end", "Cumulative high-needs balance at the end of " + lastWithBalance.get(0)
                    + " (negative is a deficit)", mean, "GBP", lower, upper);
        }
    }
}
