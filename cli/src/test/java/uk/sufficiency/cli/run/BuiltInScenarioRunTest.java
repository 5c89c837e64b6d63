package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code sufficiency run --quick} on the built-in Leicestershire scenario: forecast and EHCP sections filled. */
class BuiltInScenarioRunTest {

    @TempDir
    Path temp;

    @Test
    void forecastAndEhcpStepsFillTheirSections() throws IOException {
        Path scenario = builtInScenario();
        Path out = temp.resolve("out");
        RunFixture.Outcome outcome = RunFixture.execute("run", scenario.toString(), "--out", out.toString(), "--quick");
        assertEquals(0, outcome.status(), outcome.err());
        JsonNode record = new ObjectMapper().readTree(out.resolve("run.json").toFile());
        assertEquals("ok", record.path("status").asText());
        for (JsonNode step : record.path("steps")) {
            String id = step.path("id").asText();
            assertTrue(!step.path("status").asText().equals("failed"), id + " failed: " + step.path("error").asText());
            if (id.equals("forecast") || id.equals("ehcp")) {
                assertEquals("ok", step.path("status").asText(), id);
            }
        }
        String html = Files.readString(out.resolve("report.html"));
        for (String table : List.of("forecast-ehcp", "forecast-ehcp-intervals", "forecast-ehcp-methods",
                "forecast-ehcp-track-record", "forecast-ehcp-targets",
                "ehcp-counts-total", "ehcp-counts-by-setting", "ehcp-budget", "ehcp-track-record")) {
            JsonNode found = null;
            for (JsonNode t : record.path("tables")) {
                if (t.path("name").asText().equals(table)) {
                    found = t;
                }
            }
            assertNotNull(found, table + " written");
            assertTrue(found.path("rows").asInt() > 0, table + " has rows");
            assertTrue(Files.exists(out.resolve("csv/" + table + ".csv")), table + " as CSV");
        }
        assertTrue(html.contains("data-key=\"forecast/ehcp-target-1\""), "probability of meeting the EHCP target");
        assertTrue(html.contains("data-key=\"ehcp/deficit-end\""), "cumulative deficit");
        List<List<String>> intervals = RunCommandTest.readCsv(out.resolve("csv/forecast-ehcp-intervals.csv"));
        assertEquals(List.of("series_id", "period", "step", "method", "mean", "median", "lower_80", "upper_80", "lower_95",
                "upper_95", "interval_basis"), intervals.get(0));
        List<String> roles = RunCommandTest.readCsv(out.resolve("csv/forecast-ehcp-methods.csv")).stream()
                .map(row -> row.get(2)).toList();
        assertEquals(List.of("role", "forecast", "member", "member", "member", "member", "yardstick"), roles);
        assertTrue(html.contains("Made from earlier years, forecasts like this missed by"), "track record in the report");
        // issue 13: each section opens with its user's answer, in their terms
        int matching = html.indexOf("<section id=\"matching\"");
        String answer = html.substring(html.indexOf("<p class=\"answer\">", matching));
        assertTrue(answer.matches("(?s)<p class=\"answer\">\\d+ of 50 waiting children placed \\(\\d+ of 13 emergencies\\),"
                + " adding £[0-9,]+ a week \\(£[0-9,]+ a year\\).*"), answer.substring(0, 200));
        assertTrue(answer.substring(0, answer.indexOf("</p>")).contains("siblings recommended different kinds of placement"));
        assertTrue(!html.contains("Children matched (waiting and placed)"), "the old engine-terms headline is gone");
        assertTrue(html.contains("Engine-wide totals"), "totals below the answer, labelled");
        assertTrue(html.contains("high-needs spend is £"), "finance answer");
        assertTrue(html.contains("the foster sufficiency gap is"), "planning answer");
        assertTrue(html.contains("data-table=\"run-assumptions\""), "assumptions page");
        assertTrue(html.contains("<select data-column="), "proposals can be filtered");
        assertTrue(!html.contains(">2,010<") && html.contains(">2010<"), "census years as years");
        assertTrue(html.contains("data-table=\"matching-cards\"") && html.contains("points ("), "match cards");
        assertTrue(html.contains("data-table=\"matching-map\""), "map of placements and proposed moves");
        assertTrue(html.contains("data-table=\"plan-sensitivity\"") && html.contains("The gap depends most on"),
                "tornado of the plan's drivers, named in the answer");
        List<List<String>> sensitivity = RunCommandTest.readCsv(out.resolve("csv/plan-sensitivity.csv"));
        assertTrue(sensitivity.size() >= 4, "a row per driver");
        for (List<String> row : sensitivity.subList(1, sensitivity.size())) {
            // each driver's low and high swings are real re-runs: at least one moves the gap
            assertTrue(row.size() == 8, row.toString());
        }
        assertTrue(sensitivity.subList(1, sensitivity.size()).stream()
                .anyMatch(r -> Double.parseDouble(r.get(6)) != 0 && Double.parseDouble(r.get(7)) != 0));
        // issue 13 item 2: the same for the children in care and their cost (EHCP: EhcpSensitivityTest, full runs only)
        assertTornado(out, html, "lac-sensitivity", "The number of children in care depends most on", List.of(
                "Children entering care (entry rates)", "Children leaving care (leaving rates)"));
        assertTornado(out, html, "lac-sensitivity-cost", "The cost of care depends most on", List.of(
                "Children entering care (entry rates)", "Children leaving care (leaving rates)"));
    }

    /** The tornado's table has each driver with its low and high effect, widest first, and the answer names the first. */
    private static void assertTornado(Path out, String html, String name, String sentence, List<String> drivers)
            throws IOException {
        assertTrue(html.contains("data-table=\"" + name + "\""), name + " in the report");
        List<List<String>> rows = RunCommandTest.readCsv(out.resolve("csv/" + name + ".csv"));
        assertEquals(List.of("driver", "value", "value_low", "value_high"), rows.get(0).subList(0, 4), name);
        List<List<String>> body = rows.subList(1, rows.size());
        assertEquals(new java.util.TreeSet<>(drivers), new java.util.TreeSet<>(body.stream().map(r -> r.get(0)).toList()),
                name + ": a row per driver");
        double previous = Double.MAX_VALUE;
        for (List<String> row : body) {
            double width = Math.abs(Double.parseDouble(row.get(5)) - Double.parseDouble(row.get(4)));
            assertTrue(width <= previous, name + " widest first: " + row);
            previous = width;
        }
        List<String> strongest = body.get(0);
        assertTrue(Double.parseDouble(strongest.get(6)) != 0 && Double.parseDouble(strongest.get(7)) != 0,
                name + ": the strongest driver moves the headline both ways " + strongest);
        int at = html.indexOf(sentence);
        assertTrue(at >= 0, sentence);
        assertTrue(html.substring(at, at + 200).contains(strongest.get(0).toLowerCase(java.util.Locale.UK)),
                name + " names " + strongest.get(0));
    }

    private static Path builtInScenario() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("scenarios/leicestershire-2015");
            if (Files.isRegularFile(candidate.resolve("scenario.yaml"))) {
                return candidate;
            }
        }
        throw new IllegalStateException("scenarios/leicestershire-2015 not found above " + System.getProperty("user.dir"));
    }
}
