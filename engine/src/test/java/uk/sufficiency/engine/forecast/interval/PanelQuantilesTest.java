package uk.sufficiency.engine.forecast.interval;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.forecast.evaluation.OutcomeError;
import uk.sufficiency.engine.forecast.series.Period;

class PanelQuantilesTest {

    /**
     * 40 one-step errors (i - 19.5) / 100, i = 0..39, with outcomes in 2015, and 40 two-step errors of
     * twice that with outcomes in 2016. Hand-computed type-7 quantiles: at p = 0.1 the position is
     * 0.1 x 39 = 3.9, between -0.165 and -0.155: -0.165 + 0.9 x 0.01 = -0.156 (and +0.156 at 0.9); at
     * p = 0.025 of the two-step errors, 0.975 between -0.39 and -0.37: -0.3705 (and +0.3705 at 0.975).
     */
    private static PanelQuantiles panel() {
        List<PanelQuantiles.PooledError> errors = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            errors.add(new PanelQuantiles.PooledError(Period.year(2015), 1, (i - 19.5) / 100));
            errors.add(new PanelQuantiles.PooledError(Period.year(2016), 2, 2 * (i - 19.5) / 100));
        }
        return new PanelQuantiles(errors);
    }

    @Test
    void boundsAreEmpiricalQuantilesOfTheErrorsKnownByTheOrigin() {
        PanelQuantiles panel = panel();
        assertNull(panel.multipliers(Period.year(2014), 0, 0.8), "no outcome known by 2014");
        assertArrayEquals(new double[] {Math.exp(-0.156), Math.exp(0.156)}, panel.multipliers(Period.year(2015), 0, 0.8), 1e-12);
        // the two-step errors' outcomes (2016) are not known at the end of 2015
        assertArrayEquals(new double[] {Math.exp(-0.156 * 2), Math.exp(0.156 * 2)},
                panel.multipliers(Period.year(2015), 1, 0.8), 1e-12);
        assertArrayEquals(new double[] {Math.exp(-0.3705), Math.exp(0.3705)}, panel.multipliers(Period.year(2016), 1, 0.95),
                1e-12);
    }

    @Test
    void aStepWithoutEnoughErrorsStretchesTheLongestStepThatHasThem() {
        // at the end of 2016, step 3 has no error: the two-step quantiles times 3/2
        double[] step3 = panel().multipliers(Period.year(2016), 2, 0.95);
        assertArrayEquals(new double[] {Math.exp(-0.3705 * 1.5), Math.exp(0.3705 * 1.5)}, step3, 1e-12);
    }

    @Test
    void fewerThanThirtyErrorsAreNotEnough() {
        List<PanelQuantiles.PooledError> errors = new ArrayList<>();
        for (int i = 0; i < PanelQuantiles.MIN_ERRORS - 1; i++) {
            errors.add(new PanelQuantiles.PooledError(Period.year(2015), 1, 0.01 * i));
        }
        assertNull(new PanelQuantiles(errors).multipliers(Period.year(2015), 0, 0.8));
    }

    @Test
    void pooledErrorsAreLogRatiosClampedAsTheSeriesCalibrationClampsThem() {
        PanelQuantiles.PooledError tenPercent = PanelQuantiles.PooledError.of(Period.year(2014), Period.year(2015),
                new OutcomeError(3, 1, 110, 100), 10);
        assertEquals(Math.log(1.1), tenPercent.logError(), 1e-12);
        assertEquals(10, tenPercent.weight(), 1e-12, "forecast 100 over the MASE scale 10");
        assertEquals(3, PanelQuantiles.PooledError.of(Period.year(2014), Period.year(2015), new OutcomeError(3, 1, 1e6, 1), 10).logError());
        assertEquals(3, PanelQuantiles.PooledError.of(Period.year(2014), Period.year(2015), new OutcomeError(3, 2, 10, 0), 10).logError());
    }

    @Test
    void aPanelCalibrationTakesItsBoundsAndProbabilitiesFromThePooledErrors() {
        Calibration own = new Calibration(Calibration.Basis.BACKTEST, uk.sufficiency.engine.forecast.method.Transform.LOG,
                new double[] {0.1, 0.2}, 5, 1, 3, 2, 1);
        Calibration pooled = own.withPanel(panel().at(Period.year(2015), 2));
        assertEquals(Calibration.Basis.PANEL, pooled.basis());
        assertEquals(40, pooled.evidence());
        // step 1: 200 x exp(-/+0.156); step 2 stretches step 1's errors by 2
        assertEquals(200 * Math.exp(-0.156), pooled.lower(200, 0, 0.8), 1e-9);
        assertEquals(200 * Math.exp(0.156), pooled.upper(200, 0, 0.8), 1e-9);
        assertEquals(200 * Math.exp(0.312), pooled.upper(200, 1, 0.8), 1e-9);
        // P(Y <= 200 exp(0.005)): 20 of the 40 errors (-0.195..-0.005) are at or below 0.005
        assertEquals(0.5, pooled.cumulative(200, 0, 200 * Math.exp(0.005)), 1e-12);
        assertEquals(1, pooled.cumulative(200, 0, 300), 1e-12);
        // no pooled errors yet: the series' own calibration
        assertEquals(own, own.withPanel(panel().at(Period.year(2014), 2)));
    }

    /**
     * A panel whose one-step forecasts all fell short by about 10%: 40 errors {@code 0.10 + (i - 19.5) / 1000}
     * with outcomes in 2014 (from 2013) and the same 40 in 2015 (from 2014). At the end of 2014 no earlier
     * forecast could have been moved (nothing was known in 2013): not centred. At the end of 2015 the 2015
     * forecasts, each moved by the median known in 2014 (0.10), would have missed by at most 0.0195 instead
     * of about 0.10: centred, by the median of the 80 errors (0.10), and the bounds stay the errors'
     * quantiles: at 80%, position 0.1 x 79 = 7.9 between the 8th and 9th smallest (0.10 - 0.0165 and
     * 0.10 - 0.0155), so 0.0844 and 0.1156.
     */
    @Test
    void aPanelWhoseForecastsFellShortAlikeMovesThePointToTheMiddleOfItsErrors() {
        List<PanelQuantiles.PooledError> errors = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            errors.add(new PanelQuantiles.PooledError(Period.year(2014), 1, 0.10 + (i - 19.5) / 1000));
            errors.add(new PanelQuantiles.PooledError(Period.year(2015), 1, 0.10 + (i - 19.5) / 1000));
        }
        PanelQuantiles panel = new PanelQuantiles(errors);
        assertFalse(panel.centres(Period.year(2014)));
        assertArrayEquals(new double[] {0}, panel.at(Period.year(2014), 1).shifts());
        assertTrue(panel.centres(Period.year(2015)));
        PanelQuantiles.AtOrigin at = panel.at(Period.year(2015), 1);
        assertEquals(0.10, at.shifts()[0], 1e-12);
        Calibration own = new Calibration(Calibration.Basis.BACKTEST, uk.sufficiency.engine.forecast.method.Transform.LOG,
                new double[] {0.1}, 5, 1, 3, 2, 1);
        Calibration centred = own.withPanel(at);
        assertTrue(centred.centred());
        double point = 200 * centred.pointMultiplier(0);
        assertEquals(200 * Math.exp(0.10), point, 1e-9);
        assertEquals(200 * Math.exp(0.0844), centred.lower(point, 0, 0.8), 1e-9);
        assertEquals(200 * Math.exp(0.1156), centred.upper(point, 0, 0.8), 1e-9);
        assertEquals(0.5, centred.cumulative(point, 0, point * Math.exp(1e-9)), 1e-12, "the point is the median");
    }

    /**
     * A miss that did not last: 40 one-step forecasts short by about 10% with outcomes in 2014, 80 in 2015,
     * then 40 on target in 2016. At the end of 2016 moving each forecast by the median known at its origin
     * would still have lowered the summed error (80 forecasts short by 10% against 40 moved 10% too high),
     * but not for the 2016 outcomes: the panel is centred at the end of 2015, not at the end of 2016.
     */
    @Test
    void aMissThatDidNotHoldEveryYearIsNotCentred() {
        List<PanelQuantiles.PooledError> errors = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            double spread = (i - 19.5) / 1000;
            errors.add(new PanelQuantiles.PooledError(Period.year(2014), 1, 0.10 + spread));
            errors.add(new PanelQuantiles.PooledError(Period.year(2015), 1, 0.10 + spread));
            errors.add(new PanelQuantiles.PooledError(Period.year(2015), 1, 0.10 + spread));
            errors.add(new PanelQuantiles.PooledError(Period.year(2016), 1, spread));
        }
        PanelQuantiles panel = new PanelQuantiles(errors);
        assertTrue(panel.centres(Period.year(2015)));
        assertFalse(panel.centres(Period.year(2016)));
        assertArrayEquals(new double[] {0}, panel.at(Period.year(2016), 1).shifts());
    }

    @Test
    void aPanelWhoseErrorsScatterAboutZeroIsNotCentred() {
        PanelQuantiles panel = panel();
        assertFalse(panel.centres(Period.year(2016)));
        assertFalse(own().withPanel(panel.at(Period.year(2016), 2)).centred());
    }

    private static Calibration own() {
        return new Calibration(Calibration.Basis.BACKTEST, uk.sufficiency.engine.forecast.method.Transform.LOG,
                new double[] {0.1, 0.2}, 5, 1, 3, 2, 1);
    }
}
