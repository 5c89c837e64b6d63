package uk.sufficiency.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.ChartSpec.Role;
import uk.sufficiency.cli.report.ChartSpec.Series;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.engine.projection.lac.AgeBands;
import uk.sufficiency.engine.projection.lac.Backtest;
import uk.sufficiency.engine.projection.lac.CostModel;
import uk.sufficiency.engine.projection.lac.Distribution;
import uk.sufficiency.engine.projection.lac.LacHistorySource;
import uk.sufficiency.engine.projection.lac.LacConfigLoader;
import uk.sufficiency.engine.projection.lac.LacProjection;
import uk.sufficiency.engine.projection.lac.LacProjectionConfig;
import uk.sufficiency.engine.projection.lac.LacProjectionResult;
import uk.sufficiency.engine.projection.lac.PopulationProjection;
import uk.sufficiency.engine.projection.lac.SimulationResult;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.Target;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Looked-after children projected from the scenario's SSDA903 returns ({@code lac_projection}
 * section): children in care by month with 80% and 95% intervals against any {@code lac} target,
 * by placement category, and their cost by financial year (docs/methods/lac-projection.md).
 */
public final class LacStep implements RunStep {

    static final String SECTION = "lac_projection";
    static final int YEARS = 5;

    @Override
    public String id() {
        return "lac";
    }

    @Override
    public String title() {
        return "Looked-after children projected";
    }

    @Override
    public void validate(Scenario scenario, ProblemCollector problems) {
        if (!scenario.section(SECTION).isMissingNode()) {
            try {
                config(scenario);
            } catch (InvalidInputException e) {
                e.problems().forEach(problems::add);
            }
        }
    }

    private static LacProjectionConfig config(Scenario scenario) {
        JsonNode section = scenario.section(SECTION);
        return LacConfigLoader.bind(section, scenario.directory().resolve("scenario.yaml"), scenario.directory());
    }

    @Override
    public StepResult run(RunContext context) {
        Scenario scenario = context.scenario();
        if (scenario.section(SECTION).isMissingNode()) {
            return StepResult.builder().summary("Not run: scenario.yaml has no " + SECTION + " section.").build();
        }
        LacProjectionConfig config = config(scenario);
        int simulations = context.quick() ? 200 : 1000;
        context.progress().note("reading the looked-after history, then " + simulations + " simulations over "
                + YEARS + " years");
        ProblemCollector inputs = new ProblemCollector();
        PopulationProjection population = null;
        if ("population".equals(config.entries().mode())) {
            population = PopulationProjection.read(Path.of(config.entries().populationFile()),
                    config.entries().populationArea(), AgeBands.parse(config.ageBands()), inputs);
        }
        LacHistorySource.Loaded loaded = LacHistorySource.load(config, scenario.directory().resolve("scenario.yaml"),
                config.ssda903Dir() == null ? null : Path.of(config.ssda903Dir()),
                config.aggregatesFile() == null ? null : Path.of(config.aggregatesFile()), scenario.directory(), inputs);
        LacProjectionResult result = LacProjection.run(config, loaded.history(), population,
                loaded.dataQuality(), YEARS, simulations, context.seed());
        context.share(LacProjectionResult.class, result);

        StepResult.Builder step = StepResult.builder();
        inCare(result, scenario.targets(), step);
        byCategory(result, step);
        cost(result, step);
        backtest(result.backtest(), step);
        String history = result.historyDescription().strip();
        step.summary(history + (history.endsWith(".") ? " " : ". ") + simulations + " simulations of each child's moves month"
                + " by month over " + YEARS + " years; the shaded bands hold 80% and 95% of simulated outcomes."
                + " Costs use each category's weekly unit cost from the " + SECTION + " settings.");
        return step.build();
    }

