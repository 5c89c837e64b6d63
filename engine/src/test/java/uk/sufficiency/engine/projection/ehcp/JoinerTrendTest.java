package uk.sufficiency.engine.projection.ehcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.random.Well19937c;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.projection.ehcp.backtest.HindcastRow;
import uk.sufficiency.engine.projection.ehcp.backtest.TrackRecord;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings.JoinerTrend;
import uk.sufficiency.engine.projection.ehcp.fit.JoinerTrendPosterior;
import uk.sufficiency.model.uncertainty.Interval;

/** The joiner trend's point paths against hand-computed values, its draws, and the track record. */
class JoinerTrendTest {

    private static final double[] YEARS = {2016, 2017, 2018};

    private static JoinerTrendPosterior trend(JoinerTrend form, double[] values, double maxGrowth) {
        return new JoinerTrendPosterior(form, YEARS, values, 1.0, 0.1, 4, 0.5, maxGrowth, 0.0);
    }

    @Test
    void linearAndDampedPathsMatchHandComputedValues() {
        // rates 1, 2, 3: slope 1, level 3 at 2018
        double[] linear = trend(JoinerTrend.LINEAR, new double[] {1, 2, 3}, 1.0).pointPath(2);
        assertEquals(3, linear[0], 1e-12);
        assertEquals(4, linear[1], 1e-12);
        assertEquals(5, linear[2], 1e-12);
        // damped with phi 0.5: 3 + 0.5 = 3.5, then + 0.25 = 3.75
        double[] damped = trend(JoinerTrend.DAMPED, new double[] {1, 2, 3}, 1.0).pointPath(2);
        assertEquals(3.5, damped[1], 1e-12);
        assertEquals(3.75, damped[2], 1e-12);
        // constant: the mean of the last three years
        assertEquals(2, trend(JoinerTrend.CONSTANT, new double[] {1, 2, 3}, 1.0).pointPath(1)[1], 1e-12);
    }

    @Test
    void logLinearGrowthIsBoundedByTheCap() {
        double[] logs = {Math.log(1), Math.log(1.5), Math.log(2.25)};
        double[] free = trend(JoinerTrend.LOG_LINEAR, logs, 1.0).pointPath(1);
        assertEquals(2.25 * 1.5, free[1], 1e-9);
        double[] capped = trend(JoinerTrend.LOG_LINEAR, logs, 0.15).pointPath(2);
        assertEquals(2.25 * 1.15, capped[1], 1e-9);
        assertEquals(2.25 * 1.15 * 1.15, capped[2], 1e-9);
    }

    @Test
    void drawsSpreadAroundThePointPath() {
        JoinerTrendPosterior posterior = new JoinerTrendPosterior(JoinerTrend.LOG_LINEAR, YEARS,
                new double[] {Math.log(1), Math.log(1.1), Math.log(1.21)}, 1.0, 0.1, 4, 0.8, 0.5, 0.05);
        Well19937c rng = new Well19937c(5);
        double[] atThree = new double[2000];
        for (int k = 0; k < atThree.length; k++) {
            atThree[k] = posterior.draw(rng, 3)[3];
        }
        Interval interval = Interval.of(atThree);
        double point = posterior.pointPath(3)[3];
        assertEquals(point, interval.median(), point * 0.03);
        assertTrue(interval.lower95() < point * 0.85 && interval.upper95() > point * 1.15, interval.toString());
    }

    @Test
    void trackRecordCountsTotalsOnly() {
        Interval narrow = new Interval(100, 100, 95, 105, 90, 110);
        List<HindcastRow> rows = List.of(
                new HindcastRow(2016, 2017, "ALL", 100, narrow, 0, 0),
                new HindcastRow(2016, 2018, "ALL", 125, narrow, -25, -20),
                new HindcastRow(2016, 2018, "MSA", 10, narrow, 90, 900));
        TrackRecord record = TrackRecord.of(rows, 0);
        assertEquals(2, record.projections());
        assertEquals(10, record.meanAbsolutePercentError(), 1e-12);
        assertEquals(1, record.within95());
        assertEquals("Made from earlier years, projections like this missed by 10.0% on average and their 95% "
                + "intervals held the outcome 1 time in 2.", record.sentence());
        assertEquals(1, TrackRecord.of(rows, 2).projections());
    }
}
