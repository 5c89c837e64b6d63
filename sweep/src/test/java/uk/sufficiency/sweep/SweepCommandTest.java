package uk.sufficiency.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** Bad input stops the launcher with exit status 2 before Spark starts, naming the spec's line; nothing written. */
class SweepCommandTest {

    @TempDir
    Path dir;

    @Test
    void anEditTheCapabilityRefusesIsExitTwoWithItsLine() throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, """
                simulations: 2
                councils: [Hartlepool]
                scenarios:
                  - name: bad
                    settings:
                      plan.supply.lead_time_months: -3
                """);
        Path out = dir.resolve("out");
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new SweepCommand());
        line.setErr(new PrintWriter(err));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> SweepCommand.handle(e, cmd.getErr()));
        int status = line.execute(spec.toString(), "--data", SharedData.folder().toString(), "--out", out.toString());
        assertEquals(2, status, err.toString());
        assertTrue(err.toString().contains("spec.yaml line 6 (plan.supply.lead_time_months)"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFolderOfOtherFilesIsRefusedBeforeAnyWork() throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, "simulations: 2\ncouncils: [Hartlepool]\n");
        Path out = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        StringWriter err = new StringWriter();
        CommandLine line = new CommandLine(new SweepCommand());
        line.setErr(new PrintWriter(err));
        line.setExecutionExceptionHandler((e, cmd, parsed) -> SweepCommand.handle(e, cmd.getErr()));
        int status = line.execute(spec.toString(), "--data", SharedData.folder().toString(), "--out", out.toString());
        assertEquals(2, status, err.toString());
        assertTrue(err.toString().contains("not results of an earlier run"), err.toString());
        assertEquals("keep me", Files.readString(out.resolve("notes.txt")));
    }
}
