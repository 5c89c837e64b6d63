package uk.sufficiency.sweep.spark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import org.apache.spark.SparkFiles;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.sweep.task.ResultRow;
import uk.sufficiency.sweep.task.SweepRun;
import uk.sufficiency.sweep.task.SweepTask;
import uk.sufficiency.sweep.task.TaskRunner;

/**
 * The only code that knows Spark: hands the (council, scenario, block) tasks to executors, where
 * {@link TaskRunner} runs the engine; one shuffle groups each council, scenario, measure and year's
 * blocks; each group becomes one {@link ResultRow}. The same in local mode and on a cluster.
 */
public final class SparkSweep {

    /** Results as Spark rows (for Parquet) and as the collected, ordered list (for CSV and checks). */
    public record Output(Dataset<Row> frame, List<ResultRow> rows) {
    }

    private SparkSweep() {
    }

    /**
     * @param partitions task partitions (and shuffle partitions); the results do not depend on it
     */
    public static Output run(SparkSession spark, List<SweepTask> tasks, SweepRun run, Path fosteringFile,
            int partitions) {
        JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
        // Ofsted's table goes to every node with the job; tasks carry the rest of the public figures
        context.addFile(fosteringFile.toAbsolutePath().toString());
        String fostering = fosteringFile.getFileName().toString();
        Broadcast<SweepRun> shared = context.broadcast(run);
        check(context, tasks, shared, fostering, partitions);
        JavaRDD<ResultRow> rows = context.parallelize(tasks, partitions)
                .flatMapToPair(task -> TaskRunner.run(task, shared.value(), Path.of(SparkFiles.get(fostering))).stream()
                        .map(values -> new Tuple2<>(values.key(), values)).iterator())
                .groupByKey(partitions)
                .map(group -> ResultRow.pool(group._2()));
        List<ResultRow> collected = new ArrayList<>(rows.collect());
        collected.sort(ResultRow.ORDER);
        Dataset<Row> frame = spark.createDataFrame(collected.stream().map(SparkSweep::row).toList(), schema());
        return new Output(frame, collected);
    }

    /**
     * A first, cheap stage: every council and scenario's settings checked by the capabilities (a
     * recruitment edit may exceed a small council's assessment capacity); all problems, from every
     * node, are reported at once, before any simulation and with nothing written.
     */
    private static void check(JavaSparkContext context, List<SweepTask> tasks, Broadcast<SweepRun> shared,
            String fostering, int partitions) {
        List<SweepTask> firstBlocks = tasks.stream().filter(t -> t.block() == 0).toList();
        List<NodeProblem> found = context.parallelize(firstBlocks, partitions).flatMap(task -> {
            try {
                TaskRunner.check(task, shared.value(), Path.of(SparkFiles.get(fostering)));
                return List.<NodeProblem>of().iterator();
            } catch (InvalidInputException e) {
                String council = task.council().name() + ", scenario " + task.scenario().name() + ": ";
                return e.problems().stream().map(p -> NodeProblem.of(p, council)).iterator();
            }
        }).collect();
        List<Problem> problems = new ArrayList<>(new LinkedHashSet<>(found.stream().map(NodeProblem::problem).toList()));
        if (problems.stream().anyMatch(Problem::isError)) {
            throw new InvalidInputException(problems);
        }
    }

    /** A problem as it travels back from a node (a Path does not serialise). */
    record NodeProblem(boolean error, String file, int line, String column, String value, String rule)
            implements java.io.Serializable {

        static NodeProblem of(Problem p, String prefix) {
            return new NodeProblem(p.isError(), p.file() == null ? null : p.file().toString(), p.line(), p.column(),
                    p.value(), prefix + p.rule());
        }

        Problem problem() {
            Path path = file == null ? null : Path.of(file);
            return error ? Problem.error(path, line, column, value, rule) : Problem.warning(path, line, column, value, rule);
        }
    }

    static StructType schema() {
        List<StructField> fields = new ArrayList<>();
        for (String column : ResultRow.COLUMNS) {
            fields.add(DataTypes.createStructField(column, switch (column) {
                case "council_code", "council", "scenario", "measure", "unit" -> DataTypes.StringType;
                case "year", "simulations" -> DataTypes.IntegerType;
                default -> DataTypes.DoubleType;
            }, false));
        }
        return DataTypes.createStructType(fields);
    }

    private static Row row(ResultRow result) {
        return RowFactory.create(result.cells().toArray());
    }
}
