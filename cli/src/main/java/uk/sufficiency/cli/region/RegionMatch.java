package uk.sufficiency.cli.region;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.cli.ExitCodes;
import uk.sufficiency.cli.options.SolveLimitOptions;
import uk.sufficiency.cli.report.CsvTableWriter;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.region.RegionResult;
import uk.sufficiency.engine.region.RegionTables;
import uk.sufficiency.model.io.ResultsFolder;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.table.Table;

/**
 * {@code match} on a region: the region checked whole, the command's solver options made overrides of
 * region.yaml's matching section, then the pooled and alone matching of {@code run}'s region step
 * (so the two write the same tables for the same region and seed), written as {@code <table>.csv}
 * into one results folder, the answer on stdout.
 */
public final class RegionMatch {

    private RegionMatch() {
    }

    /** @param overrides further overrides of the matching section (--max-candidates) */
    public static int run(Path dir, SolveLimitOptions limits, Long seed, boolean quick, Path out, PrintWriter stdout,
            PrintWriter err, java.util.function.UnaryOperator<Scenario> overrides) throws Exception {
        RegionRun region = RegionRun.check(dir);
        region.passed().warnings().forEach(w -> err.println(w.describe()));
        Scenario scenario = overrides.apply(limits.applyTo(region.passed().scenario()));
        List<Path> inputs = new ArrayList<>(scenario.inputFiles());
        ResultsFolder.check(out, "--out", inputs);
        PipelineContext context = new PipelineContext(scenario, seed, quick, message -> {
            err.println(message);
            err.flush();
        });
        RegionResult result = RegionStep.solve(region.region(), context);
        List<Table> tables = RegionTables.of(result);
        ResultsFolder.write(out, "--out", inputs, folder -> {
            for (Table table : tables) {
                folder.write(table.name() + ".csv", w -> CsvTableWriter.write(table, w));
            }
        });
        stdout.println(RegionStep.answer(result.pooledTotal(), result.aloneTotal()));
        stdout.println("wrote " + String.join(", ", tables.stream().map(t -> out.resolve(t.name() + ".csv").toString())
                .toList()));
        stdout.flush();
        err.flush();
        return ExitCodes.OK;
    }
}
