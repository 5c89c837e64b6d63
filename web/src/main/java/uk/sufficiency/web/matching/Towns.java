package uk.sufficiency.web.matching;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * Names and places of English towns (web/towns.json: public coordinates, rounded) for the map's
 * plain background: the app uses no tile server, so it works offline.
 */
final class Towns {

    static final String JSON = load();

    private Towns() {
    }

    private static String load() {
        try (InputStream in = Towns.class.getResourceAsStream("/web/towns.json")) {
            if (in == null) {
                return "[]";
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
