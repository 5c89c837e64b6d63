package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.cli.report.CsvTableWriter;
import uk.sufficiency.cli.run.LacStep;
import uk.sufficiency.cli.run.RunContext;
import uk.sufficiency.cli.run.StepResult;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.table.Table;

/** project-lac and run's LAC step on the same scenario and seed give the same tables, figure for figure. */
class LacCommandAndRunAgreeTest {

    @TempDir
    Path tmp;

    private static Path scenarios() {
        for (Path p = Path.of("").toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("scenarios/leicestershire-2015"))) {
                return p.resolve("scenarios");
            }
        }
        throw new IllegalStateException("scenarios/ not found");
    }

    @ParameterizedTest
    @ValueSource(strings = {"leicestershire-2015", "leicestershire-2015-block-ifa", "leicestershire-2015-residential-homes"})
    void commandAndRunGiveIdenticalFigures(String name) throws Exception {
        Path folder = scenarios().resolve(name);
        Path out = tmp.resolve("out");
        StringWriter err = new StringWriter();
        var cl = SufficiencyCommand.commandLine();
        cl.setOut(new PrintWriter(new StringWriter()));
        cl.setErr(new PrintWriter(err));
        assertEquals(0, cl.execute("project-lac", folder.toString(), "--seed", "7", "--quick", "--out", out.toString()),
                err.toString());

        Scenario scenario = ScenarioLoader.load(folder);
        StepResult step = new LacStep().run(new RunContext(scenario, List.of(), 7L, true, null));
        List<Table> tables = step.tables();
        assertFalse(tables.isEmpty());
        assertTrue(tables.stream().anyMatch(t -> t.name().equals("lac-track-record")));
        for (Table table : tables) {
            if (table.name().startsWith("lac-sensitivity")) {
                continue; // the drivers' tornadoes are the run's report only (decision 0071)
            }
            StringWriter csv = new StringWriter();
            CsvTableWriter.write(table, csv);
            assertEquals(csv.toString(), Files.readString(out.resolve("csv/" + table.name() + ".csv")), table.name());
        }
        // As of 31 March 2015: the projection starts there, though the aggregates run to 2019.
        String inCare = Files.readString(out.resolve("csv/lac-children-in-care.csv"));
        assertTrue(inCare.lines().skip(1).findFirst().orElseThrow().startsWith("2015-04-30,"), inCare);
    }
}
