package uk.sufficiency.cli.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import uk.sufficiency.model.table.Table;

/** Issue 13 item 3: a table drawn as filterable cards, and a map drawn offline by the inlined Leaflet. */
class CardsAndMapViewTest {

    private static Table cards(int rows) {
        Table.Builder table = Table.builder("matching-cards", "Match cards", "children", "outcome", "urgency",
                "placement_type", "placement", "weekly_cost_gbp", "alternatives").keys(1);
        for (int i = 0; i < rows; i++) {
            table.row(String.format("C%04d", i), i % 3 == 0 ? "not placed" : "placed", i % 2 == 0 ? "emergency" : "planned",
                    i % 3 == 0 ? "no placement" : "In-house foster carer", i % 3 == 0 ? "" : "P0001",
                    i % 3 == 0 ? null : 1234.0, "P0002 (IFA), £600 a week: lost on points | P0003: full");
        }
        return table.build();
    }

    private static ChartSpec cardSpec() {
        return new ChartSpec("Match cards", ChartSpec.Type.CARDS, List.of("outcome", "urgency", "placement_type"), "",
                List.of(), "matching-cards");
    }

    private static String page(List<ChartSpec> charts, Table table) {
        Section section = new Section("matching", "Matching", "", null, List.of(), charts, List.of(table));
        return HtmlReportWriter.toString(new Report("Report", List.of(), List.of(section)));
    }

    @Test
    void everyRowIsACardWithItsBadgesFieldsAndFilters() {
        String html = page(List.of(cardSpec()), cards(12));
        assertEquals(12, count(html, "<article class=\"item-card\""));
        for (int i = 0; i < 12; i++) {
            assertTrue(html.contains("<h4>" + String.format("C%04d", i) + "</h4>"), "card " + i);
        }
        // the three filters, each offering the values its cards carry
        assertTrue(html.contains("data-card-filters=\"matching-cards\""));
        for (String field : List.of("outcome", "urgency", "placement_type")) {
            assertTrue(html.contains("<select data-field=\"" + field + "\">"), field);
        }
        assertTrue(html.contains("<option>not placed</option><option>placed</option>"));
        assertTrue(html.contains("data-v-outcome=\"not placed\" data-v-urgency=\"emergency\""));
        assertTrue(html.contains("<span class=\"badge b-in-house-foster-carer\">In-house foster carer</span>"));
        // money as money, alternatives as a list, blank cells left out, and no table in its place
        assertTrue(html.contains("<dt>weekly cost</dt><dd>£1,234</dd>"));
        assertTrue(html.contains("<ul><li>P0002 (IFA), £600 a week: lost on points</li><li>P0003: full</li></ul>"));
        assertFalse(html.contains("<dt>placement</dt><dd></dd>"));
        assertFalse(html.contains("data-table=\"matching-cards\""), "drawn as cards, not as a table");
        assertTrue(html.contains("'data-v-' + s.getAttribute('data-field')"), "the filter script works on cards");
        assertTrue(html.contains("<body data-charts=\"0\" data-maps=\"0\">"), "cards are not Chart.js charts");
        assertFalse(html.contains("new Chart("), "no chart library without charts");
    }

    @Test
    void aLongListShowsTheFirstCardsAndSaysSo() {
        String html = page(List.of(cardSpec()), cards(CardsView.LIMIT + 50));
        assertEquals(CardsView.LIMIT, count(html, "<article class=\"item-card\""));
        assertTrue(html.contains("The first " + CardsView.LIMIT + " of " + (CardsView.LIMIT + 50)
                + " cards are shown, in the table's order; every card is in <span class=\"file\">csv/matching-cards.csv"));
    }

    @Test
    void aMapEmbedsItsPointsAndTheInlinedLeafletWithoutFetchingAnything() throws Exception {
        Table table = Table.builder("matching-map", "Map", "kind", "id").keys(2).row("a", "b").build();
        List<String> labels = List.of("placement full|P0001|In-house foster carer, 1 of 1 places taken",
                "waiting child placed (family home to placement)|C0001, C0002|to P0001");
        List<ChartSpec.Series> series = List.of(ChartSpec.Series.of("longitude", -1.2, -1.1),
                ChartSpec.Series.of("latitude", 52.7, 52.6), ChartSpec.Series.of("to longitude", null, -1.2),
                ChartSpec.Series.of("to latitude", null, 52.7));
        ChartSpec map = new ChartSpec("Map", ChartSpec.Type.MAP, labels, "degrees", series, "matching-map");
        String html = page(List.of(map), table);
        assertTrue(html.contains("<body data-charts=\"0\" data-maps=\"1\">"));
        assertTrue(html.contains("<div class=\"leaflet-map\" id=\"map-1\""));
        Matcher data = Pattern.compile("<script type=\"application/json\" id=\"map-data\">(.*?)</script>").matcher(html);
        assertTrue(data.find(), "map data embedded");
        JsonNode maps = new ObjectMapper().readTree(data.group(1));
        assertEquals("map-1", maps.get(0).path("id").asText());
        assertEquals(List.of("placement full", "waiting child placed (family home to placement)"),
                names(maps.get(0).path("groups")));
        assertEquals("[1,\"C0001, C0002\",\"to P0001\",-1.1,52.6,-1.2,52.7]", maps.get(0).path("points").get(1).toString());
        // bearings: towns near the points (Loughborough, Leicester), not distant ones
        List<String> towns = new ArrayList<>();
        maps.get(0).path("towns").forEach(t -> towns.add(t.path("name").asText()));
        assertTrue(towns.contains("Leicester") && !towns.contains("London"), towns.toString());
        // Leaflet is inlined, with its style sheet, and nothing in the page points outside it
        assertTrue(html.contains(".leaflet-container") && html.contains("L.map(element"), "Leaflet and its use");
        assertTrue(html.contains("Leaflet " + ReportAssets.leafletVersion() + ", a JS library"), "the Leaflet build");
        assertFalse(html.contains("sourceMappingURL"), "no source map to fetch");
        assertFalse(html.contains("url(images/"), "no image to fetch");
        // (Leaflet's own attribution link is in its build, but the report turns that control off)
        assertFalse(Pattern.compile("(src|href)=\"(https?:)?//").matcher(html.replace(ReportAssets.leafletJs(), ""))
                .find(), "no network reference");
        assertFalse(html.contains("new Chart("), "the map is not drawn by Chart.js");
        assertFalse(html.contains("data-table=\"matching-map\""), "its points are not a table too");
        assertTrue(html.contains("Every point is in <span class=\"file\">csv/matching-map.csv</span>"));
    }

    private static List<String> names(JsonNode array) {
        List<String> names = new ArrayList<>();
        array.forEach(n -> names.add(n.asText()));
        return names;
    }

    private static int count(String text, String part) {
        int n = 0;
        for (int at = text.indexOf(part); at >= 0; at = text.indexOf(part, at + 1)) {
            n++;
        }
        return n;
    }
}
