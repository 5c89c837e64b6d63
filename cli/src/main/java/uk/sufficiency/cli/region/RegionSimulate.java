package uk.sufficiency.cli.region;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.UnaryOperator;
import uk.sufficiency.cli.ExitCodes;
import uk.sufficiency.cli.report.Report;
import uk.sufficiency.cli.report.ResultFiles;
import uk.sufficiency.cli.report.Section;
import uk.sufficiency.cli.run.StepResult;
import uk.sufficiency.engine.market.RegionMarketCapability;
import uk.sufficiency.engine.market.RegionMarketInputs;
import uk.sufficiency.engine.market.RegionMarketResult;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.model.io.ResultsFolder;
import uk.sufficiency.model.region.Region;
import uk.sufficiency.model.region.RegionLoader;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * {@code simulate REGION_DIR}: the same region simulation as {@code run}'s region step (its options
 * overrides of region.yaml's {@code simulation:} section), written as report.html, results.xlsx and
 * csv/ into one results folder, the answer on stdout. Everything is checked before anything runs.
 */
public final class RegionSimulate {

    private RegionSimulate() {
    }

    /** @param overrides the command's options as overrides of the region's simulation section */
    public static int run(Path dir, Long seed, boolean quick, Path out, PrintWriter stdout, PrintWriter err,
            UnaryOperator<Scenario> overrides, String version) throws Exception {
        RegionLoader.Result loaded = RegionLoader.read(dir);
        loaded.warnings().forEach(w -> err.println(w.describe()));
        Region region = loaded.region();
        Scenario pooled = overrides.apply(region.pooled());
        RegionMarketCapability capability = new RegionMarketCapability();
        ProblemCollector problems = new ProblemCollector();
        RegionMarketInputs inputs = capability.settings(region, pooled, problems);
        problems.warnings().forEach(err::println);
        problems.throwIfErrors();
        ResultsFolder.check(out, "--out", region.inputFiles());
        PipelineContext context = new PipelineContext(pooled, seed, quick, message -> {
            err.println(message);
            err.flush();
        });
        long started = System.nanoTime();
        RegionMarketResult result = capability.run(inputs, context);
        double seconds = (System.nanoTime() - started) / 1e9;
        StepResult shown = RegionSimulationView.present(result);
        Report report = new Report("Placement market across a region: " + region.name(), List.of(
                "region " + region.name(), region.members().size() + " councils", "as of " + region.asOfDate(),
                "seed " + result.seed(), result.simulations() + " simulations of " + result.months() + " months",
                "sufficiency " + version),
                List.of(new Section(capability.id(), "The placement market month by month, pooled against each"
                        + " council alone", shown.answer(), shown.summary(), null, shown.headlines(),
                        shown.charts(), shown.tables())));
        ResultFiles.Written[] written = new ResultFiles.Written[1];
        List<Path> files = ResultsFolder.write(out, "--out", region.inputFiles(),
                folder -> written[0] = ResultFiles.write(folder, report, "report.html", "results.xlsx"));
        written[0].errors().forEach(err::println);
        stdout.println(shown.answer());
        stdout.printf(Locale.ROOT, "%d simulations of %d months across %d councils, pooled and alone, in %.1f s%n",
                result.simulations(), result.months(), region.members().size(), seconds);
        stdout.printf(Locale.ROOT, "wrote %d files to %s (report.html, results.xlsx, csv/)%n", files.size(), out);
        stdout.flush();
        err.flush();
        return written[0].errors().isEmpty() ? ExitCodes.OK : ExitCodes.INTERNAL_ERROR;
    }
}
