package uk.sufficiency.engine.projection.ehcp.report;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.IntPredicate;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.backtest.BacktestRow;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetRow;
import uk.sufficiency.engine.projection.ehcp.config.EhcpProjectionConfig;
import uk.sufficiency.engine.projection.ehcp.fit.RateModel;
import uk.sufficiency.engine.projection.ehcp.goalseek.GoalSeekResult;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;
import uk.sufficiency.engine.projection.ehcp.state.AgeBand;
import uk.sufficiency.engine.projection.ehcp.state.StateSpace;
import uk.sufficiency.engine.projection.ehcp.summary.Interval;
import uk.sufficiency.model.io.OutputDirectory;
import uk.sufficiency.model.validation.Problem;

/**
 * Writes a projection's result files, each atomically. Counts are plans at the January census;
 * money is GBP. Rows for census years up to the origin are observed ({@code basis = observed},
 * every statistic equal to the count).
 */
public final class EhcpReportWriter {

    private EhcpReportWriter() {
    }

    public static List<String> write(EhcpProjectionResult result, OutputDirectory out) {
        List<String> files = new ArrayList<>();
        StateSpace space = result.inputs().space();
        EhcpProjectionConfig config = result.inputs().config();
        files.add(counts(result, out, "counts-total.csv", List.of(), List.of(List.of()), List.of(c -> true)));
        List<List<String>> needKeys = new ArrayList<>();
        List<IntPredicate> needFilters = new ArrayList<>();
        for (int n = 0; n < space.needCount(); n++) {
            int need = n;
            needKeys.add(List.of(space.needs().get(n), config.needName(space.needs().get(n))));
            needFilters.add(c -> result.scenario().needOfCell(c) == need);
        }
        files.add(counts(result, out, "counts-by-need.csv", List.of("need", "need_name"), needKeys, needFilters));
        List<List<String>> settingKeys = new ArrayList<>();
        List<IntPredicate> settingFilters = new ArrayList<>();
        for (int s = 0; s < space.settingCount(); s++) {
            int setting = s;
            settingKeys.add(List.of(space.settings().get(s), config.settingName(space.settings().get(s))));
            settingFilters.add(c -> result.scenario().settingOfCell(c) == setting);
        }
        files.add(counts(result, out, "counts-by-setting.csv", List.of("setting", "setting_name"), settingKeys,
                settingFilters));
        List<List<String>> bandKeys = new ArrayList<>();
        List<IntPredicate> bandFilters = new ArrayList<>();
        for (AgeBand band : AgeBand.values()) {
            bandKeys.add(List.of(band.label()));
            bandFilters.add(c -> result.scenario().bandOfCell(c) == band);
        }
        files.add(counts(result, out, "counts-by-age-band.csv", List.of("age_band"), bandKeys, bandFilters));
        // The full cube, for pivot tables: every setting x need x age band.
        List<List<String>> cellKeys = new ArrayList<>();
        List<IntPredicate> cellFilters = new ArrayList<>();
        SimulationResult cube = result.scenario();
        for (int c = 0; c < cube.counts()[0][0].length; c++) {
            int cell = c;
            String setting = space.settings().get(cube.settingOfCell(c));
            String need = space.needs().get(cube.needOfCell(c));
            cellKeys.add(List.of(setting, config.settingName(setting), need, config.needName(need),
                    cube.bandOfCell(c).label()));
            cellFilters.add(x -> x == cell);
        }
        files.add(counts(result, out, "counts-by-setting-need-age-band.csv",
                List.of("setting", "setting_name", "need", "need_name", "age_band"), cellKeys, cellFilters));
        files.add(costs(result, out));
        files.add(budget(result, out));
        files.add(backtest(result, out));
        files.add(rates(result, out));
        if (result.goalSeek() != null) {
            files.add(goalSeek(result.goalSeek(), out));
        }
        if (!config.capacityCaps().isEmpty()) {
            files.add(capacity(result, out));
        }
        files.add(summary(result, out, files));
        return files;
    }

