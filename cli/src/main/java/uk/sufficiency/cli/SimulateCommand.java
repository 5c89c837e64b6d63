package uk.sufficiency.cli;

import com.fasterxml.jackson.databind.node.IntNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sufficiency.cli.options.QuickOption;
import uk.sufficiency.cli.options.MonthsOption;
import uk.sufficiency.cli.options.SeedOption;
import uk.sufficiency.cli.options.SimulationsOption;
import uk.sufficiency.cli.region.RegionRun;
import uk.sufficiency.cli.region.RegionSimulate;
import uk.sufficiency.cli.report.Report;
import uk.sufficiency.cli.report.ResultFiles;
import uk.sufficiency.cli.report.Section;
import uk.sufficiency.cli.run.SimulationStep;
import uk.sufficiency.cli.run.StepResult;
import uk.sufficiency.engine.market.MarketCapability;
import uk.sufficiency.engine.market.MarketInputs;
import uk.sufficiency.engine.market.MarketMeasure;
import uk.sufficiency.engine.market.MarketResult;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.model.io.ResultsFolder;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * {@code sufficiency simulate}: the placement market month by month. Its options become overrides of
 * the scenario's {@code simulation:} section, then it calls the same {@link MarketCapability} as
 * {@code run}'s simulation step, so the two agree for one scenario and seed.
 */
@Command(
        name = "simulate",
        mixinStandardHelpOptions = true,
        description = {
            "Simulates the placement market month by month: children enter, leave and move (the looked-after",
            "children model), carers are recruited, retire and deregister (the plan's supply model), and each",
            "month the matcher places the waiting children around everyone placed. Writes children placed by",
            "type, waiting and waiting time, moves, cost and skill-level use with 80%% and 95%% intervals",
            "(report.html, results.xlsx, csv/). Method: docs/methods/simulation.md."
        },
        footer = {"", "Examples:",
            "  sufficiency simulate scenarios/leicestershire-2015 --months 36 --simulations 200 --seed 7 --out out/market",
            "  sufficiency simulate scenarios/east-midlands-region --months 36 --simulations 50 --out out/region-market"})
public final class SimulateCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "SCENARIO_DIR", description = "Folder holding scenario.yaml, or a region's"
            + " folder holding region.yaml (every council together, pooled against each alone).")
    Path scenarioDir;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    MonthsOption months;

    @Mixin
    SimulationsOption simulations;

    @Mixin
    SeedOption seed;

    @Mixin
    QuickOption quick;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "simulation",
            description = "Output folder (default ${DEFAULT-VALUE}); replaced whole, never mixed with older results.")
    Path out;

    @Override
    public Integer call() throws Exception {
        MarketCapability capability = new MarketCapability();
        if (RegionRun.isRegion(scenarioDir)) {
            // a region: every council's market together, pooled against each alone (decision 0093)
            return RegionSimulate.run(scenarioDir, seed.seed(), quick.quick(), out, spec.commandLine().getOut(),
                    spec.commandLine().getErr(), s -> withOptions(s, capability.section()), VersionProvider.version());
        }
        Scenario scenario = withOptions(ScenarioLoader.load(scenarioDir), capability.section());
        ProblemCollector problems = new ProblemCollector();
        MarketInputs inputs = capability.settings(scenario, problems);
        var err = spec.commandLine().getErr();
        problems.warnings().forEach(err::println);
        problems.throwIfErrors();
        List<Path> read = new ArrayList<>(scenario.inputFiles());
        read.addAll(scenario.chain());
        ResultsFolder.check(out, "--out", read);
        PipelineContext context = new PipelineContext(scenario, seed.seed(), quick.quick(), message -> {
            err.println(message);
            err.flush();
        });
        long started = System.nanoTime();
        MarketResult result = capability.run(inputs, context);
        double seconds = (System.nanoTime() - started) / 1e9;
        List<Table> tables = capability.tables(result);
        StepResult shown = SimulationStep.present(result, tables);
        Report report = new Report("Placement market simulation: " + scenario.name(), List.of(
                "scenario " + scenario.name(), "as of " + scenario.asOfDate(), "seed " + result.seed(),
                result.simulations() + " simulations of " + result.months() + " months",
                "sufficiency " + VersionProvider.version()),
                List.of(new Section(capability.id(), "Placement market simulated month by month", shown.summary(), null,
                        shown.headlines(), shown.charts(), shown.tables())));
        ResultFiles.Written[] written = new ResultFiles.Written[1];
        List<Path> files = ResultsFolder.write(out, "--out", read,
                folder -> written[0] = ResultFiles.write(folder, report, "report.html", "results.xlsx"));
        written[0].errors().forEach(err::println);
        var stdout = spec.commandLine().getOut();
        int last = result.months() - 1;
        Interval waiting = result.interval(MarketMeasure.WAITING, last);
        Interval annual = result.interval(MarketMeasure.ANNUAL_COST, last);
        stdout.printf(Locale.ROOT, "%d simulations of %d months in %.1f s; at %s: %.1f children waiting (80%% %.0f-%.0f),"
                + " placements costing GBP %.2fm a year (80%% %.2fm-%.2fm)%n", result.simulations(), result.months(),
                seconds, result.monthEnds().get(last), waiting.mean(), waiting.lower80(), waiting.upper80(),
                annual.mean() / 1e6, annual.lower80() / 1e6, annual.upper80() / 1e6);
        stdout.printf(Locale.ROOT, "wrote %d files to %s (report.html, results.xlsx, csv/)%n", files.size(), out);
        stdout.flush();
        return written[0].errors().isEmpty() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }

    /** Each option given becomes an override of its simulation key, which then names the option in any problem. */
    private Scenario withOptions(Scenario scenario, String section) {
        Scenario s = scenario;
        if (months.months() != null) {
            s = s.withSetting(section, "months", IntNode.valueOf(months.months()), "--months");
        }
        if (simulations.simulations() != null) {
            s = s.withSetting(section, "simulations", IntNode.valueOf(simulations.simulations()), "--simulations");
        }
        return s;
    }
}
