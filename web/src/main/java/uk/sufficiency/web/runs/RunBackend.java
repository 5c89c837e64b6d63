package uk.sufficiency.web.runs;

import java.nio.file.Path;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;

/**
 * The command line's run pipeline as the web app uses it: the same validation, steps, report,
 * workbook, run.json and atomic folder writes as {@code sufficiency run} and {@code sufficiency
 * compare}. The cli module implements it (it owns the pipeline and depends on this module), so the
 * web app never has a second way to run.
 */
public interface RunBackend {

    /** How a run or comparison ended: the command's exit status and what it printed. */
    record Outcome(int exitStatus, boolean cancelled, String output) {
        public boolean ok() {
            return exitStatus == 0 && !cancelled;
        }
    }

    /**
     * Runs every step on a scenario into {@code outDir}; progress lines go to {@code progress}
     * (never child-level values). Stops at the next step or progress note once {@code cancelled} is
     * true, writing nothing.
     */
    Outcome run(Path scenarioDir, Path outDir, Long seed, boolean quick, Consumer<String> progress,
            BooleanSupplier cancelled);

    /** Compares two run folders into {@code outDir} (compare.html, comparison.xlsx, csv/). */
    Outcome compare(Path runA, Path runB, Path outDir);
}