    private static String counts(EhcpProjectionResult result, OutputDirectory out, String name, List<String> keyColumns,
            List<List<String>> keys, List<IntPredicate> filters) {
        SimulationResult sim = result.scenario();
        int cells = sim.counts()[0][0].length;
        // Which key each cube cell counts towards (each breakdown partitions the cells).
        int[] keyOfCell = new int[cells];
        java.util.Arrays.fill(keyOfCell, -1);
        for (int c = 0; c < cells; c++) {
            for (int k = 0; k < keys.size() && keyOfCell[c] < 0; k++) {
                keyOfCell[c] = filters.get(k).test(c) ? k : -1;
            }
        }
        out.write(name, writer -> {
            try (CsvRows rows = new CsvRows(writer, CsvRows.join(CsvRows.join(List.of("census_year", "basis"),
                    keyColumns), CsvRows.INTERVAL_COLUMNS))) {
                for (var entry : result.observedCubes().entrySet()) {
                    double[] byKey = new double[keys.size()];
                    int[] cube = entry.getValue();
                    for (int c = 0; c < cells; c++) {
                        if (keyOfCell[c] >= 0) {
                            byKey[keyOfCell[c]] += cube[c];
                        }
                    }
                    for (int k = 0; k < keys.size(); k++) {
                        rows.row(CsvRows.join(CsvRows.join(List.of(String.valueOf(entry.getKey()), "observed"),
                                keys.get(k)), CsvRows.counts(Interval.exactly(byKey[k]))));
                    }
                }
                for (int t = 1; t <= sim.horizon(); t++) {
                    double[][] values = new double[keys.size()][sim.simulations()];
                    for (int s = 0; s < sim.simulations(); s++) {
                        int[] cube = sim.counts()[s][t];
                        for (int c = 0; c < cells; c++) {
                            if (cube[c] != 0 && keyOfCell[c] >= 0) {
                                values[keyOfCell[c]][s] += cube[c];
                            }
                        }
                    }
                    for (int k = 0; k < keys.size(); k++) {
                        rows.row(CsvRows.join(CsvRows.join(List.of(String.valueOf(sim.censusYear(t)), "projected"),
                                keys.get(k)), CsvRows.counts(Interval.of(values[k]))));
                    }
                }
            }
        });
        return name;
    }

    private static String costs(EhcpProjectionResult result, OutputDirectory out) {
        String name = "costs-by-setting.csv";
        SimulationResult sim = result.scenario();
        StateSpace space = result.inputs().space();
        EhcpProjectionConfig config = result.inputs().config();
        out.write(name, writer -> {
            try (CsvRows rows = new CsvRows(writer, CsvRows.join(List.of("census_year", "basis", "setting",
                    "setting_name"), CsvRows.intervalColumns("annual_cost_gbp_")))) {
                for (int t = 0; t <= sim.horizon(); t++) {
                    int year = sim.censusYear(t);
                    for (int s = -1; s < space.settingCount(); s++) {
                        double[] values = new double[t == 0 ? 1 : sim.simulations()];
                        for (int k = 0; k < values.length; k++) {
                            values[k] = result.spend().censusCostGbp(year, sim.counts()[k][t], s);
                        }
                        String code = s < 0 ? "ALL" : space.settings().get(s);
                        rows.row(CsvRows.join(List.of(String.valueOf(year), t == 0 ? "observed" : "projected", code,
                                s < 0 ? "All settings" : config.settingName(code)),
                                CsvRows.money(t == 0 ? Interval.exactly(values[0]) : Interval.of(values))));
                    }
                }
            }
        });
        return name;
    }

