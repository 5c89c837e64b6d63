package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import uk.sufficiency.cli.ForecastRun;
import uk.sufficiency.cli.SufficiencyCommand;
import uk.sufficiency.engine.forecast.series.SeriesReader;
import uk.sufficiency.engine.forecast.series.TimeSeries;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.scenario.SeriesRef;
import uk.sufficiency.model.scenario.Target;

/**
 * Issue 12: {@code forecast} on a scenario's series file (with the horizon that reaches its targets,
 * and those targets as a targets file) and {@code run}'s forecast step on the scenario write
 * identical tables (forecast with intervals, methods, track record, targets), for every series of
 * every scenario under {@code scenarios/} that has series: both call the one {@link ForecastRun}.
 */
class ForecastCommandAndRunAgreeTest {

    @TempDir
    Path temp;

    /** The command's file for each table of the run's step, by the step's table-name suffix. */
    private static final Map<String, String> FILES = Map.of("intervals", "forecast.csv", "methods", "methods.csv",
            "track-record", "track-record.csv", "targets", "targets.csv");

    static Stream<String> scenariosWithSeries() throws IOException {
        List<String> names = MatchCommandAndRunAgreeTest.scenarios()
                .filter(n -> !ScenarioLoader.load(PlanCommandAndRunAgreeTest.repositoryScenario(n)).series().isEmpty())
                .toList();
        assertTrue(names.size() >= 3, "the baseline and both variants have series: " + names);
        return names.stream();
    }

    @ParameterizedTest
    @MethodSource("scenariosWithSeries")
    void forecastAndRunsForecastStepWriteIdenticalTables(String name) throws IOException {
        Path dir = PlanCommandAndRunAgreeTest.repositoryScenario(name);
        Scenario scenario = ScenarioLoader.load(dir);
        Path runOut = temp.resolve("run");
        RunFixture.Outcome run = RunFixture.execute(List.of(new ForecastStep()), "run", dir.toString(), "--out",
                runOut.toString(), "--quick");
        assertEquals(0, run.status(), run.err());
        for (SeriesRef ref : scenario.series().values()) {
            List<Target> targets = scenario.targets().stream().filter(t -> t.series().equals(ref.name())).toList();
            TimeSeries series = new SeriesReader().read(ref.file()).get(0);
            int horizon = ForecastRun.horizonFor(series, targets, ForecastRun.MIN_HORIZON);
            List<String> args = new ArrayList<>(List.of("forecast", ref.file().toString(), "--horizon",
                    Integer.toString(horizon), "--out", temp.resolve("forecast-" + ref.name()).toString()));
            if (!targets.isEmpty()) {
                args.addAll(List.of("--targets", targetsFile(ref.name(), targets).toString()));
            }
            if (ref.panelFile() != null) {
                args.addAll(List.of("--panel", ref.panelFile().toString()));
            }
            var cli = SufficiencyCommand.commandLine();
            StringWriter err = new StringWriter();
            cli.setOut(new PrintWriter(new StringWriter()));
            cli.setErr(new PrintWriter(err));
            assertEquals(0, cli.execute(args.toArray(String[]::new)), err.toString());

            int compared = 0;
            for (Map.Entry<String, String> file : FILES.entrySet()) {
                Path fromRun = runOut.resolve("csv/forecast-" + ForecastStep.fileSafe(ref.name()) + "-" + file.getKey() + ".csv");
                Path fromCommand = temp.resolve("forecast-" + ref.name()).resolve(file.getValue());
                assertEquals(Files.exists(fromRun), Files.exists(fromCommand), fromRun + " / " + fromCommand);
                if (Files.exists(fromRun)) {
                    assertEquals(Files.readString(fromRun), Files.readString(fromCommand), name + ": " + file.getKey());
                    compared++;
                }
            }
            assertTrue(compared >= 3, name + ": forecast, methods and track record at least");
            assertFalse(targets.isEmpty() && !Files.exists(temp.resolve("forecast-" + ref.name()).resolve("targets.csv")));
        }
    }

    /** The scenario's targets of one series as a targets file, labels included. */
    private Path targetsFile(String series, List<Target> targets) throws IOException {
        StringBuilder csv = new StringBuilder("series_id,date,value,direction,amber_tolerance,label\n");
        for (Target t : targets) {
            csv.append(series).append(',').append(t.by()).append(',')
                    .append(BigDecimal.valueOf(t.value()).stripTrailingZeros().toPlainString()).append(',')
                    .append(t.direction().word()).append(',').append(t.amberTolerance()).append(",\"")
                    .append(t.label().replace("\"", "\"\"")).append("\"\n");
        }
        Path file = temp.resolve("targets-" + series + ".csv");
        Files.writeString(file, csv);
        return file;
    }
}
