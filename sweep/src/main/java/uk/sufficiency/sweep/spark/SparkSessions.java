package uk.sufficiency.sweep.spark;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * Starts Spark for a sweep: embedded local mode (nothing to install) or a cluster's master. One
 * task uses one core (TaskRunner runs it in a one-thread pool), so Spark's cores are the only
 * parallelism and 1 vs 2 cores measures what it should. For a cluster, the application's jars (engine and its libraries, not Spark's)
 * are shipped to the executors from the launcher's lib folder (listed at build time).
 */
public final class SparkSessions {

    static final String APP_CLASSPATH = "/sweep-app-classpath.txt";

    private SparkSessions() {
    }

    public static SparkSession start(String master, String name) {
        SparkSession.Builder builder = SparkSession.builder().master(master).appName(name)
                .config("spark.ui.enabled", "false")
                .config("spark.ui.showConsoleProgress", "false")
                .config("spark.sql.session.timeZone", "UTC");
        if (!master.startsWith("local")) {
            List<String> jars = applicationJars();
            if (!jars.isEmpty()) {
                builder.config("spark.jars", String.join(",", jars));
            }
        }
        return builder.getOrCreate();
    }

    /** The jars a cluster needs from us: this module's and its non-Spark dependencies (lib/ next to the launcher). */
    static List<String> applicationJars() {
        List<String> jars = new ArrayList<>();
        try (InputStream listed = SparkSessions.class.getResourceAsStream(APP_CLASSPATH)) {
            if (listed == null) {
                return jars;
            }
            Path self = Path.of(SparkSessions.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            Path home = Files.isRegularFile(self) ? self.getParent() : self;
            jars.add(self.toString());
            for (String entry : new String(listed.readAllBytes(), StandardCharsets.UTF_8).split("[:\\s]+")) {
                if (!entry.isBlank()) {
                    jars.add(home.resolve(entry).toString());
                }
            }
        } catch (IOException | java.net.URISyntaxException e) {
            throw new IllegalStateException("cannot list the application jars to ship to the cluster", e);
        }
        return jars;
    }
}
