package uk.sufficiency.cli;

import com.fasterxml.jackson.databind.node.IntNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
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
import uk.sufficiency.cli.run.EhcpView;
import uk.sufficiency.cli.run.StepResult;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.projection.ehcp.EhcpCapability;
import uk.sufficiency.engine.projection.ehcp.EhcpFolderScenario;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.EhcpRequest;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.model.io.ResultsFolder;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/** {@code sufficiency project-ehcp}: EHCP numbers and high-needs spend, with intervals, from a scenario or a folder of inputs. */
@Command(
        name = "project-ehcp",
        mixinStandardHelpOptions = true,
        description = {
            "Projects EHCPs by year, need, setting and age band, their cost and the",
            "high-needs budget position, with 80%% and 95%% intervals from a seeded Monte",
            "Carlo simulation, and states the track record of projections made the same way",
            "from earlier censuses. DIR is a scenario folder (its ehcp_projection section, as",
            "`run` reads it) or a folder holding witan.send's transitions.csv, population.csv,",
            "costs.csv and valid-states.csv."
        })
public final class ProjectEhcpCommand implements Callable<Integer> {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "A scenario folder, or a folder of witan.send inputs.")
    Path directory;

    @Mixin
    SeedOption seedOption;

    @Mixin
    SimulationsOption simulationsOption;

    @Mixin
    YearsOption yearsOption;

    @Mixin
    QuickOption quickOption;

    @Mixin
    DataRootOption dataRoot;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "ehcp-projection",
            description = "Output folder, replaced whole: report.html, results.xlsx and csv/ (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() throws Exception {
        if (!Files.isDirectory(directory)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "DIR is not a folder: " + directory);
        }
        ProblemCollector problems = new ProblemCollector();
        Scenario loaded = scenario(problems);
        EhcpCapability capability = new EhcpCapability();
        if (!capability.configured(loaded)) {
            problems.error(loaded.directory().resolve("scenario.yaml"), 0, EhcpSettings.SECTION, null,
                    "scenario.yaml has no " + EhcpSettings.SECTION + " section");
        }
        Scenario scenario = withOptions(loaded);
        EhcpRequest request = problems.hasErrors() ? null : capability.settings(scenario, problems);
        problems.throwIfErrors();
        List<Path> inputs = Inputs.of(scenario, directory, dataRoot.root());
        ResultsFolder.check(out, "--out", inputs);
        var err = spec.commandLine().getErr();
        for (Problem warning : problems.warnings()) {
            err.println(warning.describe());
        }
        PipelineContext context = new PipelineContext(scenario, seedOption.seed(), quickOption.quick(),
                message -> err.println("project-ehcp: " + message));
        EhcpProjectionResult result = capability.run(request, context);
        StepResult view = EhcpView.of(result, capability.tables(result), scenario.targets());
        Section section = new Section(capability.id(), "EHCPs and high-needs spend projected", view.answer(),
                view.summary(), null,
                view.headlines(), view.charts(), view.tables());
        Report report = new Report("EHCP projection: " + scenario.name(), List.of("scenario " + scenario.name(),
                scenario.asOfDate() == null ? "not a scenario folder" : "as of " + scenario.asOfDate(),
                "seed " + result.seed(), "sufficiency " + VersionProvider.version()), List.of(section));
        ResultFiles.Written[] files = new ResultFiles.Written[1];
        ResultsFolder.write(out, "--out", inputs,
                output -> files[0] = ResultFiles.write(output, report, "report.html", "results.xlsx"));
        ResultFiles.Written written = files[0];
        written.errors().forEach(err::println);
        var stdout = spec.commandLine().getOut();
        // the finance officer's answer first, then how it was made
        stdout.println(view.answer());
        stdout.println(view.summary());
        stdout.println("Wrote " + written.files().size() + " files to " + out + ": report.html, results.xlsx and csv/");
        stdout.flush();
        err.flush();
        return written.errors().isEmpty() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }

    /** A scenario folder as `run` reads it; any other folder as witan.send inputs in an in-memory section. */
    private Scenario scenario(ProblemCollector problems) {
        Path dir = directory.toAbsolutePath().normalize();
        if (Files.isRegularFile(dir.resolve("scenario.yaml"))) {
            ScenarioLoader.Result loaded = ScenarioLoader.read(dir, dataRoot.root());
            loaded.warnings().forEach(problems::add);
            return loaded.scenario();
        }
        return EhcpFolderScenario.witan(dir);
    }

    /** Options are overrides of the section's keys, checked by the same binding as scenario.yaml. */
    private Scenario withOptions(Scenario scenario) {
        Scenario result = scenario;
        if (yearsOption.years() != null) {
            result = result.withSetting(EhcpSettings.SECTION, "years", IntNode.valueOf(yearsOption.years()), "--years");
        }
        if (simulationsOption.simulations() != null) {
            result = result.withSetting(EhcpSettings.SECTION, "simulations",
                    IntNode.valueOf(simulationsOption.simulations()), "--simulations");
        }
        return result;
    }
}
