package uk.sufficiency.cli.run;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.DisplayNames;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.explain.Occupancy;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.table.Table;

/**
 * A map of placements (with room or full in the proposal), of each proposed placement of a waiting
 * child, drawn from the family home to the placement, of each placed child the proposal moves, drawn
 * from the present placement to the new one, and of the family homes of waiting children left
 * unplaced. The report draws it with Leaflet, offline and without map tiles (decision 0076). Family
 * homes are rounded to 0.01 degree (about 1 km) so that the report does not carry a child's address.
 */
final class MatchMap {

    static final String PLACEMENT_ROOM = "placement with room";
    static final String PLACEMENT_FULL = "placement full";
    static final String MOVE = "waiting child placed (family home to placement)";
    static final String MOVED = "placed child moved (present to new placement)";
    static final String UNPLACED = "waiting child not placed (family home, about 1 km)";

    private MatchMap() {
    }

    static void add(MatchingSolution solution, StepResult.Builder step) {
        Occupancy occupancy = new Occupancy(solution);
        Points points = new Points();
        Map<String, Home> homes = new HashMap<>();
        for (Home home : solution.getHomes()) {
            homes.put(home.getId(), home);
            GeoPoint at = home.getPlacement().location();
            if (at != null) {
                int load = occupancy.load(home);
                points.add(load >= home.getPlaces() ? PLACEMENT_FULL : PLACEMENT_ROOM, home.getId(), type(home) + ", "
                        + load + " of " + home.getPlaces() + " places taken", at.longitude(), at.latitude(), null, null);
            }
        }
        for (PlacementRequest request : solution.getRequests()) {
            if (!request.isPinned()) {
                request(points, request, homes);
            }
        }
        if (points.labels.isEmpty()) {
            return;
        }
        String[] names = {"longitude", "latitude", "to longitude", "to latitude"};
        List<ChartSpec.Series> series = new ArrayList<>();
        for (int i = 0; i < names.length; i++) {
            series.add(ChartSpec.Series.of(names[i], points.columns.get(i)));
        }
        step.chart(new ChartSpec("Map of placements, proposed placements and moves", ChartSpec.Type.MAP,
                points.labels, "degrees", series, "matching-map"), points.table.build());
    }

    private static void request(Points points, PlacementRequest request, Map<String, Home> homes) {
        Child first = request.getChildren().get(0);
        String children = String.join(", ", request.getChildren().stream().map(Child::childId).toList());
        Home home = request.getHome();
        GeoPoint to = home == null ? null : home.getPlacement().location();
        if (first.status() == ChildStatus.WAITING) {
            if (first.home() == null) {
                return;
            }
            if (home == null) {
                points.add(UNPLACED, children, "not placed", round(first.home().longitude()),
                        round(first.home().latitude()), null, null);
            } else if (to != null) {
                points.add(MOVE, children, "to " + home.getId() + " (" + type(home) + ")",
                        round(first.home().longitude()), round(first.home().latitude()), to.longitude(), to.latitude());
            }
            return;
        }
        Home present = first.currentPlacementId() == null ? null : homes.get(first.currentPlacementId());
        if (home != null && present != null && home != present && to != null && present.getPlacement().location() != null) {
            GeoPoint from = present.getPlacement().location();
            points.add(MOVED, children, "from " + present.getId() + " to " + home.getId() + " (" + type(home) + ")",
                    from.longitude(), from.latitude(), to.longitude(), to.latitude());
        }
    }

    private static String type(Home home) {
        return DisplayNames.placementType(home.getPlacement().type().word());
    }

    /** The map's points as the table (matching-map.csv) and the chart's labels and series hold them. */
    private static final class Points {
        private final Table.Builder table = Table.builder("matching-map",
                "Map: placements, proposed placements of waiting children and moves of placed children",
                "kind", "id", "detail", "longitude", "latitude", "to_longitude", "to_latitude").keys(2);
        private final List<String> labels = new ArrayList<>();
        private final List<List<Double>> columns = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>());

        void add(String kind, String id, String detail, double lon, double lat, Double toLon, Double toLat) {
            table.row(kind, id, detail, lon, lat, toLon, toLat);
            labels.add(kind + "|" + id + "|" + detail);
            List<Double> values = Arrays.asList(lon, lat, toLon, toLat);
            for (int i = 0; i < values.size(); i++) {
                columns.get(i).add(values.get(i));
            }
        }
    }

    private static double round(double degrees) {
        return Math.round(degrees * 100) / 100.0;
    }
}
