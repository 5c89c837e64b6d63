package uk.sufficiency.cli.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.explain.Occupancy;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.table.Table;

/**
 * A map of placements (with room or full in the proposal) and of each proposed placement of a
 * waiting child, drawn from the family home to the placement. Offline and without map tiles: the
 * points are drawn on longitude and latitude axes (the report's script scales longitude so that
 * distances look right). Family homes are rounded to 0.01 degree (about 1 km) so that the report
 * does not carry a child's address.
 */
final class MatchMap {

    static final String PLACEMENT_ROOM = "placement with room";
    static final String PLACEMENT_FULL = "placement full";
    static final String MOVE = "proposed placement (from family home)";

    private MatchMap() {
    }

    static void add(MatchingSolution solution, StepResult.Builder step) {
        Occupancy occupancy = new Occupancy(solution);
        Table.Builder table = Table.builder("matching-map", "Map: placements and proposed placements of waiting children",
                "kind", "id", "longitude", "latitude", "to_longitude", "to_latitude").keys(2);
        List<String> labels = new ArrayList<>();
        List<List<Double>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
        for (Home home : solution.getHomes()) {
            GeoPoint at = home.getPlacement().location();
            if (at != null) {
                String kind = occupancy.load(home) >= home.getPlaces() ? PLACEMENT_FULL : PLACEMENT_ROOM;
                point(table, labels, columns, kind, home.getId(), at.longitude(), at.latitude(), null, null);
            }
        }
        for (PlacementRequest request : solution.getRequests()) {
            Child first = request.getChildren().get(0);
            Home home = request.getHome();
            if (home == null || request.isPinned() || first.status() != ChildStatus.WAITING || first.home() == null
                    || home.getPlacement().location() == null) {
                continue;
            }
            GeoPoint to = home.getPlacement().location();
            point(table, labels, columns, MOVE, request.getId(), round(first.home().longitude()),
                    round(first.home().latitude()), to.longitude(), to.latitude());
        }
        if (labels.isEmpty()) {
            return;
        }
        String[] names = {"longitude", "latitude", "to longitude", "to latitude"};
        List<ChartSpec.Series> series = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            series.add(ChartSpec.Series.of(names[i], columns.get(i)));
        }
        step.chart(new ChartSpec("Map of placements and proposed placements (longitude and latitude)", ChartSpec.Type.MAP,
                labels, "degrees", series, "matching-map"), table.build());
    }

    private static void point(Table.Builder table, List<String> labels, List<List<Double>> columns, String kind, String id,
            double lon, double lat, Double toLon, Double toLat) {
        table.row(kind, id, lon, lat, toLon, toLat);
        labels.add(kind + "|" + id);
        List<Double> values = Arrays.asList(lon, lat, toLon, toLat);
        for (int i = 0; i < values.size(); i++) {
            columns.get(i).add(values.get(i));
        }
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100) / 100.0;
    }
}
