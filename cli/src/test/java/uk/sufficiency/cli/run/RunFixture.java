package uk.sufficiency.cli.run;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine;
import uk.sufficiency.cli.SufficiencyCommand;

/** Runs the command line in-process, capturing its output, for tests. */
public final class RunFixture {

    /** Exit status and what was printed. */
    public record Outcome(int status, String out, String err) {
    }

    private RunFixture() {
    }

    public static Path testScenario(String name) {
        try {
            return Path.of(RunFixture.class.getResource("/scenarios/" + name + "/scenario.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    public static Outcome execute(List<RunStep> steps, String... args) {
        CommandLine cli = SufficiencyCommand.commandLine();
        if (steps != null) {
            RunCommand run = cli.getSubcommands().get("run").getCommand();
            run.steps = steps;
        }
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        int status = cli.execute(args);
        return new Outcome(status, out.toString(), err.toString());
    }

    public static Outcome execute(String... args) {
        return execute(null, args);
    }
}
