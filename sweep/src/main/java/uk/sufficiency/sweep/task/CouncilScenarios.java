package uk.sufficiency.sweep.task;

import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import uk.sufficiency.engine.synthetic.ScenarioGenerator;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.sweep.figures.CouncilFigures;
import uk.sufficiency.sweep.figures.CouncilProfile;
import uk.sufficiency.sweep.figures.LacHistoryTable;

/**
 * A council's scenario as every task of that council starts from: children and carers generated
 * from its public figures, its looked-after history written as {@code lac-aggregates.csv} on the
 * node's local disk, and the sections the sweep runs set as options would set them. Built once per
 * council per JVM (a node runs many tasks of the same council) and then only read.
 */
public final class CouncilScenarios {

    private static final Map<String, Scenario> BUILT = new ConcurrentHashMap<>();
    private static final String OPTION = "sweep";
    private static Path workDir;

    private CouncilScenarios() {
    }

    /**
     * @param fosteringFile Ofsted's fostering table on this node, for the plan's supply calibration
     */
    public static Scenario base(CouncilFigures council, SweepRun run, Path fosteringFile) {
        String key = council.code() + "|" + run.seed() + "|" + run.years() + "|" + fosteringFile;
        return BUILT.computeIfAbsent(key, k -> build(council, run, fosteringFile));
    }

    static Scenario build(CouncilFigures council, SweepRun run, Path fosteringFile) {
        Scenario scenario = ScenarioGenerator.generate(CouncilProfile.of(council), council.childrenNow(),
                TaskSeeds.council(run.seed(), council.code()));
        Path history = write(council.code() + "-lac-aggregates.csv", LacHistoryTable.csv(council));
        IntNode years = IntNode.valueOf(run.years());
        scenario = scenario.withSetting("lac_projection", "aggregates_file", TextNode.valueOf(history.toString()), OPTION)
                .withSetting("lac_projection", "years", years, OPTION)
                // the track record belongs to one council's own run; a sweep reports projections only
                .withSetting("lac_projection", "backtest_months", IntNode.valueOf(0), OPTION)
                .withSetting("plan", "years", years, OPTION)
                .withSetting("simulation", "months", IntNode.valueOf(12 * run.years()), OPTION)
                .withSetting("plan", "demand.source", TextNode.valueOf("lac_projection"), OPTION);
        if (council.ofstedArea() != null && fosteringFile != null) {
            scenario = scenario
                    .withSetting("plan", "fostering_file", TextNode.valueOf(fosteringFile.toString()), OPTION)
                    .withSetting("plan", "fostering_authority", TextNode.valueOf(council.ofstedArea()), OPTION);
        }
        for (Setting setting : run.common()) {
            scenario = setting.applyTo(scenario);
        }
        return scenario;
    }

    private static synchronized Path write(String name, String text) {
        try {
            if (workDir == null) {
                workDir = Files.createTempDirectory("sufficiency-sweep-");
                Path dir = workDir;
                Runtime.getRuntime().addShutdownHook(new Thread(() -> deleteQuietly(dir)));
            }
            Path file = workDir.resolve(name);
            Files.writeString(file, text, StandardCharsets.UTF_8);
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the council's history to the node's temporary folder", e);
        }
    }

    private static void deleteQuietly(Path dir) {
        try (var files = Files.list(dir)) {
            files.forEach(f -> f.toFile().delete());
            Files.deleteIfExists(dir);
        } catch (IOException e) {
            // a temporary folder left behind is harmless
        }
    }
}
