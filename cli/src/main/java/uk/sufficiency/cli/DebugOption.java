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

    @Option(names = "--debug", scope = ScopeType.INHERIT,
            description = "Log everything, with stack traces of internal errors (may show child-level data).")
    void setDebug(boolean debug) {
        enabled = debug;
        if (debug) {
            ((Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME)).setLevel(Level.DEBUG);
        }
    }

    static boolean enabled() {
        return enabled;
    }
}
