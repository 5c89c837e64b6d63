package uk.sufficiency.cli.compare;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;
import uk.sufficiency.cli.ExitCodes;
import uk.sufficiency.cli.VersionProvider;
import uk.sufficiency.cli.report.Report;
import uk.sufficiency.cli.report.ResultFiles;
import uk.sufficiency.model.io.ResultsFolder;
import uk.sufficiency.model.validation.ProblemCollector;

/** Compares two run folders, leading with what changed: headline cards, overlaid charts, changed rows only. */
@Command(
        name = "compare",
        mixinStandardHelpOptions = true,
        description = "Compare two runs (e.g. baseline and a recruitment plan): writes compare.html, "
                + "comparison.xlsx and csv/compare-*.csv with each figure in A, in B and the change.",
        footer = {"", "Example:", "  sufficiency compare out/baseline out/recruit-20 --out out/compare"})
public final class CompareCommand implements Callable<Integer> {

    @Parameters(index = "0", paramLabel = "RUN_A", description = "Folder written by 'sufficiency run' (the baseline).")
    Path runA;

    @Parameters(index = "1", paramLabel = "RUN_B", description = "Folder written by 'sufficiency run' (the alternative).")
    Path runB;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "compare",
            description = "Folder to write the comparison to (default: ${DEFAULT-VALUE}).")
    Path outDir;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        ResultsFolder.check(outDir, "--out", List.of(runA, runB));
        ProblemCollector problems = new ProblemCollector();
        RunFolder a = RunFolder.read(runA, problems);
        RunFolder b = RunFolder.read(runB, problems);
        problems.throwIfErrors();
        RunComparison.Comparison comparison = RunComparison.compare(a, b);
        Report report = new Report("Sufficiency comparison: what changes from A to B", List.of(
                "A: " + runA + " (" + a.describe() + ")", "B: " + runB + " (" + b.describe() + ")",
                "sufficiency " + VersionProvider.version()), comparison.sections(), comparison.dataTables());
        ResultFiles.Written[] result = new ResultFiles.Written[1];
        List<Path> files = ResultsFolder.write(outDir, "--out", List.of(runA, runB),
                out -> result[0] = ResultFiles.write(out, report, "compare.html", "comparison.xlsx"));
        ResultFiles.Written written = result[0];
        written.errors().forEach(spec.commandLine().getErr()::println);
        spec.commandLine().getOut().printf("wrote %d files to %s: compare.html, comparison.xlsx and csv/%n",
                files.size(), outDir);
        spec.commandLine().getOut().flush();
        spec.commandLine().getErr().flush();
        return written.errors().isEmpty() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }
}
