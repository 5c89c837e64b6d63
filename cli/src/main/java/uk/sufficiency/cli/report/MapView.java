package uk.sufficiency.cli.report;

import static uk.sufficiency.cli.report.HtmlReportWriter.esc;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;

/**
 * A map ({@link ChartSpec.Type#MAP}) drawn by Leaflet inlined into the page (decision 0076): no tile
 * server, so the background is plain, with the names of the towns around the points for bearings.
 * The writer puts a container in the page and the points, grouped, into the page's map data
 * ({@code [group, id, detail, lon, lat, toLon, toLat]}); render-map.js draws them.
 */
final class MapView {

    /** Towns within this many degrees of the points are named on the map. */
    static final double TOWN_MARGIN_DEGREES = 0.15;

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final JsonNode TOWNS = ReportAssets.towns();

    private MapView() {
    }

    /** The map's container; its data is added to {@code maps}. */
    static String html(ChartSpec chart, String id, ArrayNode maps) {
        ObjectNode map = maps.addObject();
        map.put("id", id);
        List<String> groups = new ArrayList<>();
        ArrayNode points = map.putArray("points");
        double[] box = {Double.MAX_VALUE, Double.MAX_VALUE, -Double.MAX_VALUE, -Double.MAX_VALUE};
        for (int i = 0; i < chart.xLabels().size(); i++) {
            String[] label = chart.xLabels().get(i).split("\\|", 3);
            if (!groups.contains(label[0])) {
                groups.add(label[0]);
            }
            ArrayNode point = points.addArray().add(groups.indexOf(label[0])).add(label.length > 1 ? label[1] : "")
                    .add(label.length > 2 ? label[2] : "");
            for (int s = 0; s < 4; s++) {
                Double value = chart.series().get(s).values().get(i);
                if (value == null) {
                    point.addNull();
                } else {
                    point.add(value);
                    grow(box, s % 2 == 0 ? value : null, s % 2 == 1 ? value : null);
                }
            }
        }
        ArrayNode names = map.putArray("groups");
        groups.forEach(names::add);
        ArrayNode towns = map.putArray("towns");
        for (JsonNode town : TOWNS) {
            double lat = town.path("lat").asDouble();
            double lon = town.path("lon").asDouble();
            if (lon >= box[0] - TOWN_MARGIN_DEGREES && lat >= box[1] - TOWN_MARGIN_DEGREES
                    && lon <= box[2] + TOWN_MARGIN_DEGREES && lat <= box[3] + TOWN_MARGIN_DEGREES) {
                towns.addObject().put("name", town.path("name").asText()).put("lat", lat).put("lon", lon);
            }
        }
        return "<figure class=\"map\"><figcaption>" + esc(chart.title()) + "</figcaption><div class=\"leaflet-map\" id=\""
                + id + "\" role=\"img\" aria-label=\"" + esc(chart.title()) + "\" data-points=\"" + points.size()
                + "\"></div><p class=\"caption\">No map tiles (the report works offline): town names for bearings."
                + " Drag to pan, + and - to zoom; hover a point for its id; the boxes show or hide each group (counted in"
                + " children or placements). Every point is in <span class=\"file\">csv/" + esc(chart.table())
                + ".csv</span>.</p>"
                + "</figure>\n";
    }

    private static void grow(double[] box, Double lon, Double lat) {
        if (lon != null) {
            box[0] = Math.min(box[0], lon);
            box[2] = Math.max(box[2], lon);
        }
        if (lat != null) {
            box[1] = Math.min(box[1], lat);
            box[3] = Math.max(box[3], lat);
        }
    }

    /** The maps' data as a script element's content. */
    static String json(ArrayNode maps) {
        try {
            return JSON.writeValueAsString(maps).replace("</", "<\\/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