    private static String budget(EhcpProjectionResult result, OutputDirectory out) {
        String name = "budget.csv";
        out.write(name, writer -> {
            List<String> header = new ArrayList<>(List.of("financial_year", "basis"));
            header.addAll(CsvRows.intervalColumns("spend_gbp_"));
            header.add("block_allocation_gbp");
            header.addAll(CsvRows.intervalColumns("in_year_balance_gbp_"));
            header.addAll(CsvRows.intervalColumns("cumulative_balance_gbp_"));
            header.add("probability_in_year_deficit");
            header.add("savings_target_gbp");
            header.addAll(CsvRows.intervalColumns("savings_delivered_gbp_"));
            header.add("probability_savings_met");
            try (CsvRows rows = new CsvRows(writer, header)) {
                for (BudgetRow row : result.budget()) {
                    List<String> cells = new ArrayList<>(List.of(row.financialYear(),
                            row.observed() ? "observed" : "projected"));
                    cells.addAll(CsvRows.money(row.spendGbp()));
                    cells.add(CsvRows.gbp(row.allocationGbp()));
                    cells.addAll(CsvRows.money(row.inYearBalanceGbp()));
                    cells.addAll(CsvRows.money(row.cumulativeBalanceGbp()));
                    cells.add(row.probabilityOfDeficit() == null ? "" : CsvRows.number(row.probabilityOfDeficit(), 3));
                    cells.add(CsvRows.gbp(row.savingsTargetGbp()));
                    cells.addAll(CsvRows.money(row.savingsDeliveredGbp()));
                    cells.add(row.probabilitySavingsMet() == null ? "" : CsvRows.number(row.probabilitySavingsMet(), 3));
                    rows.row(cells);
                }
            }
        });
        return name;
    }

    private static String backtest(EhcpProjectionResult result, OutputDirectory out) {
        String name = "backtest.csv";
        out.write(name, writer -> {
            try (CsvRows rows = new CsvRows(writer, CsvRows.join(List.of("fitted_to_year", "target_year", "setting",
                    "actual"), CsvRows.join(CsvRows.intervalColumns("projected_"), List.of("error_plans",
                    "error_percent", "within_80", "within_95"))))) {
                for (BacktestRow row : result.backtest()) {
                    rows.row(CsvRows.join(CsvRows.join(List.of(String.valueOf(row.originYear()),
                            String.valueOf(row.targetYear()), row.setting(), CsvRows.count(row.actual())),
                            CsvRows.counts(row.projected())), List.of(CsvRows.count(row.errorPlans()),
                            CsvRows.number(row.errorPercent(), 1), String.valueOf(row.projected().within80(row.actual())),
                            String.valueOf(row.projected().within95(row.actual())))));
                }
            }
        });
        return name;
    }

    private static String rates(EhcpProjectionResult result, OutputDirectory out) {
        String name = "fitted-rates.csv";
        RateModel model = result.model();
        StateSpace space = model.space();
        double[] start = result.inputs().census().get(result.originYear());
        out.write(name, writer -> {
            try (CsvRows rows = new CsvRows(writer, List.of("academic_year", "joiners_per_10000_population",
                    "leave_probability", "move_probability"))) {
                for (int ay = space.minAcademicYear(); ay <= space.maxAcademicYear(); ay++) {
                    double weight = 0;
                    double leave = 0;
                    double move = 0;
                    for (int i : space.validAt(ay)) {
                        double w = start[i] + 1e-9;
                        weight += w;
                        leave += w * model.meanLeaveProbability(i);
                        move += w * (1 - model.meanLeaveProbability(i)) * model.meanMoveProbability(i);
                    }
                    rows.row(List.of(String.valueOf(ay), CsvRows.number(10000 * model.meanJoinerRate(ay), 2),
                            weight > 0 ? CsvRows.number(leave / weight, 4) : "",
                            weight > 0 ? CsvRows.number(move / weight, 4) : ""));
                }
            }
        });
        return name;
    }

    private static String goalSeek(GoalSeekResult goal, OutputDirectory out) {
        String name = "goal-seek.csv";
        out.write(name, writer -> {
            try (CsvRows rows = new CsvRows(writer, List.of("iteration", "factor", "measure", "target_year",
                    "statistic", "value", "target_value"))) {
                for (GoalSeekResult.Trial trial : goal.trials()) {
                    rows.row(List.of(String.valueOf(trial.iteration()), CsvRows.number(trial.factor(), 4),
                            goal.spec().measure().name().toLowerCase(Locale.ROOT),
                            String.valueOf(goal.spec().targetYear()),
                            goal.spec().statistic().name().toLowerCase(Locale.ROOT),
                            CsvRows.number(trial.value(), 1), CsvRows.number(goal.spec().targetValue(), 1)));
                }
                rows.row(List.of("result", goal.factor() == null ? "" : CsvRows.number(goal.factor(), 4),
                        goal.spec().measure().name().toLowerCase(Locale.ROOT), String.valueOf(goal.spec().targetYear()),
                        goal.spec().statistic().name().toLowerCase(Locale.ROOT), CsvRows.number(goal.achieved(), 1),
                        CsvRows.number(goal.spec().targetValue(), 1)));
            }
        });
        return name;
    }

