package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code --data-root DIR}: a scenario's files outside its folder are read only from the folder the
 * user names, on validate and run alike (and the project commands, which share the option).
 */
class DataRootOptionTest {

    @TempDir
    Path dir;

    private Path scenario;
    private Path shared;

    @BeforeEach
    void scenarioNamingASharedTable() throws Exception {
        scenario = Files.createDirectories(dir.resolve("my-scenario"));
        shared = Files.createDirectories(dir.resolve("shared-data"));
        Files.writeString(scenario.resolve("scenario.yaml"), "name: t\nas_of: 2015-03-31\nfiles:\n"
                + "  children: ../shared-data/children.csv\n  placements: p.csv\n");
        Files.writeString(shared.resolve("children.csv"), "child_id,birth_date\nC1,2010-01-01\n");
        Files.writeString(scenario.resolve("p.csv"), "placement_id,type,skill_level,places\nP1,in_house_foster,3,2\n");
    }

    @Test
    void validateRefusesAFileOutsideUnlessItsRootIsGiven() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "validate", scenario.toString()));
        assertTrue(err.toString().contains("scenario.yaml:4: column files.children")
                && err.toString().contains("--data-root"), err.toString());
        assertEquals(0, run(new StringWriter(), "validate", scenario.toString(), "--data-root", shared.toString()));
    }

    @Test
    void runReadsFromTheRootAndNeverWritesOverIt() throws Exception {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "run", scenario.toString(), "--data-root", shared.toString(), "--quick",
                "--out", shared.toString()), err.toString());
        assertTrue(err.toString().contains("input"), err.toString());
        Path out = dir.resolve("out");
        assertEquals(0, run(err, "run", scenario.toString(), "--data-root", shared.toString(), "--quick",
                "--out", out.toString()), err.toString());
        String record = Files.readString(out.resolve("run.json"));
        assertTrue(record.contains("\"--data-root\""), "the command that repeats the run names the root");
    }

    @Test
    void aRootThatIsNotAFolderIsAUsageError() {
        StringWriter err = new StringWriter();
        assertEquals(2, run(err, "validate", scenario.toString(), "--data-root", dir.resolve("missing").toString()));
        assertTrue(err.toString().contains("--data-root") && err.toString().contains("is not a folder"), err.toString());
        for (String command : new String[] {"run", "project-lac", "project-ehcp", "plan"}) {
            StringWriter refused = new StringWriter();
            assertEquals(2, run(refused, command, scenario.toString(), "--data-root", dir.resolve("missing").toString()),
                    command);
            assertFalse(refused.toString().contains("Unknown option"), refused.toString());
        }
    }

    private static int run(StringWriter err, String... args) {
        var commandLine = SufficiencyCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }
}
