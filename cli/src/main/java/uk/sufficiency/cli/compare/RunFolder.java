package uk.sufficiency.cli.compare;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.table.InputFiles;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/** The results of one {@code sufficiency run} read back from its folder: run.json and csv/*.csv. */
record RunFolder(Path directory, JsonNode record, Map<String, CsvData> tables) {

    /** One CSV table as text: header, rows, and the columns that identify a row (from run.json). */
    record CsvData(List<String> columns, List<List<String>> rows, List<String> keyColumns) {
    }

    private static final java.util.regex.Pattern TABLE_FILE = java.util.regex.Pattern.compile("csv/[a-z0-9]+(-[a-z0-9]+)*\\.csv");

    private static final CsvMapper CSV = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);

    /** Reads a run folder; every problem with either folder is reported together by the caller. */
    static RunFolder read(Path directory, ProblemCollector problems) {
        Path record = directory.resolve("run.json");
        Path csv = directory.resolve("csv");
        if (!Files.isRegularFile(record) || !Files.isDirectory(csv)) {
            problems.add(Problem.error(directory, 0, null, null,
                    "not a run folder: expected run.json and csv/ written by 'sufficiency run'"));
            return null;
        }
        try {
            JsonNode json = new ObjectMapper().readTree(InputFiles.readText(record, 64L * 1024 * 1024));
            Map<String, CsvData> tables = new LinkedHashMap<>();
            // run.json lists the tables in report order; files it does not list are read after, sorted
            List<Path> files = new ArrayList<>();
            for (JsonNode output : json.path("outputs")) {
                String file = output.path("file").asText();
                // only plain table files directly in csv/: a record naming "csv/../../x.csv" is not followed
                if (TABLE_FILE.matcher(file).matches()) {
                    files.add(directory.resolve(file));
                }
            }
            try (Stream<Path> listed = Files.list(csv)) {
                listed.filter(p -> TABLE_FILE.matcher("csv/" + p.getFileName()).matches()).sorted()
                        .filter(p -> !files.contains(p)).forEach(files::add);
            }
            Map<String, List<String>> keys = new LinkedHashMap<>();
            for (JsonNode table : json.path("tables")) {
                List<String> names = new ArrayList<>();
                table.path("key_columns").forEach(k -> names.add(k.asText()));
                keys.put(table.path("name").asText(), names);
            }
            for (Path file : files) {
                if (Files.isRegularFile(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    String name = file.getFileName().toString();
                    name = name.substring(0, name.length() - 4);
                    tables.put(name, readCsv(file, keys.get(name)));
                }
            }
            return new RunFolder(directory, json, tables);
        } catch (uk.sufficiency.model.validation.InvalidInputException e) {
            e.problems().forEach(problems::add);
            return null;
        } catch (IOException | RuntimeException e) {
            problems.add(Problem.error(directory, 0, null, null, "could not read the run: " + e.getClass().getSimpleName()));
            return null;
        }
    }

    private static CsvData readCsv(Path file, List<String> keyColumns) throws IOException {
        List<List<String>> lines = new ArrayList<>();
        try (MappingIterator<String[]> rows = CSV.readerFor(String[].class).readValues(InputFiles.readText(file))) {
            while (rows.hasNext()) {
                lines.add(Arrays.asList(rows.next()));
            }
        }
        if (lines.isEmpty()) {
            throw InvalidInputException.of(Problem.error(file, 1, null, null, "empty CSV file: no header row"));
        }
        return new CsvData(List.copyOf(lines.get(0)), List.copyOf(lines.subList(1, lines.size())), keyColumns);
    }

    /** "scenario X, seed N" for the report's header; a run given no --seed used each section's own or the default. */
    String describe() {
        var seed = record.path("options").path("seed");
        return record.path("scenario").path("name").asText("?")
                + (seed.isNumber() ? ", seed " + seed.asText() : ", default seeds")
                + (record.path("options").path("quick").asBoolean() ? ", quick" : "");
    }
}
