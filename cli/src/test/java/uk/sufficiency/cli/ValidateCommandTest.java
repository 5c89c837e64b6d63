package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {

    @TempDir
    Path temp;

    private Path writeScenario(String placementsRow) throws Exception {
        Files.writeString(temp.resolve("scenario.yaml"), "name: t\nas_of: 2015-03-31\nfiles: {children: c.csv, placements: p.csv}\n");
        Files.writeString(temp.resolve("c.csv"), "child_id,birth_date\nC1,2010-01-01\n");
        Files.writeString(temp.resolve("p.csv"), "placement_id,type,skill_level,places\n" + placementsRow + "\n");
        return temp;
    }

    @Test
    void validScenarioExitsZero() throws Exception {
        Path dir = writeScenario("P1,in_house_foster,3,2");
        StringWriter out = new StringWriter();
        var cli = SufficiencyCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        assertEquals(0, cli.execute("validate", dir.toString()));
        assertTrue(out.toString().contains("valid: scenario 't'"), out.toString());
    }

    @Test
    void invalidScenarioExitsTwoAndNamesFileLineColumn() throws Exception {
        Path dir = writeScenario("P1,in_house_foster,9,0");
        StringWriter err = new StringWriter();
        var cli = SufficiencyCommand.commandLine();
        cli.setErr(new PrintWriter(err));
        assertEquals(2, cli.execute("validate", dir.toString()));
        assertTrue(err.toString().contains("p.csv:2: column skill_level, value '9'"), err.toString());
        assertTrue(err.toString().contains("p.csv:2: column places, value '0'"), err.toString());
    }
}