    private static String capacity(EhcpProjectionResult result, OutputDirectory out) {
        String name = "capacity.csv";
        SimulationResult sim = result.scenario();
        out.write(name, writer -> {
            try (CsvRows rows = new CsvRows(writer, CsvRows.join(CsvRows.join(List.of("census_year"),
                    CsvRows.intervalColumns("overflowed_")), CsvRows.intervalColumns("over_capacity_")))) {
                for (int t = 1; t <= sim.horizon(); t++) {
                    double[] overflowed = new double[sim.simulations()];
                    double[] over = new double[sim.simulations()];
                    for (int k = 0; k < overflowed.length; k++) {
                        overflowed[k] = sim.overflowed()[k][t];
                        over[k] = sim.overCapacity()[k][t];
                    }
                    rows.row(CsvRows.join(CsvRows.join(List.of(String.valueOf(sim.censusYear(t))),
                            CsvRows.counts(Interval.of(overflowed))), CsvRows.counts(Interval.of(over))));
                }
            }
        });
        return name;
    }

    private static String summary(EhcpProjectionResult result, OutputDirectory out, List<String> files) {
        String name = "run-summary.txt";
        out.write(name, writer -> writeSummary(result, writer, files));
        return name;
    }

    private static void writeSummary(EhcpProjectionResult result, Writer w, List<String> files) throws IOException {
        var inputs = result.inputs();
        var config = inputs.config();
        RateModel model = result.model();
        w.write("EHCP projection\n");
        w.write("mode: " + inputs.mode().name().toLowerCase(Locale.ROOT) + "\n");
        w.write("census years in the data: " + inputs.census().keySet() + "\n");
        w.write("rates fitted on census years " + result.fitFromYear() + " to " + result.originYear() + "\n");
        w.write("projection: " + result.options().years() + " years from the January " + result.originYear()
                + " census, " + result.options().simulations() + " simulations, seed " + result.options().seed() + "\n");
        w.write("settings: " + inputs.space().settings() + "; needs: " + inputs.space().needs() + "\n");
        w.write(String.format(Locale.ROOT, "joiner trend: %s, %.2f%% a year (standard error %.2f%%)%n",
                config.joinerTrend().name().toLowerCase(Locale.ROOT), 100 * (Math.exp(model.trendSlope()) - 1),
                100 * model.trendSlopeSe()));
        w.write("scenario levers: " + config.multipliers().size() + " multiplier(s), " + config.capacityCaps().size()
                + " capacity cap(s)\n");
        if (inputs.mode() == uk.sufficiency.engine.projection.ehcp.input.EhcpInputs.Mode.AGGREGATE) {
            String rates = config.assumedLeaverRates().stream()
                    .map(a -> "NCY " + a.academicYearFrom() + ".." + a.academicYearTo() + " " + a.rate())
                    .collect(java.util.stream.Collectors.joining("; "));
            w.write("aggregate mode: leaver rates (" + rates + ") and move rate " + config.assumedMoveRate()
                    + " are assumptions, not estimates\n");
        }
        if (result.goalSeek() != null) {
            w.write("goal-seek: " + result.goalSeek().status() + (result.goalSeek().factor() == null ? ""
                    : String.format(Locale.ROOT, ", factor %.4f gives %.1f", result.goalSeek().factor(),
                            result.goalSeek().achieved())) + "\n");
        }
        int lastYear = result.originYear() + result.options().years();
        if (inputs.population().lastYear() < lastYear) {
            w.write("population: given to " + inputs.population().lastYear() + "; years to " + lastYear
                    + " reuse that year's population\n");
        }
        for (Problem warning : inputs.warnings()) {
            w.write(warning.describe() + "\n");
        }
        w.write("files: " + String.join(", ", files) + "\n");
    }
}
