package uk.sufficiency.model.scenario;

import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.table.Cells;

/** Reads a latitude/longitude pair of columns, both or neither. */
final class Locations {

    private Locations() {
    }

    static GeoPoint point(Cells cells, String latColumn, String lonColumn) {
        Double lat = cells.decimal(latColumn, false, -90, 90, "a latitude in degrees from -90 to 90");
        Double lon = cells.decimal(lonColumn, false, -180, 180, "a longitude in degrees from -180 to 180");
        boolean latGiven = cells.raw(latColumn) != null;
        boolean lonGiven = cells.raw(lonColumn) != null;
        if (latGiven != lonGiven) {
            String missing = latGiven ? lonColumn : latColumn;
            cells.error(missing, null, latColumn + " and " + lonColumn + " must be given together");
            return null;
        }
        return lat == null || lon == null ? null : new GeoPoint(lat, lon);
    }
}
