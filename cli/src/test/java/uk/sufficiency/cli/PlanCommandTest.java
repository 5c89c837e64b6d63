package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PlanCommandTest {

    @TempDir
    Path temp;

    /** The engine module's synthetic planner scenario (tests run from the cli module folder). */
    private static String scenario() {
        Path folder = Path.of(System.getProperty("user.dir")).resolve("../engine/src/test/resources/scenarios/plan-demo");
        return folder.normalize().toString();
    }

    private int run(StringWriter out, StringWriter err, String... args) {
        var cli = SufficiencyCommand.commandLine();
        cli.setOut(new PrintWriter(out));
        cli.setErr(new PrintWriter(err));
        return cli.execute(args);
    }

    @Test
    void writesEveryResultFileAndAReadableTable() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path dir = temp.resolve("out");
        int status = run(out, err, "plan", scenario(), "--years", "3", "--simulations", "100", "--seed", "2",
                "--recruit", "L3=+12/yr,L4=+6/yr", "--out", dir.toString());
        assertEquals(0, status, err.toString());
        assertTrue(out.toString().contains("Sufficiency plan: 3 years after 2015-03-31, 100 demand simulations"), out.toString());
        assertTrue(out.toString().contains("2018"), out.toString());
        assertTrue(out.toString().contains("payback"), out.toString());
        for (String name : new String[] {"plan-now.csv", "plan-gap.csv", "plan-in-house-share.csv", "plan-cost.csv",
            "plan-recruitment.csv", "plan-effect.csv", "plan-supply.csv", "plan-by-year.csv", "plan-inputs.csv"}) {
            assertTrue(Files.exists(dir.resolve(name)), name);
        }
    }

    /** plan.evaluate is checked like every plan key: an unknown word names the option and exits 2. */
    @Test
    void anUnknownEvaluationExitsTwoNamingTheOption() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path dir = temp.resolve("evaluate");
        int status = run(out, err, "plan", scenario(), "--evaluate", "simulate", "--out", dir.toString());
        assertEquals(2, status);
        assertTrue(err.toString().contains("--evaluate") && err.toString().contains("[greedy, simulation]"),
                err.toString());
        assertFalse(Files.exists(dir), "no output for bad input");
    }

    @Test
    void badOptionsExitTwoAndWriteNothing() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        Path dir = temp.resolve("bad");
        int status = run(out, err, "plan", scenario(), "--recruit", "L9=+3/yr", "--goal", "in_house_share>=0.7@2031",
                "--out", dir.toString());
        assertEquals(2, status);
        assertTrue(err.toString().contains("--recruit"), err.toString());
        assertTrue(err.toString().contains("--goal"), err.toString());
        assertFalse(Files.exists(dir), "no output for bad input");
        // picocli checks the shared mixins' ranges
        assertEquals(2, run(new StringWriter(), new StringWriter(), "plan", scenario(), "--years", "0"));
    }

    @Test
    void aGoalIsSoughtAndReported() {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int status = run(out, err, "plan", scenario(), "--years", "2", "--simulations", "50",
                "--goal", "gap<=170@2017", "--goal-probability", "0.8");
        assertEquals(0, status, err.toString());
        assertTrue(out.toString().contains("Goal-seek: goal gap<=170.0@2017 met with probability 80%"), out.toString());
    }

    @Test
    void theCommandIsListedInTheHelp() {
        StringWriter out = new StringWriter();
        run(out, new StringWriter(), "--help");
        assertTrue(out.toString().contains("plan"), out.toString());
    }
}
