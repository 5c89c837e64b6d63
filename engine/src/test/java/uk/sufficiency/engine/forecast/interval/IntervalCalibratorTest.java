package uk.sufficiency.engine.forecast.interval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.forecast.evaluation.OutcomeError;
import uk.sufficiency.engine.forecast.method.Transform;

class IntervalCalibratorTest {

    private static final double LN11 = Math.log(1.1);

    @Test
    void scaleIsTheBacktestCurveShrunkTowardTheOneStepChanges() {
        double[] training = {100, 110, 121, 133.1};
        // origin 3 missed by 10% then 21%, origin 4 by 10%: RMS ln 1.1 at h = 1 and 2 ln 1.1 at h = 2, so b = 1
        List<OutcomeError> errors = List.of(new OutcomeError(3, 1, 110, 100), new OutcomeError(3, 2, 121, 100),
                new OutcomeError(4, 1, 133.1, 121));
        Calibration calibration = IntervalCalibrator.calibrate(errors, training, 3);
        assertEquals(Calibration.Basis.BACKTEST, calibration.basis());
        assertEquals(Transform.LOG, calibration.transform());
        assertEquals(2, calibration.origins());
        assertEquals(1.0, calibration.growth(), 1e-12);
        // curve ln1.1 h and prior ln1.1 sqrt(h), each worth two origins: ln1.1 sqrt((h^2 + h) / 2)
        for (int h = 1; h <= 3; h++) {
            assertEquals(LN11 * Math.sqrt((h * h + h) / 2.0), calibration.scale(h - 1), 1e-12, "h=" + h);
        }
        assertEquals(PooledSpread.forOrigins(2).degreesOfFreedom(), calibration.degreesOfFreedom());
        // the bounds are symmetric on the log scale around the point forecast
        double upper = calibration.upper(1000, 0, 0.95);
        double lower = calibration.lower(1000, 0, 0.95);
        assertEquals(1000 * 1000, upper * lower, 1e-6);
        assertEquals(0.975, calibration.cumulative(1000, 0, upper), 1e-9);
    }

    @Test
    void aSeriesWithAZeroIsCalibratedOnDifferences() {
        Calibration calibration = IntervalCalibrator.calibrate(List.of(), new double[] {0, 3, 6}, 2);
        assertEquals(Transform.IDENTITY, calibration.transform());
        assertEquals(Calibration.Basis.FALLBACK, calibration.basis());
        assertEquals(3, calibration.scale(0), 1e-12);
        assertEquals(3 * Math.sqrt(2), calibration.scale(1), 1e-12);
    }

    @Test
    void logIntervalsStopAtAFactorOfTwentyEitherWay() {
        Calibration wild = new Calibration(Calibration.Basis.BACKTEST, Transform.LOG, new double[] {5}, 2, 1, 3, 1, 1);
        assertEquals(100 * Math.exp(Calibration.MAX_LOG_HALF_WIDTH), wild.upper(100, 0, 0.95), 1e-9);
        assertEquals(100 * Math.exp(-Calibration.MAX_LOG_HALF_WIDTH), wild.lower(100, 0, 0.95), 1e-9);
    }

    @Test
    void theTableTailsNarrowAsOriginsAccumulate() {
        double previous = Double.POSITIVE_INFINITY;
        for (int origins : new int[] {1, 3, 6, 10}) {
            PooledSpread.Entry entry = PooledSpread.forOrigins(origins);
            double q95 = entry.spread() * new org.apache.commons.math3.distribution.TDistribution(entry.degreesOfFreedom())
                    .inverseCumulativeProbability(0.975);
            assertEquals(true, q95 < previous, "origins " + origins);
            previous = q95;
        }
    }
}
