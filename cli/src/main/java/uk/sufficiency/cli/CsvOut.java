package uk.sufficiency.cli;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;

/** Writes result tables as CSV (Jackson quotes what needs quoting) and formats numbers for them. */
final class CsvOut {

    private static final CsvMapper MAPPER = new CsvMapper();

    private CsvOut() {
    }

    static void write(Writer writer, List<String> header, List<List<String>> rows) throws IOException {
        try (SequenceWriter out = MAPPER.writerFor(List.class).with(CsvSchema.emptySchema().withLineSeparator("\n"))
                .without(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET).writeValues(writer)) {
            out.write(header);
            for (List<String> row : rows) {
                out.write(row);
            }
        }
    }

    /** A number with up to {@code decimals} decimals, trailing zeros dropped; blank for NaN. */
    static String number(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return "";
        }
        String text = String.format(Locale.ROOT, "%." + decimals + "f", value);
        if (text.contains(".")) {
            text = text.replaceAll("0+$", "").replaceAll("\\.$", "");
        }
        return text.equals("-0") ? "0" : text;
    }

    /** 80 -> "80", 97.5 -> "97.5": for column names such as lo80. */
    static String level(double level) {
        return number(level, 3);
    }
}
