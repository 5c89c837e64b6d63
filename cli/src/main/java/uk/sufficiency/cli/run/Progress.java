package uk.sufficiency.cli.run;

import java.io.PrintWriter;
import java.util.Locale;

/** Tells the user on stderr which step is running and how long each took; never child-level data. */
public final class Progress {

    private final PrintWriter err;
    private String step = "";

    public Progress(PrintWriter err) {
        this.err = err;
    }

    void start(int index, int count, String title) {
        step = title;
        err.printf(Locale.ROOT, "[%d/%d] %s ...%n", index, count, title);
        err.flush();
    }

    /** A note from inside a long step ("solving: 12 s, best score ..."). */
    public void note(String message) {
        err.printf(Locale.ROOT, "      %s: %s%n", step, message);
        err.flush();
    }

    void done(double seconds) {
        err.printf(Locale.ROOT, "      %s: done in %.1f s%n", step, seconds);
        err.flush();
    }

    void failed(double seconds, String message) {
        err.printf(Locale.ROOT, "      %s: FAILED after %.1f s: %s%n", step, seconds, message);
        err.flush();
    }

    void say(String message) {
        err.println(message);
        err.flush();
    }
}
