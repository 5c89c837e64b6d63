package uk.sufficiency.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SaveMode;
import uk.sufficiency.cli.report.CsvTableWriter;
import uk.sufficiency.model.io.ResultsFolder;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.sweep.figures.CouncilFigures;
import uk.sufficiency.sweep.spark.SparkSweep;
import uk.sufficiency.sweep.task.ResultRow;

/**
 * Writes a sweep's folder whole (staged, then switched in: decision 0064): {@code results.csv} and
 * {@code results.parquet/} (the same rows, one per council, scenario, measure and year),
 * {@code councils.csv} (each council swept or left out, with the figures it was built from) and
 * {@code sweep-summary.txt} (spec, seed, tasks, cores, time).
 */
final class SweepOutput {

    static final String RESULTS = "results";

    private SweepOutput() {
    }

    static List<Path> write(Path out, List<Path> inputs, SweepPlan plan, SparkSweep.Output output, String summary)
            throws Exception {
        return ResultsFolder.write(out, "--out", inputs, folder -> {
            folder.write(RESULTS + ".csv", w -> CsvTableWriter.write(results(output.rows()), w));
            folder.write("councils.csv", w -> CsvTableWriter.write(councils(plan), w));
            folder.write("sweep-summary.txt", w -> w.write(summary));
            Path parquet = folder.directory().resolve(RESULTS + ".parquet");
            output.frame().coalesce(1).write().mode(SaveMode.ErrorIfExists).parquet(parquet.toString());
        });
    }

    static Table results(List<ResultRow> rows) {
        List<List<Object>> cells = new ArrayList<>(rows.size());
        rows.forEach(r -> cells.add(r.cells()));
        return new Table("sweep-results", "Sweep results by council, scenario, measure and year", ResultRow.COLUMNS,
                cells, 5);
    }

    static Table councils(SweepPlan plan) {
        List<List<Object>> rows = new ArrayList<>();
        for (CouncilFigures c : plan.councils()) {
            rows.add(java.util.Arrays.asList(c.code(), c.name(), "swept", c.childrenNow(),
                    c.fosterHouseholds() < 0 ? null : c.fosterHouseholds(),
                    c.fosteredInHouse() < 0 ? null : c.fosteredInHouse(),
                    c.ofstedArea() == null ? "no (England defaults)" : "yes",
                    c.ehcpPlans().isEmpty() ? null : c.ehcpPlans().get(c.ehcpPlans().size() - 1), ""));
        }
        plan.skipped().forEach((council, why) -> {
            int space = council.indexOf(' ');
            rows.add(java.util.Arrays.asList(council.substring(0, space), council.substring(space + 1), "left out",
                    null, null, null, null, null, why));
        });
        return new Table("sweep-councils", "Councils swept and left out", List.of("council_code", "council", "status",
                "children_looked_after_31_march_2019", "fostering_households_2019", "children_with_in_house_carers_2019",
                "supply_calibrated_from_ofsted", "ehc_plans_january_2019", "reason"), rows, 1);
    }

    static String summary(SweepPlan plan, String master, int cores, int partitions, double seconds) {
        SpecReader.Spec spec = plan.spec();
        return String.format(Locale.ROOT, "councils %d (left out %d), scenarios %d, simulations %d per council and scenario"
                + " in blocks of %d: %d tasks%ncapabilities %s, years %d, seed %d%nspark master %s, %d cores, %d partitions"
                + "%nwall time %.1f s (public figures read, tasks run, results pooled)%n", plan.councils().size(),
                plan.skipped().size(), spec.scenarios().size(), spec.simulations(), spec.blockSize(), plan.tasks().size(),
                spec.run().capabilities(), spec.run().years(), spec.run().seed(), master, cores, partitions, seconds);
    }
}
