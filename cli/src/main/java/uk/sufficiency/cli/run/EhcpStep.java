package uk.sufficiency.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.ChartSpec.Role;
import uk.sufficiency.cli.report.ChartSpec.Series;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.engine.projection.ehcp.EhcpProjection;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.ProjectionOptions;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetRow;
import uk.sufficiency.engine.projection.ehcp.config.EhcpConfigLoader;
import uk.sufficiency.engine.projection.ehcp.config.EhcpProjectionConfig;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputLoader;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;
import uk.sufficiency.engine.projection.ehcp.summary.CountSummaries;
import uk.sufficiency.engine.projection.ehcp.summary.Interval;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.Target;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * EHCPs and high-needs spend projected as {@code sufficiency project-ehcp} does, from the
 * scenario's {@code ehcp_projection} section or, failing that, the {@code ehcp-projection.yaml}
 * beside it (docs/methods/ehcp-projection.md).
 */
public final class EhcpStep implements RunStep {

    static final String SECTION = "ehcp_projection";
    static final String CONFIG_FILE = "ehcp-projection.yaml";
    static final int YEARS = 5;

    @Override
    public String id() {
        return "ehcp";
    }

    @Override
    public String title() {
        return "EHCPs and high-needs spend projected";
    }

    /** Settings and where their relative paths start from, or null when the scenario has none. */
    private record Settings(EhcpProjectionConfig config, Path base, Path source) {
    }

    private static Settings settings(Scenario scenario) {
        JsonNode section = scenario.section(SECTION);
        if (!section.isMissingNode() && !section.isNull()) {
            Path source = scenario.directory().resolve("scenario.yaml");
            ProblemCollector problems = new ProblemCollector();
            EhcpProjectionConfig config = EhcpConfigLoader.bind(section, source, problems);
            problems.throwIfErrors();
            return new Settings(config, scenario.directory().toAbsolutePath(), source);
        }
        Path file = scenario.directory().resolve(CONFIG_FILE);
        if (Files.isRegularFile(file)) {
            return new Settings(EhcpConfigLoader.read(file), file.toAbsolutePath().getParent(), file);
        }
        return null;
    }

    @Override
    public void validate(Scenario scenario, ProblemCollector problems) {
        try {
            settings(scenario);
        } catch (InvalidInputException e) {
            e.problems().forEach(problems::add);
        }
    }

    @Override
    public StepResult run(RunContext context) {
        Scenario scenario = context.scenario();
        Settings settings = settings(scenario);
        if (settings == null) {
            return StepResult.builder().summary("Not run: scenario.yaml has no " + SECTION + " section and there is no "
                    + CONFIG_FILE + " beside it.").build();
        }
        int simulations = context.quick() ? 200 : 1000;
        context.progress().note("reading EHCP inputs, then " + simulations + " simulations over " + YEARS + " years");
        EhcpInputs inputs = EhcpInputLoader.load(settings.config(), settings.base(), settings.source());
        EhcpProjectionResult result = EhcpProjection.run(inputs, new ProjectionOptions(YEARS, simulations, context.seed()),
                settings.source());
        context.share(EhcpProjectionResult.class, result);

        StepResult.Builder step = StepResult.builder();
        plans(result, scenario.targets(), step);
        bySetting(result, step);
        budget(result, step);
        savings(result, step);
        step.summary("Plans at each January census, fitted on censuses " + result.fitFromYear() + " to "
                + result.originYear() + " and projected by " + simulations + " simulations of joiners, movers and"
                + " leavers over " + YEARS + " years; bands hold 80% and 95% of simulated outcomes. Spend is GBP by"
                + " financial year against the high-needs block allocation; a negative balance is a deficit.");
        return step.build();
    }

