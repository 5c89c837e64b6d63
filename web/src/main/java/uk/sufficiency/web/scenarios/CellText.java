package uk.sufficiency.web.scenarios;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.DecimalNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.math.BigDecimal;

/** Form text as it goes into a scenario's files; the loader judges the values, not this class. */
final class CellText {

    private CellText() {
    }

    /** A plain decimal as a YAML number; anything else as text, so the loader reports it with its rule. */
    static JsonNode number(String text) {
        String trimmed = text == null ? "" : text.trim();
        if (trimmed.matches("-?[0-9]{1,12}(\\.[0-9]{1,9})?")) {
            return DecimalNode.valueOf(new BigDecimal(trimmed));
        }
        return TextNode.valueOf(trimmed);
    }

    /** One CSV cell, quoted when it holds a comma, quote or line break. */
    static String csv(String value) {
        String v = value == null ? "" : value.trim();
        if (v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")) {
            return "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
