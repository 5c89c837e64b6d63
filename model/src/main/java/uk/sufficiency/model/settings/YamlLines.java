package uk.sufficiency.model.settings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * The line on which each key of a YAML text stands, by JSON pointer ({@code /plan/supply/lead_time_months}),
 * so that a problem can name the line: scenario.yaml and the sweep's SPEC.yaml alike.
 */
public final class YamlLines {

    private YamlLines() {
    }

    public static Map<String, Integer> of(String text) throws IOException {
        Map<String, Integer> lines = new HashMap<>();
        try (JsonParser parser = new YAMLFactory().createParser(text)) {
            if (parser.nextToken() != null) {
                index(parser, "", lines);
            }
        }
        return lines;
    }

    /** A key as a JSON pointer segment ({@code a/b} becomes {@code a~1b}). */
    public static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static void index(JsonParser parser, String pointer, Map<String, Integer> lines) throws IOException {
        lines.putIfAbsent(pointer, parser.currentTokenLocation().getLineNr());
        JsonToken token = parser.currentToken();
        if (token == JsonToken.START_OBJECT) {
            while (parser.nextToken() == JsonToken.FIELD_NAME) {
                String child = pointer + "/" + escape(parser.currentName());
                lines.putIfAbsent(child, parser.currentTokenLocation().getLineNr());
                parser.nextToken();
                index(parser, child, lines);
            }
        } else if (token == JsonToken.START_ARRAY) {
            int i = 0;
            while (parser.nextToken() != JsonToken.END_ARRAY) {
                index(parser, pointer + "/" + i++, lines);
            }
        }
    }
}
