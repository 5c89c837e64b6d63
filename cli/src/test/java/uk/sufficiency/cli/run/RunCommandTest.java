package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RunCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path temp;

    private Path runTiny(String outName, String... extra) {
        Path out = temp.resolve(outName);
        List<String> args = new ArrayList<>(List.of("run", RunFixture.testScenario("tiny").toString(),
                "--out", out.toString(), "--quick"));
        args.addAll(List.of(extra));
        RunFixture.Outcome outcome = RunFixture.execute(args.toArray(String[]::new));
        assertEquals(0, outcome.status(), outcome.err());
        return out;
    }

    @Test
    void reportHoldsEverySectionWithData() throws IOException {
        Path out = runTiny("out");
        String html = Files.readString(out.resolve("report.html"));
        JsonNode record = JSON.readTree(out.resolve("run.json").toFile());

        // headline figures come first, then a section per step, none failed
        int headlines = html.indexOf("id=\"headlines\"");
        assertTrue(headlines > 0 && headlines < html.indexOf("class=\"step\""), "headlines before the steps");
        assertFalse(html.contains("role=\"alert\""), "no step failed");
        for (RunStep step : RunSteps.standard()) {
            int at = html.indexOf("<section id=\"" + step.id() + "\"");
            assertTrue(at > 0, "section " + step.id());
            // the tiny scenario has no EHCP projection inputs, so that step is "Not run" there (BuiltInScenarioRunTest runs it)
            assertTrue(step.id().equals("ehcp") || html.indexOf("data-key=\"" + step.id() + "/") > 0,
                    "headline figures of " + step.id());
        }
        // every table is in the report with rows, and as a CSV file with the same number of rows
        assertTrue(record.path("tables").size() >= 5);
        for (JsonNode table : record.path("tables")) {
            String name = table.path("name").asText();
            assertTrue(table.path("rows").asInt() > 0, name + " has rows");
            // as a table, as cards, or as a map whose points the page names the CSV of
            assertTrue(html.contains("data-table=\"" + name + "\"") || html.contains("data-cards=\"" + name + "\"")
                    || html.contains("Every point is in <span class=\"file\">csv/" + name + ".csv"), name + " in the report");
            assertEquals(table.path("rows").asInt(), readCsv(out.resolve("csv/" + name + ".csv")).size() - 1, name);
        }
        // every chart has data and a canvas, and the charting library is inlined (no network)
        Matcher charts = Pattern.compile("<body data-charts=\"(\\d+)\"").matcher(html);
        assertTrue(charts.find());
        int chartCount = Integer.parseInt(charts.group(1));
        assertTrue(chartCount >= 3);
        assertEquals(chartCount, html.split("<canvas ", -1).length - 1);
        assertTrue(html.contains("Chart.js v4"), "Chart.js inlined");
        assertFalse(Pattern.compile("<(script|link)[^>]+(src|href)=\"https?:").matcher(html).find(), "nothing fetched");
        assertFalse(html.contains("\"values\":[]"), "no empty series");
    }

    @Test
    void workbookOpensWithASheetPerTableMatchingTheCsv() throws IOException {
        Path out = runTiny("out");
        JsonNode record = JSON.readTree(out.resolve("run.json").toFile());
        try (ReadableWorkbook workbook = new ReadableWorkbook(out.resolve("results.xlsx").toFile())) {
            List<Sheet> sheets = workbook.getSheets().toList();
            assertEquals(record.path("tables").size(), sheets.size());
            for (int i = 0; i < sheets.size(); i++) {
                String name = record.path("tables").get(i).path("name").asText();
                assertEquals(name, sheets.get(i).getName());
                List<List<String>> csv = readCsv(out.resolve("csv/" + name + ".csv"));
                List<Row> rows = sheets.get(i).read();
                assertEquals(csv.size(), rows.size(), name);
                for (int r = 0; r < csv.size(); r++) {
                    for (int c = 0; c < csv.get(r).size(); c++) {
                        String expected = csv.get(r).get(c);
                        Row row = rows.get(r);
                        boolean isoDate = expected.matches("\\d{4}-\\d{2}-\\d{2}");
                        String actual = !row.hasCell(c) || row.getCell(c) == null ? ""
                                : isoDate && row.getCell(c).getType() == CellType.NUMBER
                                ? row.getCellAsDate(c).get().toLocalDate().toString()
                                : row.getCell(c).getType() == CellType.NUMBER
                                ? row.getCellAsNumber(c).map(BigDecimal::stripTrailingZeros).map(BigDecimal::toPlainString).get()
                                : row.getCellText(c);
                        if (!isoDate && row.hasCell(c) && row.getCell(c) != null
                                && row.getCell(c).getType() == CellType.NUMBER && expected.matches("-?[0-9.]+")) {
                            // the same number: a fixed-scale CSV cell (weekly_cost 499.00) is 499 in the workbook,
                            // and a number the table holds as text ("1.0") is stored as the number it is
                            expected = new BigDecimal(expected).stripTrailingZeros().toPlainString();
                        }
                        assertEquals(expected, actual, name + " row " + r + " column " + c);
                    }
                }
            }
        }
    }

    @Test
    void sameSeedGivesTheSameOutputs() throws IOException {
        Path first = runTiny("first", "--seed", "7");
        Path second = runTiny("second", "--seed", "7");
        List<Path> files = files(first);
        assertEquals(files, files(second));
        assertTrue(files.size() > 5);
        for (Path file : files) {
            if (file.toString().endsWith(".xlsx")) {
                assertEquals(zipEntries(first.resolve(file)), zipEntries(second.resolve(file)), file.toString());
            } else if (!file.toString().equals("run.json")) {
                assertArrayEquals(Files.readAllBytes(first.resolve(file)), Files.readAllBytes(second.resolve(file)),
                        file + " differs between two runs with the same seed");
            }
        }
        // run.json differs only in times
        JsonNode a = JSON.readTree(first.resolve("run.json").toFile());
        JsonNode b = JSON.readTree(second.resolve("run.json").toFile());
        assertEquals(a.path("inputs"), b.path("inputs"));
        assertEquals(a.path("tables"), b.path("tables"));
        // the workbook's checksum differs by its creation time only (compared entry by entry above)
        assertEquals(withoutWorkbook(a.path("outputs")), withoutWorkbook(b.path("outputs")));
        assertEquals(7, a.path("options").path("seed").asLong());
        assertEquals(64, a.path("inputs").get(0).path("sha256").asText().length());
    }

    @Test
    void invalidScenarioExitsTwoAndWritesNothing() throws IOException {
        Path scenario = temp.resolve("bad");
        Files.createDirectories(scenario);
        Files.writeString(scenario.resolve("scenario.yaml"), "name: bad\nas_of: 2015-03-31\nfiles: {children: c.csv, placements: p.csv}\n");
        Files.writeString(scenario.resolve("c.csv"), "child_id,birth_date\nC1,not-a-date\n");
        Files.writeString(scenario.resolve("p.csv"), "placement_id,type,skill_level,places\nP1,in_house_foster,9,1\n");
        Path out = temp.resolve("out");
        RunFixture.Outcome outcome = RunFixture.execute("run", scenario.toString(), "--out", out.toString());
        assertEquals(2, outcome.status());
        assertTrue(outcome.err().contains("c.csv:2: column birth_date"), outcome.err());
        assertTrue(outcome.err().contains("p.csv:2: column skill_level"), outcome.err());
        assertFalse(Files.exists(out), "nothing written");
    }

    @Test
    void aFailingStepIsReportedAndTheOtherResultsKept() throws IOException {
        RunStep failing = new RunStep() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public String title() {
                return "A step that fails";
            }

            @Override
            public StepResult run(RunContext context) {
                throw new IllegalStateException("the solver ran out of patience");
            }
        };
        Path out = temp.resolve("out");
        RunFixture.Outcome outcome = RunFixture.execute(List.of(failing, new ScenarioStep()), "run",
                RunFixture.testScenario("tiny").toString(), "--out", out.toString());
        assertEquals(1, outcome.status());
        assertTrue(outcome.err().contains("A step that fails: FAILED"), outcome.err());
        assertTrue(outcome.err().contains("the solver ran out of patience"), outcome.err());
        String html = Files.readString(out.resolve("report.html"));
        assertTrue(html.contains("role=\"alert\""));
        assertTrue(html.contains("the solver ran out of patience"));
        assertTrue(Files.exists(out.resolve("csv/scenario-cost.csv")), "the other step's tables are kept");
        assertTrue(Files.exists(out.resolve("results.xlsx")));
        JsonNode record = JSON.readTree(out.resolve("run.json").toFile());
        assertEquals("failed", record.path("status").asText());
        assertEquals("the solver ran out of patience", record.path("steps").get(1).path("error").asText());
    }

    @Test
    void aSecondRunRemovesTablesTheFirstWroteAndItDoesNot() throws IOException {
        Path out = runTiny("out");
        Path stale = out.resolve("csv/scenario-cost.csv");
        assertTrue(Files.exists(stale));
        RunFixture.Outcome outcome = RunFixture.execute(List.of(new RunSummaryOnlyStep()), "run",
                RunFixture.testScenario("tiny").toString(), "--out", out.toString());
        assertEquals(0, outcome.status(), outcome.err());
        assertFalse(Files.exists(stale));
    }

    @Test
    void aCapabilityTheScenarioDoesNotConfigureIsNotRunRatherThanFailed() throws IOException {
        Path scenario = temp.resolve("plain");
        Files.createDirectories(scenario);
        Files.writeString(scenario.resolve("scenario.yaml"), "name: plain\nas_of: 2015-03-31\nfiles: {children: c.csv, placements: p.csv}\n");
        Files.writeString(scenario.resolve("c.csv"), "child_id,birth_date\nC1,2010-01-01\n");
        Files.writeString(scenario.resolve("p.csv"), "placement_id,type,skill_level,places\nP1,in_house_foster,3,2\n");
        Path out = temp.resolve("out");
        RunFixture.Outcome outcome = RunFixture.execute("run", scenario.toString(), "--out", out.toString());
        assertEquals(0, outcome.status(), outcome.err());
        JsonNode lac = null;
        for (JsonNode step : JSON.readTree(out.resolve("run.json").toFile()).path("steps")) {
            if ("lac".equals(step.path("id").asText())) {
                lac = step;
            }
        }
        assertTrue(lac != null, "the lac step is in run.json");
        assertEquals("lac", lac.path("id").asText());
        assertEquals("not run", lac.path("status").asText());
        assertTrue(Files.readString(out.resolve("report.html")).contains("has no lac_projection section"));
    }

    @Test
    void withoutAScenarioTheBuiltInOneIsLookedForNextToTheJarToo() {
        List<Path> candidates = ScenarioLocator.candidates();
        assertEquals(Path.of(ScenarioLocator.BUILT_IN).toAbsolutePath().normalize(), candidates.get(0));
        // tests run from cli/, classes live in cli/target/classes: the second place is the repository's
        Path repository = Path.of("").toAbsolutePath().getParent();
        assertTrue(candidates.contains(repository.resolve(ScenarioLocator.BUILT_IN)), candidates.toString());
    }

    /** A step with one small table, to see stale files removed. */
    private static final class RunSummaryOnlyStep implements RunStep {
        @Override
        public String id() {
            return "small";
        }

        @Override
        public String title() {
            return "Small";
        }

        @Override
        public StepResult run(RunContext context) {
            return StepResult.builder().table(uk.sufficiency.model.table.Table.builder("small-one", "One", "a", "b")
                    .row("x", 1).build()).build();
        }
    }

    /** Every entry of a zip file but docProps/core.xml, which holds the time the workbook was written. */
    private static java.util.Map<String, String> zipEntries(Path file) throws IOException {
        java.util.Map<String, String> entries = new java.util.TreeMap<>();
        try (var zip = new java.util.zip.ZipFile(file.toFile())) {
            for (var entry : java.util.Collections.list(zip.entries())) {
                if (!entry.getName().equals("docProps/core.xml")) {
                    entries.put(entry.getName(), new String(zip.getInputStream(entry).readAllBytes(),
                            java.nio.charset.StandardCharsets.UTF_8));
                }
            }
        }
        assertTrue(entries.size() > 5);
        return entries;
    }

    private static List<JsonNode> withoutWorkbook(JsonNode outputs) {
        List<JsonNode> kept = new ArrayList<>();
        outputs.forEach(o -> {
            if (!o.path("file").asText().endsWith(".xlsx")) {
                kept.add(o);
            }
        });
        assertTrue(kept.size() > 5);
        return kept;
    }

    private static List<Path> files(Path root) throws IOException {
        try (Stream<Path> walk = Files.walk(root)) {
            return walk.filter(Files::isRegularFile).map(root::relativize).sorted().toList();
        }
    }

    static List<List<String>> readCsv(Path file) throws IOException {
        List<List<String>> rows = new ArrayList<>();
        try (var it = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY).readerFor(String[].class)
                .<String[]>readValues(file.toFile())) {
            while (it.hasNext()) {
                rows.add(List.of(it.next()));
            }
        }
        return rows;
    }
}
