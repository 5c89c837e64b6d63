package uk.sufficiency.cli.report;

import uk.sufficiency.model.table.Table;
import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/** Writes a {@link Table} as CSV with a header row: plain numbers, ISO dates, blanks for unknowns. */
public final class CsvTableWriter {

    // the caller owns the writer (OutputDirectory flushes and closes it)
    private static final CsvMapper CSV = CsvMapper.builder()
            .disable(com.fasterxml.jackson.core.JsonGenerator.Feature.AUTO_CLOSE_TARGET)
            .enable(com.fasterxml.jackson.dataformat.csv.CsvGenerator.Feature.STRICT_CHECK_FOR_QUOTING).build();

    private CsvTableWriter() {
    }

    public static void write(Table table, Writer out) throws IOException {
        CsvSchema.Builder schema = CsvSchema.builder().setUseHeader(true);
        table.columns().forEach(schema::addColumn);
        try (SequenceWriter rows = CSV.writerFor(List.class).with(schema.build()).writeValues(out)) {
            for (List<Object> row : table.rows()) {
                rows.write(row.stream().map(CellText::plain).toList());
            }
        }
    }
}
