package uk.sufficiency.cli.run;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.sufficiency.cli.options.QuickOption;
import uk.sufficiency.cli.options.SeedOption;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.sufficiency.cli.ExitCodes;
import uk.sufficiency.cli.VersionProvider;
import uk.sufficiency.cli.report.Report;
import uk.sufficiency.cli.report.ResultFiles;
import uk.sufficiency.cli.report.Section;
import uk.sufficiency.model.io.OutputDirectory;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

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
            description = "Folder holding scenario.yaml (default: the built-in " + ScenarioLocator.BUILT_IN + ").")
    Path scenarioDir;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "out",
            description = "Folder to write the results to (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Mixin
    SeedOption seedOption;

    @Mixin
    QuickOption quickOption;

    @Spec
    CommandSpec spec;

    /** The steps to run; tests replace them. */
    List<RunStep> steps = RunSteps.standard();

    @Override
    public Integer call() {
        Instant started = Instant.now();
        long start = System.nanoTime();
        var err = spec.commandLine().getErr();
        Progress progress = new Progress(err);

        // validate everything before writing anything
        Path dir = ScenarioLocator.resolve(scenarioDir);
        progress.say("validating " + RunRecord.display(dir) + " ...");
        ScenarioLoader.Result loaded = ScenarioLoader.read(dir);
        Scenario scenario = loaded.scenario();
        ProblemCollector problems = new ProblemCollector();
        loaded.warnings().forEach(problems::add);
        for (RunStep step : steps) {
            step.validate(scenario, problems);
        }
        problems.throwIfErrors();
        for (Problem warning : problems.warnings()) {
            err.println(warning.describe());
        }
        double validateSeconds = (System.nanoTime() - start) / 1e9;

        boolean quick = quickOption.quick();
        RunContext context = new RunContext(scenario, problems.warnings(), seedOption.seed(), quick, progress);
        StepRunner.Outcome outcome = StepRunner.run(steps, context);
        List<Section> sections = new ArrayList<>(outcome.sections());
        sections.add(RunSummary.section(outcome, scenario, dir));
        Report report = new Report("Sufficiency report: " + scenario.name(), List.of(
                "scenario " + scenario.name(), "as of " + scenario.asOfDate(), "seed " + (seedOption.seed() == null ? "default" : seedOption.seed()),
                quick ? "quick run" : "full run", "sufficiency " + VersionProvider.version()), sections);

        OutputDirectory out = new OutputDirectory(outDir);
        Set<Path> previous = previousOutputs(outDir);
        ResultFiles.Written written = ResultFiles.write(out, report, "report.html", "results.xlsx");
        List<Path> files = new ArrayList<>(written.files());
        RunRecord.Options options = new RunRecord.Options(dir, outDir, seedOption.seed(), quick);
        double total = (System.nanoTime() - start) / 1e9;
        files.add(out.write("run.json", w -> w.write(RunRecord.toJson(RunRecord.build(VersionProvider.version(),
                options, scenario, started, total, validateSeconds, outcome,
                sections.stream().flatMap(sec -> sec.tables().stream()).toList(), written.files())))));
        removeStale(previous, files);

        written.errors().forEach(err::println);
        var stdout = spec.commandLine().getOut();
        stdout.printf("wrote %d files to %s: report.html, results.xlsx, run.json and csv/ (%.1f s)%n",
                files.size(), RunRecord.display(outDir), total);
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

    /** Files an earlier run wrote here (from its run.json), to remove those this run no longer writes. */
    private static Set<Path> previousOutputs(Path outDir) {
        Set<Path> files = new HashSet<>();
        Path record = outDir.resolve("run.json");
        if (!Files.isRegularFile(record)) {
            return files;
        }
        try {
            for (JsonNode output : new ObjectMapper().readTree(record.toFile()).path("outputs")) {
                Path file = outDir.resolve(output.path("file").asText()).normalize();
                if (file.startsWith(outDir.normalize()) && file.toString().endsWith(".csv")) {
                    files.add(file.toAbsolutePath().normalize());
                }
            }
        } catch (IOException e) {
            // an unreadable old record: leave its files alone
        }
        return files;
    }

    private static void removeStale(Set<Path> previous, List<Path> written) {
        written.forEach(f -> previous.remove(f.toAbsolutePath().normalize()));
        for (Path stale : previous) {
            try {
                Files.deleteIfExists(stale);
            } catch (IOException e) {
                // a stale table left behind is harmless; run.json lists the current ones
            }
        }
    }
}
