package uk.sufficiency.model.geo;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class GeoPointTest {

    @Test
    void leicesterToLoughboroughIsAbout16Km() {
        GeoPoint leicester = new GeoPoint(52.6369, -1.1398);
        GeoPoint loughborough = new GeoPoint(52.7721, -1.2062);
        assertEquals(15.7, leicester.distanceKm(loughborough), 0.3);
        assertEquals(leicester.distanceKm(loughborough), loughborough.distanceKm(leicester), 1e-9);
        assertEquals(0.0, leicester.distanceKm(leicester), 1e-9);
    }

    @Test
    void oneDegreeOfLatitudeIsAbout111Km() {
        assertEquals(111.19, new GeoPoint(0, 0).distanceKm(new GeoPoint(1, 0)), 0.01);
    }

    @Test
    void outOfRangeCoordinatesAreRefused() {
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(91, 0));
        assertThrows(IllegalArgumentException.class, () -> new GeoPoint(0, -181));
    }
}
