package uk.sufficiency.sweep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        Launcher.Outcome run = Launcher.run(spec.toString(), "--data", SharedData.folder().toString(), "--out",
                out.toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("spec.yaml line 6 (plan.supply.lead_time_months)"), run.err());
        assertFalse(Files.exists(out));
    }

    @Test
    void aFolderOfOtherFilesIsRefusedBeforeAnyWork() throws Exception {
        Path spec = dir.resolve("spec.yaml");
        Files.writeString(spec, "simulations: 2\ncouncils: [Hartlepool]\n");
        Path out = Files.createDirectories(dir.resolve("mine"));
        Files.writeString(out.resolve("notes.txt"), "keep me");
        Launcher.Outcome run = Launcher.run(spec.toString(), "--data", SharedData.folder().toString(), "--out",
                out.toString());
        assertEquals(2, run.status(), run.err());
        assertTrue(run.err().contains("not results of an earlier run"), run.err());
        assertEquals("keep me", Files.readString(out.resolve("notes.txt")));
    }
}