    private static void plans(EhcpProjectionResult result, List<Target> targets, StepResult.Builder step) {
        SimulationResult sim = result.scenario();
        Table.Builder table = Table.builder("ehcp-plans", "EHCPs at each January census (all settings)",
                "census_year", "basis", "mean", "lower_95", "lower_80", "median", "upper_80", "upper_95").keys(1);
        List<String> labels = new ArrayList<>();
        List<Integer> years = new ArrayList<>();
        List<Double> observed = new ArrayList<>();
        List<List<Double>> columns = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            columns.add(new ArrayList<>());
        }
        for (Map.Entry<Integer, int[]> entry : result.observedCubes().entrySet()) {
            double total = java.util.Arrays.stream(entry.getValue()).asLongStream().sum();
            table.row(entry.getKey(), "observed", total, null, null, null, null, null);
            labels.add(Integer.toString(entry.getKey()));
            years.add(entry.getKey());
            observed.add(total);
            boolean origin = entry.getKey() == result.originYear();
            columns.forEach(c -> c.add(origin ? total : null));
        }
        Interval last = null;
        for (int t = 1; t <= sim.horizon(); t++) {
            Interval d = Interval.of(CountSummaries.total(sim, t));
            int year = sim.censusYear(t);
            table.row(year, "projected", r1(d.mean()), r1(d.low95()), r1(d.low80()), r1(d.median()), r1(d.high80()),
                    r1(d.high95()));
            labels.add(Integer.toString(year));
            years.add(year);
            observed.add(null);
            columns.get(0).add(r1(d.mean()));
            columns.get(1).add(r1(d.low95()));
            columns.get(2).add(r1(d.high95()));
            columns.get(3).add(r1(d.low80()));
            columns.get(4).add(r1(d.high80()));
            last = d;
        }
        List<Series> series = new ArrayList<>(List.of(
                Series.of("observed", observed),
                Series.of("projected mean", columns.get(0)),
                new Series("95% interval (low)", Role.BAND_LOW, columns.get(1)),
                new Series("95% interval", Role.BAND_HIGH, columns.get(2)),
                new Series("80% interval (low)", Role.BAND_LOW, columns.get(3)),
                new Series("80% interval", Role.BAND_HIGH, columns.get(4))));
        for (Target target : targets) {
            if (target.series().equals("ehcp")) {
                List<Double> points = new ArrayList<>();
                years.forEach(y -> points.add(y == target.by().getYear() ? target.value() : null));
                if (points.stream().anyMatch(p -> p != null)) {
                    series.add(new Series(target.label(), Role.TARGET, points));
                }
            }
        }
        Table built = table.build();
        step.chart(new ChartSpec("EHCPs: projection with 80% and 95% intervals", ChartSpec.Type.FAN, labels, "plans",
                series, built.name()), built);
        if (last != null) {
            step.headline("plans-end", "Projected EHCPs in January " + sim.censusYear(sim.horizon()) + " (80%: "
                    + Math.round(last.low80()) + "-" + Math.round(last.high80()) + ")", r1(last.mean()), "plans");
        }
    }

    private static void bySetting(EhcpProjectionResult result, StepResult.Builder step) {
        SimulationResult sim = result.scenario();
        List<String> settings = sim.space().settings();
        Table.Builder table = Table.builder("ehcp-by-setting", "EHCPs by setting at each January census",
                "census_year", "basis", "setting", "mean", "lower_80", "upper_80").keys(3);
        List<String> labels = new ArrayList<>();
        List<List<Double>> means = new ArrayList<>();
        settings.forEach(s -> means.add(new ArrayList<>()));
        for (Map.Entry<Integer, int[]> entry : result.observedCubes().entrySet()) {
            double[] bySetting = new double[settings.size()];
            int[] cube = entry.getValue();
            for (int c = 0; c < cube.length; c++) {
                bySetting[sim.settingOfCell(c)] += cube[c];
            }
            labels.add(Integer.toString(entry.getKey()));
            for (int s = 0; s < settings.size(); s++) {
                table.row(entry.getKey(), "observed", settings.get(s), bySetting[s], bySetting[s], bySetting[s]);
                means.get(s).add(bySetting[s]);
            }
        }
        for (int t = 1; t <= sim.horizon(); t++) {
            labels.add(Integer.toString(sim.censusYear(t)));
            for (int s = 0; s < settings.size(); s++) {
                Interval d = Interval.of(CountSummaries.setting(sim, t, s));
                table.row(sim.censusYear(t), "projected", settings.get(s), r1(d.mean()), r1(d.low80()), r1(d.high80()));
                means.get(s).add(r1(d.mean()));
            }
        }
        List<Series> series = new ArrayList<>();
        for (int s = 0; s < settings.size(); s++) {
            series.add(Series.of(settings.get(s), means.get(s)));
        }
        Table built = table.build();
        step.chart(new ChartSpec("EHCPs by setting (projected years: mean)", ChartSpec.Type.STACKED_BAR, labels, "plans",
                series, built.name()), built);
    }

    private static void budget(EhcpProjectionResult result, StepResult.Builder step) {
        Table.Builder table = Table.builder("ehcp-budget", "High-needs spend against the block allocation by financial year",
                "financial_year", "basis", "spend_gbp_mean", "spend_gbp_lower_80", "spend_gbp_upper_80", "allocation_gbp",
                "in_year_balance_gbp_mean", "in_year_balance_gbp_lower_80", "in_year_balance_gbp_upper_80",
                "cumulative_balance_gbp_mean", "cumulative_balance_gbp_lower_80", "cumulative_balance_gbp_upper_80",
                "probability_of_deficit_percent").keys(1);
        List<String> labels = new ArrayList<>();
        List<Double> spend = new ArrayList<>();
        List<Double> low = new ArrayList<>();
        List<Double> high = new ArrayList<>();
        List<Double> allocation = new ArrayList<>();
        BudgetRow lastWithBalance = null;
        for (BudgetRow row : result.budget()) {
            Interval inYear = row.inYearBalanceGbp();
            Interval cumulative = row.cumulativeBalanceGbp();
            table.row(row.financialYear(), row.observed() ? "observed" : "projected", gbp(row.spendGbp().mean()),
                    gbp(row.spendGbp().low80()), gbp(row.spendGbp().high80()),
                    row.allocationGbp() == null ? null : gbp(row.allocationGbp()),
                    inYear == null ? null : gbp(inYear.mean()), inYear == null ? null : gbp(inYear.low80()),
                    inYear == null ? null : gbp(inYear.high80()),
                    cumulative == null ? null : gbp(cumulative.mean()), cumulative == null ? null : gbp(cumulative.low80()),
                    cumulative == null ? null : gbp(cumulative.high80()),
                    row.probabilityOfDeficit() == null ? null : r1(row.probabilityOfDeficit() * 100));
            labels.add(row.financialYear());
            spend.add(gbp(row.spendGbp().mean()));
            low.add(gbp(row.spendGbp().low80()));
            high.add(gbp(row.spendGbp().high80()));
            allocation.add(row.allocationGbp() == null ? null : gbp(row.allocationGbp()));
            if (cumulative != null) {
                lastWithBalance = row;
            }
        }
        Table built = table.build();
        List<Series> series = new ArrayList<>(List.of(Series.of("spend (mean)", spend),
                new Series("80% interval (low)", Role.BAND_LOW, low), new Series("80% interval", Role.BAND_HIGH, high)));
        if (allocation.stream().anyMatch(a -> a != null)) {
            series.add(Series.of("block allocation", allocation));
        }
        step.chart(new ChartSpec("High-needs spend against the block allocation, with 80% interval", ChartSpec.Type.FAN,
                labels, "GBP", series, built.name()), built);
        if (lastWithBalance != null) {
            Interval c = lastWithBalance.cumulativeBalanceGbp();
            // a deficit is reported as a positive figure: minus the balance
            step.headline("deficit-end", "Cumulative high-needs deficit at the end of " + lastWithBalance.financialYear()
                    + " (80%: " + Math.round(-c.high80()) + " to " + Math.round(-c.low80()) + ")", gbp(-c.mean()), "GBP");
        }
    }

    private static void savings(EhcpProjectionResult result, StepResult.Builder step) {
        Table.Builder table = Table.builder("ehcp-savings", "Savings delivered by the scenario's levers against the savings target",
                "financial_year", "savings_target_gbp", "savings_gbp_mean", "savings_gbp_lower_80", "savings_gbp_upper_80",
                "probability_target_met_percent").keys(1);
        for (BudgetRow row : result.budget()) {
            Interval delivered = row.savingsDeliveredGbp();
            if (row.savingsTargetGbp() == null && delivered == null) {
                continue;
            }
            table.row(row.financialYear(), row.savingsTargetGbp() == null ? null : gbp(row.savingsTargetGbp()),
                    delivered == null ? null : gbp(delivered.mean()), delivered == null ? null : gbp(delivered.low80()),
                    delivered == null ? null : gbp(delivered.high80()),
                    row.probabilitySavingsMet() == null ? null : r1(row.probabilitySavingsMet() * 100));
        }
        Table built = table.build();
        if (!built.isEmpty()) {
            step.table(built);
        }
    }

    private static double gbp(double value) {
        return Math.round(value);
    }

    private static double r1(double value) {
        return Math.round(value * 10) / 10.0;
    }
}
