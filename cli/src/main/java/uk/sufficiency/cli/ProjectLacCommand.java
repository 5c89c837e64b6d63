package uk.sufficiency.cli;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sufficiency.cli.options.DataRootOption;
import uk.sufficiency.cli.options.Inputs;
import uk.sufficiency.cli.options.QuickOption;
import uk.sufficiency.cli.options.SeedOption;
import uk.sufficiency.cli.options.SimulationsOption;
import uk.sufficiency.cli.options.YearsOption;
import uk.sufficiency.cli.report.Report;
import uk.sufficiency.cli.report.ResultFiles;
import uk.sufficiency.cli.report.Section;
import uk.sufficiency.cli.run.LacStep;
import uk.sufficiency.cli.run.StepResult;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.projection.lac.LacProjectionCapability;
import uk.sufficiency.engine.projection.lac.LacProjectionResult;
import uk.sufficiency.engine.projection.lac.LacStandaloneScenario;
import uk.sufficiency.model.io.ResultsFolder;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * {@code sufficiency project-lac}: looked-after children by month, placement category and age band,
 * and their cost. Its options become overrides of the scenario's {@code lac_projection} settings, then
 * it calls the same {@link LacProjectionCapability} as {@code run}'s LAC step, so the two agree.
 */
@Command(
        name = "project-lac",
        mixinStandardHelpOptions = true,
        description = {
            "Projects looked-after children by month, placement category and age band, with 80%% and 95%%",
            "intervals, and their cost by financial year; backtests the model at every origin the history allows.",
            "DIR is a scenario folder whose scenario.yaml has a lac_projection section (its as-of date anchors",
            "the projection), or a folder of SSDA903 returns (<year>-header.csv and <year>-episodes.csv), a folder",
            "holding lac-aggregates.csv or that file itself (projected from the history's end)."
        })
public final class ProjectLacCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "DIR", description = "Scenario folder, SSDA903 folder, or aggregates file or folder.")
    Path dir;

    @Mixin
    YearsOption years;

    @Mixin
    SimulationsOption simulations;

    @Mixin
    SeedOption seed;

    @Mixin
    QuickOption quick;

    @Mixin
    DataRootOption dataRoot;

    @Option(names = "--reference-window", paramLabel = "WINDOW",
            description = "History the rates are estimated on, e.g. 12m or 2y (default: the settings', else 12m).")
    String referenceWindow;

    @Option(names = "--config", paramLabel = "FILE",
            description = "lac_projection settings (YAML) for a folder of returns or aggregates; see docs/methods/lac-projection.md.")
    Path configFile;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "lac-projection",
            description = "Output folder, replaced whole (default ${DEFAULT-VALUE}).")
    Path out;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        LacProjectionCapability capability = new LacProjectionCapability();
        Scenario scenario = scenario(s -> withOptions(s, capability.section()));
        List<Path> inputs = Inputs.of(scenario, dir, configFile, dataRoot.root());
        ResultsFolder.check(out, "--out", inputs);
        var err = spec.commandLine().getErr();
        PipelineContext context = new PipelineContext(scenario, seed.seed(), quick.quick(), message -> {
            err.println(message);
            err.flush();
        });
        LacProjectionResult result = capability.run(capability.settingsOrThrow(scenario), context);
        List<Table> tables = capability.tables(result);
        StepResult shown = LacStep.present(result, tables, scenario.targets());
        Report report = new Report("Looked-after children projection: " + scenario.name(), List.of(
                "scenario " + scenario.name(), "as of " + scenario.asOfDate(), "seed " + result.seed(),
                result.simulations() + " simulations", "sufficiency " + VersionProvider.version()),
                List.of(new Section(capability.id(), "Looked-after children projected", shown.answer(), shown.summary(), null,
                        shown.headlines(), shown.charts(), shown.tables())));
        ResultFiles.Written[] files = new ResultFiles.Written[1];
        ResultsFolder.write(out, "--out", inputs,
                output -> files[0] = ResultFiles.write(output, report, "report.html", "results.xlsx"));
        ResultFiles.Written written = files[0];
        written.errors().forEach(err::println);

        var stdout = spec.commandLine().getOut();
        stdout.println(result.summary());
        int last = result.monthEnds().size() - 1;
        Interval end = result.childrenInCare(last, null, null);
        stdout.printf(Locale.ROOT, "%d children in care at %s; projected at %s: mean %.1f children (80%% %.0f-%.0f, 95%% %.0f-%.0f)%n",
                result.childrenAtBase(), result.timeFrame().base(), result.monthEnds().get(last), end.mean(), end.lower80(),
                end.upper80(), end.lower95(), end.upper95());
        stdout.printf(Locale.ROOT, "%d data-quality warning(s); wrote %d files to %s (report.html, results.xlsx, csv/)%n",
                result.dataQuality().size(), written.files().size(), out);
        stdout.flush();
        return written.errors().isEmpty() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }

    /** A scenario folder as it is; a looked-after history in an in-memory scenario around it. */
    private Scenario scenario(java.util.function.UnaryOperator<Scenario> options) {
        if (Files.isRegularFile(dir.resolve("scenario.yaml"))) {
            if (configFile != null) {
                throw InvalidInputException.of(Problem.error(configFile, 0, "--config", null, "--config is for a folder of"
                        + " returns or aggregates; a scenario's settings are its scenario.yaml lac_projection section"));
            }
            return options.apply(ScenarioLoader.load(dir, dataRoot.root()));
        }
        return LacStandaloneScenario.of(dir, configFile, options);
    }

    /** The options as overrides of the section's keys: the capability then reads them like any setting. */
    private Scenario withOptions(Scenario scenario, String section) {
        Scenario s = scenario;
        if (years.years() != null) {
            s = s.withSetting(section, "years", IntNode.valueOf(years.years()), "--years");
        }
        if (simulations.simulations() != null) {
            s = s.withSetting(section, "simulations", IntNode.valueOf(simulations.simulations()), "--simulations");
        }
        if (referenceWindow != null) {
            s = s.withSetting(section, "reference_window", TextNode.valueOf(referenceWindow), "--reference-window");
        }
        return s;
    }
}
