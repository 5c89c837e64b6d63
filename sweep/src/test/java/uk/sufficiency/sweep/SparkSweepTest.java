package uk.sufficiency.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.uncertainty.Interval;
import uk.sufficiency.sweep.figures.PublicFigures;
import uk.sufficiency.sweep.spark.SparkSessions;
import uk.sufficiency.sweep.spark.SparkSweep;
import uk.sufficiency.sweep.task.ResultRow;

/**
 * A small real sweep in embedded local mode: 3 councils x 2 scenarios x 6 simulations in blocks of
 * 2 (18 tasks), run on 1 core in 1 partition and on 2 cores in 5 partitions: the rows must be the
 * same to the last digit, and the recruitment scenario must place more children in-house.
 */
class SparkSweepTest {

    static final String SPEC = """
            seed: 42
            years: 3
            simulations: 6
            block_size: 2
            councils: [E10000018, Hartlepool, E09000002]
            scenarios:
              - name: baseline
              - name: recruit-l3-10
                settings:
                  plan.recruit: "L3=+10/yr"
            """;

    static SweepPlan plan;
    @TempDir
    static Path dir;

    @BeforeAll
    static void read() throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, SPEC);
        plan = SweepPlan.of(SpecReader.read(spec), spec, PublicFigures.read(SharedData.folder()));
    }

    @Test
    void sameRowsOnOneCoreAndTwoWhateverThePartitioning() throws Exception {
        List<ResultRow> one = sweep("local[1]", 1, null);
        List<ResultRow> two = sweep("local[2]", 5, dir.resolve("parquet"));
        assertEquals(18, plan.tasks().size());
        // 3 councils x 2 scenarios x (3 years x (2 LAC + 10 plan measures))
        assertEquals(3 * 2 * 3 * 12, one.size());
        assertEquals(one, two);
        assertTrue(one.stream().allMatch(r -> r.simulations() == 6));
        Map<String, ResultRow> byKey = one.stream().collect(Collectors.toMap(
                r -> r.councilCode() + r.scenario() + r.measure() + r.year(), Function.identity()));
        for (String council : List.of("E10000018", "E06000001", "E09000002")) {
            ResultRow baseline = byKey.get(council + "baselineplan_placed_in_house_children2022");
            ResultRow recruit = byKey.get(council + "recruit-l3-10plan_placed_in_house_children2022");
            assertTrue(recruit.interval().mean() > baseline.interval().mean(),
                    council + ": 10 more level-3 households a year place more children in-house");
            Interval children = byKey.get(council + "baselinelac_children_in_care2020").interval();
            assertTrue(children.lower95() <= children.median() && children.median() <= children.upper95());
            assertTrue(children.mean() > 0);
        }
    }

    private static List<ResultRow> sweep(String master, int partitions, Path parquet) {
        try (SparkSession spark = SparkSessions.start(master, "sweep test")) {
            SparkSweep.Output output = SparkSweep.run(spark, plan.tasks(), plan.spec().run(), plan.fosteringFile(),
                    partitions);
            if (parquet != null) {
                output.frame().write().parquet(parquet.toString());
                List<Row> back = spark.read().parquet(parquet.toString()).collectAsList();
                assertEquals(output.rows().size(), back.size());
                assertEquals(ResultRow.COLUMNS, List.of(spark.read().parquet(parquet.toString()).columns()));
            }
            return output.rows();
        }
    }
}
