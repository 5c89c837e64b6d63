package uk.sufficiency.sweep;

import java.io.PrintWriter;
import java.io.StringWriter;
import picocli.CommandLine;

/** Runs the sweep launcher as {@code main} would (its error handler included), keeping what it printed. */
final class Launcher {

    /** The exit status and what went to standard error. */
    record Outcome(int status, String err) {
    }

    private Launcher() {
    }

    static Outcome run(String... args) {
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new SweepCommand());
        line.setErr(new PrintWriter(err));
        line.setOut(new PrintWriter(new StringWriter()));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> SweepCommand.handle(e, cmd.getErr()));
        int status = line.execute(args);
        return new Outcome(status, err.toString());
    }
}
