package uk.sufficiency.web;

import java.nio.file.Path;
import uk.sufficiency.web.runs.RunBackend;

/**
 * How {@code sufficiency serve} was started.
 *
 * @param workspace   folder of scenarios/, runs/ and comparisons/
 * @param host        address to listen on; 127.0.0.1 by default
 * @param port        port, 0 for any free one (tests)
 * @param accessToken token required when listening beyond loopback; null on loopback
 * @param seed        the seed of every computation (null: each capability's rule)
 * @param jobThreads  background threads for long work
 * @param maxUploadBytes largest upload accepted
 */
public record ServeOptions(Path workspace, String host, int port, String accessToken, Long seed, RunBackend backend,
        int jobThreads, long maxUploadBytes) {

    public static final long DEFAULT_MAX_UPLOAD_BYTES = 5L << 20;

    public static boolean isLoopback(String host) {
        return host.equals("127.0.0.1") || host.equals("localhost") || host.equals("::1") || host.startsWith("127.");
    }
}
