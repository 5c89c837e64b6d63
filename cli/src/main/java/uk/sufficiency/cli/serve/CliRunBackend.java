package uk.sufficiency.cli.serve;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import picocli.CommandLine;
import uk.sufficiency.cli.SufficiencyCommand;
import uk.sufficiency.web.runs.RunBackend;

/**
 * The web app's runs and comparisons go through the very commands a user types: {@code run} and
 * {@code compare} with their validation, steps, writers and atomic folder writes. Progress lines the
 * run prints on stderr become the job's live progress; a cancel stops the run at its next progress
 * line, before anything is written.
 */
public final class CliRunBackend implements RunBackend {

    @Override
    public Outcome run(Path scenarioDir, Path outDir, Long seed, boolean quick, Consumer<String> progress,
            BooleanSupplier cancelled) {
        List<String> args = new ArrayList<>(List.of("run", scenarioDir.toString(), "--out", outDir.toString()));
        if (seed != null) {
            args.add("--seed");
            args.add(Long.toString(seed));
        }
        if (quick) {
            args.add("--quick");
        }
        return execute(args, progress, cancelled);
    }

    @Override
    public Outcome compare(Path runA, Path runB, Path outDir) {
        return execute(List.of("compare", runA.toString(), runB.toString(), "--out", outDir.toString()), line -> { },
                () -> false);
    }

    private static Outcome execute(List<String> args, Consumer<String> progress, BooleanSupplier cancelled) {
        StringWriter out = new StringWriter();
        ProgressWriter err = new ProgressWriter(progress, cancelled);
        CommandLine commandLine = SufficiencyCommand.commandLine();
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        int status;
        try {
            status = commandLine.execute(args.toArray(String[]::new));
        } catch (ProgressWriter.Stop stop) {
            status = 130;
        }
        return new Outcome(status, err.stopped(), (err.text() + out).trim());
    }

    /** Splits stderr into progress lines, and stops the command at its first write after a cancel. */
    static final class ProgressWriter extends Writer {

        static final class Stop extends RuntimeException {
            private static final long serialVersionUID = 1L;

            Stop() {
                super("cancelled by the user");
            }
        }

        private final Consumer<String> progress;
        private final BooleanSupplier cancelled;
        private final StringBuilder line = new StringBuilder();
        private final StringBuilder all = new StringBuilder();
        private boolean stopped;

        ProgressWriter(Consumer<String> progress, BooleanSupplier cancelled) {
            this.progress = progress;
            this.cancelled = cancelled;
        }

        @Override
        public synchronized void write(char[] buffer, int offset, int length) {
            if (cancelled.getAsBoolean() && !stopped) {
                stopped = true;
                throw new Stop();
            }
            for (int i = offset; i < offset + length; i++) {
                char c = buffer[i];
                if (c == '\n') {
                    String text = line.toString().strip();
                    if (!text.isEmpty()) {
                        progress.accept(text);
                        if (all.length() < 20_000) {
                            all.append(text).append('\n');
                        }
                    }
                    line.setLength(0);
                } else if (c != '\r') {
                    line.append(c);
                }
            }
        }

        synchronized boolean stopped() {
            return stopped;
        }

        synchronized String text() {
            return all.toString();
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    }
}
