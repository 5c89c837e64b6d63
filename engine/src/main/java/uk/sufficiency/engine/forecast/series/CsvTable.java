package uk.sufficiency.engine.forecast.series;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * A CSV file read as a header and rows of trimmed cells, each row remembering its line number so
 * that problems can name it. Blank lines are skipped. Column names are matched case-insensitively.
 */
public final class CsvTable {

    /** One data row with its 1-based line number in the file (the header is line 1). */
    public record Row(int line, List<String> cells) {
        public String cell(int column) {
            return column >= 0 && column < cells.size() ? cells.get(column) : "";
        }
    }

    private final Path file;
    private final List<String> header;
    private final List<Row> rows;

    private CsvTable(Path file, List<String> header, List<Row> rows) {
        this.file = file;
        this.header = header;
        this.rows = rows;
    }

    public static CsvTable read(Path file) {
        CsvMapper mapper = new CsvMapper();
        mapper.enable(CsvParser.Feature.WRAP_AS_ARRAY);
        List<String> header = null;
        List<Row> rows = new ArrayList<>();
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                MappingIterator<String[]> iterator = mapper.readerFor(String[].class).readValues(reader)) {
            int line = 0;
            while (iterator.hasNextValue()) {
                String[] cells = iterator.nextValue();
                line++;
                List<String> trimmed = new ArrayList<>(cells.length);
                for (String cell : cells) {
                    trimmed.add(cell == null ? "" : cell.replace("\uFEFF", "").trim());
                }
                if (trimmed.stream().allMatch(String::isEmpty)) {
                    continue;
                }
                if (header == null) {
                    header = trimmed.stream().map(name -> name.toLowerCase(Locale.ROOT)).toList();
                } else {
                    rows.add(new Row(line, List.copyOf(trimmed)));
                }
            }
        } catch (IOException | RuntimeException e) {
            throw InvalidInputException.of(Problem.error(file, 0, null, null,
                    "could not read the file as CSV (" + e.getMessage() + ")"));
        }
        if (header == null) {
            throw InvalidInputException.of(Problem.error(file, 1, null, null, "the file is empty; a header row is required"));
        }
        return new CsvTable(file, header, rows);
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

    /** Index of the first of the given column names present, or -1. */
    public int column(String... names) {
        for (String name : names) {
            int index = header.indexOf(name);
            if (index >= 0) {
                return index;
            }
        }
        return -1;
    }
}
