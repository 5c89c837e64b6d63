package uk.sufficiency.cli.run;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.sufficiency.cli.ExitCodes;
import uk.sufficiency.cli.VersionProvider;
import uk.sufficiency.cli.options.DataRootOption;
import uk.sufficiency.cli.options.Inputs;
import uk.sufficiency.cli.options.QuickOption;
import uk.sufficiency.cli.options.SeedOption;
import uk.sufficiency.cli.region.RegionRun;
import uk.sufficiency.cli.report.Report;
import uk.sufficiency.cli.report.ResultFiles;
import uk.sufficiency.cli.report.Section;
import uk.sufficiency.model.io.ResultsFolder;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.Problem;

/** The main job: validates a scenario, runs every capability on it and writes the report and tables. */
@Command(
        name = "run",
        mixinStandardHelpOptions = true,
        description = {
            "Run the whole engine on a scenario and write report.html, every table as CSV, results.xlsx",
            "and run.json (input checksums, version, seed, options, timings).",
            "A step that fails is reported and the others' results are kept (exit status 1)."
        },
        footer = {"", "Examples:",
            "  sufficiency run                      (the built-in scenario " + ScenarioLocator.BUILT_IN + ")",
            "  sufficiency run my-scenario --out results/baseline --seed 7"})
public final class RunCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "SCENARIO_DIR",
            description = "Folder holding scenario.yaml, or a region's region.yaml (default: the built-in "
                    + ScenarioLocator.BUILT_IN + ").")
    Path scenarioDir;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Folder to write the results to (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Mixin
    SeedOption seedOption;

    @Mixin
    QuickOption quickOption;

    @Mixin
    DataRootOption dataRoot;

    @Spec
    CommandSpec spec;

    /** The steps to run; tests replace them. */
    List<RunStep> steps = RunSteps.standard();

    @Override
    public Integer call() throws Exception {
        Instant started = Instant.now();
        long start = System.nanoTime();
        var err = spec.commandLine().getErr();
        Progress progress = new Progress(err);

        // validate everything before writing anything
        Path dir = ScenarioLocator.resolve(scenarioDir);
        progress.say("validating " + RunRecord.display(dir) + " ...");
        // a region folder (region.yaml) runs its own steps on the region's pooled scenario (decision 0073)
        RegionRun region = RegionRun.isRegion(dir) ? RegionRun.check(dir) : null;
        List<RunStep> runSteps = region != null ? region.steps() : steps;
        ScenarioGate.Passed passed = region != null ? region.passed() : ScenarioGate.check(dir, dataRoot.root(), steps);
        Scenario scenario = passed.scenario();
        // every file the run reads (series and the capabilities' files too), its extends chain and any data root
        List<Path> inputs = new ArrayList<>(RunInputs.files(scenario));
        inputs.addAll(Inputs.of(scenario, dataRoot.root()));
        ResultsFolder.check(outDir, "--out", inputs);
        for (Problem warning : passed.warnings()) {
            err.println(warning.describe());
        }
        double validateSeconds = (System.nanoTime() - start) / 1e9;

        boolean quick = quickOption.quick();
        RunContext context = new RunContext(scenario, passed.warnings(), seedOption.seed(), quick, progress);
        StepRunner.Outcome outcome = StepRunner.run(runSteps, context);
        List<Section> sections = new ArrayList<>(outcome.sections());
        Section assumptions = AssumptionsSection.of(outcome.sections());
        if (assumptions != null) {
            sections.add(assumptions);
        }
        sections.add(RunSummary.section(outcome, scenario, dir));
        Report report = new Report("Sufficiency report: " + scenario.name(), List.of(
                "scenario " + scenario.name(), "as of " + scenario.asOfDate(), "seed " + (seedOption.seed() == null ? "default" : seedOption.seed()),
                quick ? "quick run" : "full run", "sufficiency " + VersionProvider.version()), sections);

        RunRecord.Options options = new RunRecord.Options(dir, outDir, seedOption.seed(), quick, dataRoot.root());
        ResultFiles.Written[] result = new ResultFiles.Written[1];
        double[] total = new double[1];
        List<Path> files = ResultsFolder.write(outDir, "--out", inputs, out -> {
            ResultFiles.Written written = ResultFiles.write(out, report, "report.html", "results.xlsx");
            total[0] = (System.nanoTime() - start) / 1e9;
            out.write("run.json", w -> w.write(RunRecord.toJson(RunRecord.build(VersionProvider.version(),
                    options, scenario, started, total[0], validateSeconds, outcome,
                    sections.stream().flatMap(sec -> sec.tables().stream()).toList(), written.files(),
                    out.directory()))));
            result[0] = written;
        });
        ResultFiles.Written written = result[0];

        written.errors().forEach(err::println);
        var stdout = spec.commandLine().getOut();
        stdout.printf("wrote %d files to %s: report.html, results.xlsx, run.json and csv/ (%.1f s)%n",
                files.size(), RunRecord.display(outDir), total[0]);
        stdout.flush();
        if (outcome.anyFailed() || !written.errors().isEmpty()) {
            long failed = outcome.steps().stream().filter(s -> s.error() != null).count();
            err.println(failed + " step(s) failed and " + written.errors().size()
                    + " file(s) could not be written; every other result was written.");
            err.flush();
            return ExitCodes.INTERNAL_ERROR;
        }
        err.flush();
        return ExitCodes.OK;
    }
}
