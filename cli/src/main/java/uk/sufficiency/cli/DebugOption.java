package uk.sufficiency.cli;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine.Option;
import picocli.CommandLine.ScopeType;

/**
 * {@code --debug} on any command: logs at DEBUG (which may include child-level values, so it is
 * for the person who owns the data) and prints stack traces of internal errors.
 */
public final class DebugOption {

    private static volatile boolean enabled;
    /** The root logger's level before --debug raised it, so that a new command line starts from it again. */
    private static volatile Level configured;

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Log everything, with stack traces of internal errors (may show child-level data).")
    void setDebug(boolean debug) {
        enabled = debug;
        if (debug) {
            Logger root = root();
            if (configured == null) {
                configured = root.getLevel();
            }
            root.setLevel(Level.DEBUG);
        }
    }

    /** Off again, for tests that run several command lines in one JVM (a process sets it once). */
    static void reset() {
        enabled = false;
        if (configured != null) {
            root().setLevel(configured);
            configured = null;
        }
    }

    private static Logger root() {
        return (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    }

    static boolean enabled() {
        return enabled;
    }
}
