package uk.sufficiency.engine.projection.ehcp.report;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvGenerator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.engine.projection.ehcp.summary.Interval;

/** Writes CSV rows (Jackson CSV does the quoting); numbers formatted the same way everywhere. */
final class CsvRows implements AutoCloseable {

    private static final CsvMapper MAPPER = new CsvMapper();

    private final SequenceWriter writer;

    CsvRows(Writer out, List<String> header) throws IOException {
        this.writer = MAPPER.writer(CsvSchema.emptySchema().withLineSeparator("\n"))
                .with(CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).writeValues(out);
        row(header);
    }

    void row(List<String> cells) throws IOException {
        writer.write(cells.toArray(new String[0]));
    }

    @Override
    public void close() throws IOException {
        writer.flush();
    }

    static String count(double value) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.1f", value);
    }

    static String gbp(Double value) {
        return value == null || Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%.0f", value);
    }

    static String number(double value, int decimals) {
        return Double.isNaN(value) ? "" : String.format(Locale.ROOT, "%." + decimals + "f", value);
    }

    static final List<String> INTERVAL_COLUMNS = List.of("mean", "median", "low_95", "high_95", "low_80", "high_80");

    static List<String> intervalColumns(String prefix) {
        return INTERVAL_COLUMNS.stream().map(c -> prefix + c).toList();
    }

    static List<String> counts(Interval interval) {
        return List.of(count(interval.mean()), count(interval.median()), count(interval.low95()),
                count(interval.high95()), count(interval.low80()), count(interval.high80()));
    }

    static List<String> money(Interval interval) {
        if (interval == null) {
            return List.of("", "", "", "", "", "");
        }
        return List.of(gbp(interval.mean()), gbp(interval.median()), gbp(interval.low95()), gbp(interval.high95()),
                gbp(interval.low80()), gbp(interval.high80()));
    }

    static List<String> join(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }
}
