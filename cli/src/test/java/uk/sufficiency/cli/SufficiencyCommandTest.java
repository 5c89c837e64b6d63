package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class SufficiencyCommandTest {

    @Test
    void helpListsCommandsAndExitsZero() {
        StringWriter out = new StringWriter();
        var commandLine = SufficiencyCommand.commandLine();
        commandLine.setOut(new PrintWriter(out));
        int status = commandLine.execute("--help");
        assertEquals(0, status);
        assertTrue(out.toString().contains("Usage: sufficiency"), out.toString());
    }

    @Test
    void unknownOptionIsAUsageError() {
        var commandLine = SufficiencyCommand.commandLine();
        commandLine.setErr(new PrintWriter(new StringWriter()));
        assertEquals(2, commandLine.execute("--no-such-option"));
    }
}
