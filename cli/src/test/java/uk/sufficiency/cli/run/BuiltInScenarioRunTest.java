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
        assertTrue(Files.readString(out.resolve("csv/run-assumptions.csv")).contains("EHCPs and high-needs spend,unit cost:"
                + " Independent or non-maintained special school (ISS),50000,GBP per place a year,costs_file costs.csv"),
                "each setting's unit cost is a driver on the assumptions page");
        assertTrue(html.contains("<select data-column="), "proposals can be filtered");
        assertTrue(!html.contains(">2,010<") && html.contains(">2010<"), "census years as years");
        assertCardsAndMap(out, html);
        assertAnswerAndCardAgree(html, "lac/in-care-end", "projected ([0-9,.]+) at");
        assertAnswerAndCardAgree(html, "forecast/ehcp-end", "EHCPs \\(January count\\): ([0-9,.]+) plans forecast for");
        assertTrue(html.contains("chance of meeting it (red)"), "the forecast's answer names the target's status");
        assertEquals("panel_centred", intervals.get(1).get(10), "the built-in series is forecast against its reference panel");
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

    /**
     * Issue 13 item 3: a card for every waiting child (exactly one), filterable, and every waiting child
     * on the map, placed ones with a line to their placement; the map's data is in the page.
     */
    private static void assertCardsAndMap(Path out, String html) throws IOException {
        java.util.Set<String> waiting = new java.util.TreeSet<>();
        List<List<String>> proposals = RunCommandTest.readCsv(out.resolve("csv/matching-proposals.csv"));
        proposals.stream().filter(r -> r.get(1).equals("waiting")).forEach(r -> waiting.add(r.get(0)));
        int placed = waiting.size();
        RunCommandTest.readCsv(out.resolve("csv/matching-unplaced.csv")).stream().skip(1).forEach(r -> waiting.add(r.get(0)));
        assertEquals(50, waiting.size(), "the built-in scenario's waiting children");
        List<String> carded = new java.util.ArrayList<>();
        java.util.regex.Matcher card = java.util.regex.Pattern
                .compile("<article class=\"item-card\" data-v-outcome=\"([^\"]*)\"[^>]*><h4>([^<]*)</h4>").matcher(html);
        int placedCards = 0;
        while (card.find()) {
            List<String> ids = List.of(card.group(2).split(", "));
            carded.addAll(ids);
            placedCards += card.group(1).equals("placed") ? ids.size() : 0;
        }
        assertEquals(waiting, new java.util.TreeSet<>(carded), "a card for every waiting child");
        assertEquals(waiting.size(), carded.size(), "and only one");
        assertEquals(placed, placedCards, "placed on its card as in the proposals");
        for (String field : List.of("outcome", "urgency", "placement_type")) {
            assertTrue(html.contains("<select data-field=\"" + field + "\">"), "cards filter by " + field);
        }
        assertTrue(html.contains("<dt>points by term</dt>") && html.contains("<dt>binding rule</dt>"), "card fields");
        assertTrue(html.contains("a week: ruled out: ") || html.contains("a week: lost on points: "), "why each lost");
        java.util.regex.Matcher data = java.util.regex.Pattern
                .compile("<script type=\"application/json\" id=\"map-data\">(.*?)</script>").matcher(html);
        assertTrue(data.find() && html.contains("<body data-charts=\"") && html.contains("data-maps=\"1\""), "map data");
        JsonNode map = new ObjectMapper().readTree(data.group(1)).get(0);
        List<String> groups = new java.util.ArrayList<>();
        map.path("groups").forEach(g -> groups.add(g.asText()));
        java.util.Set<String> mapped = new java.util.TreeSet<>();
        int lines = 0;
        for (JsonNode point : map.path("points")) {
            String group = groups.get(point.get(0).asInt());
            if (group.equals(MatchMap.MOVE) || group.equals(MatchMap.UNPLACED)) {
                mapped.addAll(List.of(point.get(1).asText().split(", ")));
                lines += group.equals(MatchMap.MOVE) && !point.get(5).isNull() ? point.get(1).asText().split(", ").length : 0;
            }
        }
        assertEquals(waiting, mapped, "every waiting child on the map");
        assertEquals(placed, lines, "a line from each placed waiting child's family home");
        assertTrue(groups.contains(MatchMap.PLACEMENT_FULL) && groups.contains(MatchMap.PLACEMENT_ROOM), groups.toString());
    }

    /** One rounding rule, one source: the answer's sentence shows the figure its card shows. */
    private static void assertAnswerAndCardAgree(String html, String key, String inAnswer) {
        java.util.regex.Matcher cardValue = java.util.regex.Pattern.compile("data-key=\"" + java.util.regex.Pattern.quote(key)
                + "\"><div class=\"value\">([0-9,.]+)").matcher(html);
        java.util.regex.Matcher answer = java.util.regex.Pattern.compile(inAnswer).matcher(html);
        assertTrue(cardValue.find() && answer.find(), key);
        assertEquals(cardValue.group(1), answer.group(1), key + ": the card and the answer");
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
