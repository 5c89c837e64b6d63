package uk.sufficiency.model.table;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * A CSV file read whole: a header row and data rows, each row remembering its line number so that
 * every problem can be reported as file:line. Header names are matched case-insensitively and
 * trimmed; columns beyond those a reader knows are allowed (the interchange contract lets users
 * add columns).
 */
public final class CsvTable {

    private static final CsvMapper MAPPER = new CsvMapper()
            .enable(CsvParser.Feature.WRAP_AS_ARRAY)
            .enable(CsvParser.Feature.SKIP_EMPTY_LINES)
            .enable(CsvParser.Feature.TRIM_SPACES);

    private final Path file;
    private final List<String> header;
    private final Map<String, Integer> columnIndex;
    private final List<Row> rows;

    private CsvTable(Path file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = List.copyOf(header);
        this.rows = List.copyOf(rows);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            index.putIfAbsent(header.get(i).toLowerCase(Locale.ROOT), i);
        }
        this.columnIndex = index;
    }

    /**
     * Reads a UTF-8 CSV file with a header row. A file that cannot be read at all (missing, not
     * UTF-8, malformed quoting, no header) is reported through an {@link InvalidInputException}.
     */
    public static CsvTable read(Path file) {
        String text = InputFiles.readText(file);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        ProblemCollector problems = new ProblemCollector();
        try (JsonParser parser = MAPPER.getFactory().createParser(new java.io.StringReader(text))) {
            List<String> cells = new ArrayList<>();
            // WRAP_AS_ARRAY: one array around the document, one array per row
            if (parser.nextToken() != JsonToken.START_ARRAY) {
                throw InvalidInputException.of(Problem.error(file, 1, null, null, "file is empty: a header row is required"));
            }
            while (parser.nextToken() == JsonToken.START_ARRAY) {
                int line = 0;
                cells.clear();
                while (parser.nextToken() == JsonToken.VALUE_STRING) {
                    if (line == 0) {
                        // a row's own line is that of its first cell; other locations run ahead
                        line = parser.currentTokenLocation().getLineNr();
                    }
                    String cell = parser.getText();
                    if (cell != null && cell.length() > MAX_CELL_CHARS) {
                        problems.error(file, line, columnName(header, cells.size()), null, "cell is "
                                + cell.length() + " characters long; at most " + MAX_CELL_CHARS + " are allowed");
                        cell = "";
                    }
                    cells.add(cell);
                }
                if (header == null) {
                    header = readHeader(file, cells, problems);
                } else {
                    if (cells.size() > header.size() && !trailingBlank(cells, header.size())) {
                        problems.error(file, line, null, null, "row has " + cells.size() + " cells but the header has "
                                + header.size() + " columns (a stray comma or an unquoted value with a comma?)");
                    }
                    rows.add(new Row(line, cells.toArray(String[]::new)));
                }
            }
        } catch (InvalidInputException e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            int line = e instanceof com.fasterxml.jackson.core.JsonProcessingException j && j.getLocation() != null
                    ? j.getLocation().getLineNr() : 0;
            String message = e instanceof com.fasterxml.jackson.core.JsonProcessingException j
                    ? j.getOriginalMessage() : e.getClass().getSimpleName();
            throw InvalidInputException.of(Problem.error(file, line, null, null, "not readable as CSV: "
                    + (message.contains("quote") ? "a quoted cell is not closed (missing \")" : firstLine(message))));
        }
        if (header == null) {
            throw InvalidInputException.of(Problem.error(file, 1, null, null, "file is empty: a header row is required"));
        }
        problems.throwIfErrors();
        return new CsvTable(file, header, rows);
    }

    /** Longest cell accepted: far beyond any id, date or list of needs. */
    public static final int MAX_CELL_CHARS = 10_000;

    private static List<String> readHeader(Path file, List<String> cells, ProblemCollector problems) {
        List<String> header = new ArrayList<>();
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (int i = 0; i < cells.size(); i++) {
            String name = cells.get(i) == null ? "" : cells.get(i).trim();
            if (i == 0 && name.startsWith("\uFEFF")) {
                name = name.substring(1);
            }
            if (!name.isEmpty() && !seen.add(name.toLowerCase(Locale.ROOT))) {
                problems.error(file, 1, name, null, "column '" + name + "' appears twice in the header (column "
                        + (i + 1) + "); each column may appear once");
            }
            header.add(name);
        }
        return header;
    }

    private static boolean trailingBlank(List<String> cells, int from) {
        for (int i = from; i < cells.size(); i++) {
            if (cells.get(i) != null && !cells.get(i).isBlank()) {
                return false;
            }
        }
        return true;
    }

    private static String columnName(List<String> header, int index) {
        return header != null && index < header.size() ? header.get(index) : "column " + (index + 1);
    }

    private static String firstLine(String message) {
        String first = message.lines().findFirst().orElse("");
        return first.length() > 120 ? first.substring(0, 117) + "..." : first;
    }

    public Path file() {
        return file;
    }

    public List<String> header() {
        return header;
    }

    public List<Row> rows() {
        return rows;
    }

    public boolean hasColumn(String name) {
        return columnIndex.containsKey(name.toLowerCase(Locale.ROOT));
    }

    /** Same as {@link #hasColumn(String)}. */
    public boolean has(String name) {
        return hasColumn(name);
    }

    /** The header's column names as written (trimmed). */
    public List<String> columns() {
        return header;
    }

    /** The required columns this file lacks, as error problems on line 1 (the header). */
    public List<Problem> missingColumns(List<String> required) {
        List<Problem> problems = new ArrayList<>();
        for (String name : required) {
            if (!hasColumn(name)) {
                problems.add(Problem.error(file, 1, name, null, "required column '" + name
                        + "' is missing from the header" + foundColumns()));
            }
        }
        return problems;
    }

    /** The trimmed cell of a named column in a row; "" when the column is absent, the row short or the cell blank. */
    public String get(Row row, String column) {
        String value = cell(row, column);
        return value == null ? "" : value;
    }

    /** The header, shown only when it looks like column names, so an error never echoes a stray file's content. */
    private String foundColumns() {
        boolean plausible = header.size() <= 200 && header.stream().allMatch(h -> h.matches("[A-Za-z0-9_ .()%-]{0,60}"));
        return plausible ? " (columns found: " + String.join(",", header) + ")" : " (the first line does not look like a header)";
    }

    /** Reports each required column the header lacks; returns true if all are present. */
    public boolean requireColumns(ProblemCollector problems, List<String> required) {
        List<Problem> missing = missingColumns(required);
        missing.forEach(problems::add);
        return missing.isEmpty();
    }

    /** The raw cell of a row in a named column: null when the column is absent or the cell blank. */
    public String cell(Row row, String column) {
        Integer index = columnIndex.get(column.toLowerCase(Locale.ROOT));
        if (index == null || index >= row.cells().length) {
            return null;
        }
        String value = row.cells()[index];
        return value == null || value.isBlank() ? null : value.trim();
    }

    /** A data row and the 1-based line it starts on (the header is line 1). */
    public record Row(int line, String[] cells) {
    }
}
