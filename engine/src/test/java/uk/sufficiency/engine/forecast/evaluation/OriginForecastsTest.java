package uk.sufficiency.engine.forecast.evaluation;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.forecast.method.MethodCatalogue;

class OriginForecastsTest {

    @Test
    void forecastsFromEveryOriginAndOnlyKnownOutcomesBeforeACut() {
        double[] y = {1, 2, 4, 8, 16, 32};
        OriginForecasts naive = OriginForecasts.compute(List.of(MethodCatalogue.byName("naive").orElseThrow()), y, 1, 2, 3, 6)
                .get("naive");
        assertArrayEquals(new double[] {4, 4}, naive.pointsAt(3), 0);
        assertArrayEquals(new double[] {32, 32}, naive.pointsAt(6), 0);
        assertNull(naive.pointsAt(2));
        // before origin 5: origin 3 step 1 (y[3] = 8) and step 2 (y[4] = 16), origin 4 step 1 (y[4] = 16)
        assertEquals(List.of(new OutcomeError(3, 1, 8, 4), new OutcomeError(3, 2, 16, 4), new OutcomeError(4, 1, 16, 8)),
                naive.realisedBefore(5));
        // a method that needs more points has no forecast where it cannot be fitted
        OriginForecasts damped = OriginForecasts.compute(List.of(MethodCatalogue.byName("damped").orElseThrow()), y, 1, 2, 3,
                6).get("damped");
        assertNull(damped.pointsAt(4));
        assertEquals(2, damped.pointsAt(5).length);
    }
}