    private static void inCare(LacProjectionResult result, List<Target> targets, StepResult.Builder step) {
        SimulationResult sim = result.simulation();
        Table.Builder table = Table.builder("lac-children-in-care", "Children in care at each month end (all categories)",
                "month_end", "mean", "lower_95", "lower_80", "median", "upper_80", "upper_95").keys(1);
        List<String> labels = new ArrayList<>();
        List<List<Double>> columns = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            columns.add(new ArrayList<>());
        }
        Distribution last = null;
        for (int t = 0; t < sim.months().size(); t++) {
            Distribution d = stockAt(sim, t, -1);
            LocalDate monthEnd = sim.months().get(t).atEndOfMonth();
            table.row(monthEnd, r1(d.mean()), r1(d.p2_5()), r1(d.p10()), r1(d.p50()), r1(d.p90()), r1(d.p97_5()));
            labels.add(sim.months().get(t).toString());
            columns.get(0).add(r1(d.mean()));
            columns.get(1).add(r1(d.p2_5()));
            columns.get(2).add(r1(d.p97_5()));
            columns.get(3).add(r1(d.p10()));
            columns.get(4).add(r1(d.p90()));
            last = d;
        }
        List<Series> series = new ArrayList<>(List.of(
                Series.of("mean", columns.get(0)),
                new Series("95% interval (low)", Role.BAND_LOW, columns.get(1)),
                new Series("95% interval", Role.BAND_HIGH, columns.get(2)),
                new Series("80% interval (low)", Role.BAND_LOW, columns.get(3)),
                new Series("80% interval", Role.BAND_HIGH, columns.get(4))));
        for (Target target : targets) {
            if (target.series().equals("lac")) {
                List<Double> points = new ArrayList<>();
                YearMonth month = YearMonth.from(target.by());
                sim.months().forEach(m -> points.add(m.equals(month) ? target.value() : null));
                if (points.stream().anyMatch(p -> p != null)) {
                    series.add(new Series(target.label(), Role.TARGET, points));
                }
            }
        }
        Table built = table.build();
        step.chart(new ChartSpec("Children in care: projection with 80% and 95% intervals", ChartSpec.Type.FAN,
                labels, "children", series, built.name()), built);
        step.headline("in-care-now", "Children in care at " + result.observations().windowEnd(),
                result.observations().population().size(), "children");
        step.headline("in-care-end", "Projected in care at " + sim.months().get(sim.months().size() - 1).atEndOfMonth()
                + " (80%: " + Math.round(last.p10()) + "-" + Math.round(last.p90()) + ")", r1(last.mean()), "children");
    }

    private static void byCategory(LacProjectionResult result, StepResult.Builder step) {
        SimulationResult sim = result.simulation();
        List<String> categories = result.space().categories();
        Table.Builder table = Table.builder("lac-by-category", "Children in care by placement category at each 31 March",
                "month_end", "category", "mean", "lower_80", "upper_80").keys(2);
        List<String> labels = new ArrayList<>();
        List<List<Double>> means = new ArrayList<>();
        categories.forEach(c -> means.add(new ArrayList<>()));
        for (int t = 0; t < sim.months().size(); t++) {
            if (sim.months().get(t).getMonthValue() != 3) {
                continue;
            }
            LocalDate monthEnd = sim.months().get(t).atEndOfMonth();
            labels.add(monthEnd.toString());
            for (int c = 0; c < categories.size(); c++) {
                Distribution d = stockAt(sim, t, c);
                table.row(monthEnd, categories.get(c), r1(d.mean()), r1(d.p10()), r1(d.p90()));
                means.get(c).add(r1(d.mean()));
            }
        }
        List<Series> series = new ArrayList<>();
        for (int c = 0; c < categories.size(); c++) {
            series.add(Series.of(categories.get(c), means.get(c)));
        }
        Table built = table.build();
        step.chart(new ChartSpec("Placement mix projected: children in care by category (mean)",
                ChartSpec.Type.STACKED_BAR, labels, "children", series, built.name()), built);
    }

    private static void cost(LacProjectionResult result, StepResult.Builder step) {
        SimulationResult sim = result.simulation();
        int k = result.space().categoryCount();
        Table.Builder table = Table.builder("lac-cost", "Cost of care by financial year (all categories)",
                "financial_year", "months_projected", "cost_gbp_mean", "cost_gbp_lower_80", "cost_gbp_upper_80").keys(1);
        List<String> labels = new ArrayList<>();
        List<Double> mean = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        Double firstFullYear = null;
        String firstFullYearLabel = null;
        for (int f = 0; f < sim.financialYears().size(); f++) {
            int year = sim.financialYears().get(f);
            long months = sim.months().stream().filter(m -> CostModel.financialYearOf(m) == year).count();
            double[] cost = new double[sim.simulations()];
            for (int i = 0; i < cost.length; i++) {
                for (int c = 0; c < k; c++) {
                    cost[i] += sim.careDays()[i][f * k + c] * result.costs().dailyCostGbp(c, year);
                }
            }
            Distribution d = Distribution.of(cost);
            String label = CostModel.financialYearLabel(year);
            table.row(label, (int) months, Math.round(d.mean()) * 1.0, Math.round(d.p10()) * 1.0, Math.round(d.p90()) * 1.0);
            labels.add(label + (months < 12 ? " (part)" : ""));
            mean.add((double) Math.round(d.mean()));
            low.add((double) Math.round(d.p10()));
            high.add((double) Math.round(d.p90()));
            if (firstFullYear == null && months == 12) {
                firstFullYear = (double) Math.round(d.mean());
                firstFullYearLabel = label;
            }
        }
        Table built = table.build();
        step.chart(new ChartSpec("Cost of care by financial year, with 80% interval", ChartSpec.Type.FAN, labels, "GBP",
                List.of(Series.of("mean cost", mean), new Series("80% interval (low)", Role.BAND_LOW, low),
                        new Series("80% interval", Role.BAND_HIGH, high)), built.name()), built);
        if (firstFullYear != null) {
            step.headline("cost-first-year", "Projected cost of care in " + firstFullYearLabel, firstFullYear, "GBP");
        }
    }

    private static void backtest(Backtest backtest, StepResult.Builder step) {
        Table.Builder table = Table.builder("lac-backtest", "Backtest: the model fitted on earlier history, against what happened",
                "measure", "value").keys(1);
        if (backtest.skipReason() != null) {
            table.row("skipped", backtest.skipReason());
        } else {
            table.row("origin", backtest.origin());
            table.row("mean absolute error %", r1(backtest.meanAbsolutePercentageError()));
            table.row("80% interval coverage %", r1(backtest.coverage80() * 100));
            table.row("95% interval coverage %", r1(backtest.coverage95() * 100));
            step.headline("backtest-error", "Backtest mean absolute error", r1(backtest.meanAbsolutePercentageError()), "%");
        }
        step.table(table.build());
    }

    private static Distribution stockAt(SimulationResult sim, int t, int category) {
        double[] values = new double[sim.simulations()];
        for (int i = 0; i < values.length; i++) {
            values[i] = sim.stock(i, t, category, -1);
        }
        return Distribution.of(values);
    }

    private static double r1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
