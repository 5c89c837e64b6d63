package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * An unexpected failure inside a command (a bug, not bad input) is one plain line on stderr with a
 * pointer to --debug and exit status 1, as README's "Exit status" documents; --debug adds the trace.
 */
class LastResortHandlerTest {

    /** A command that fails the way a bug would: a runtime exception with a cause, deep in the engine. */
    @Command(name = "boom")
    static final class Boom implements Callable<Integer> {
        @Override
        public Integer call() {
            throw new IllegalStateException("the projection lost its way\nsecond line of detail",
                    new ArithmeticException("/ by zero"));
        }
    }

    @AfterEach
    void debugOff() {
        DebugOption.reset();
    }

    @Test
    void anUnexpectedExceptionIsOneLineWithAPointerToDebug() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.INTERNAL_ERROR, run(out, err, "boom"));
        List<String> lines = err.toString().lines().toList();
        assertEquals(List.of("sufficiency boom failed: the projection lost its way"
                + " (run again with --debug for the technical details)"), lines);
        assertEquals("", out.toString());
    }

    @Test
    void withDebugTheStackTraceFollowsTheLine() {
        StringWriter err = new StringWriter();
        assertEquals(ExitCodes.INTERNAL_ERROR, run(new StringWriter(), err, "--debug", "boom"));
        String text = err.toString();
        assertTrue(text.startsWith("sufficiency boom failed: the projection lost its way\n"), text);
        assertFalse(text.contains("run again with --debug"), text);
        assertTrue(text.contains("java.lang.IllegalStateException: the projection lost its way"), text);
        assertTrue(text.contains("at uk.sufficiency.cli.LastResortHandlerTest$Boom.call"), text);
        assertTrue(text.contains("Caused by: java.lang.ArithmeticException: / by zero"), text);
    }

    private static int run(StringWriter out, StringWriter err, String... args) {
        CommandLine commandLine = SufficiencyCommand.commandLine();
        commandLine.addSubcommand(new Boom());
        commandLine.setOut(new PrintWriter(out));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }
}
