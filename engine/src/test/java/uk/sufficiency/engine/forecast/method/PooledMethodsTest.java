package uk.sufficiency.engine.forecast.method;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.commons.math3.stat.regression.SimpleRegression;
import org.junit.jupiter.api.Test;

/** The methods behind {@code auto}, pinned against hand-computed values and R's forecast package. */
class PooledMethodsTest {

    private static final double[] LEICESTERSHIRE = {2630, 2688, 2769, 2794, 2772, 2770, 2995, 3350, 3703, 4222, 4751};
    /** 4751 (4751 / 2630)^(h/10) for h = 1, 2, 3, by hand. */
    private static final double GROWTH_1 = 5040.434304;
    private static final double GROWTH_2 = 5347.501152;
    private static final double GROWTH_3 = 5673.274731;

    @Test
    void dynamicThetaFollowsTheStateSpaceRecursionsByHand() {
        // alpha 0.5, theta 2, l0 10 on 10, 12, 13, 15 (worked by hand in the comments)
        double[] y = {10, 12, 13, 15};
        DynamicTheta.Parameters p = new DynamicTheta.Parameters(0.5, 2, 10);
        DynamicTheta.States states = DynamicTheta.run(y, p);
        // mu_1 = 10; mu_2 = 10 + 0.5 (0.5 x 8... A_1 = 10) = 12.5; mu_3 = 11 + 0.5 (0.25 x 8 + 1.75 x 2) = 13.75;
        // mu_4 = 12 + 0.5 (0.125 x 8.6667 + 1.875 x 1.5) = 13.947917
        assertArrayEquals(new double[] {0, -0.5, -0.75, 15 - 13.947916666666666}, states.errors(), 1e-12);
        assertEquals(13.5, states.level(), 1e-12);
        assertEquals(1.6, states.slope(), 1e-12); // the least-squares slope of 10, 12, 13, 15
        assertEquals(8.5, states.intercept(), 1e-12);
        double[] forecast = new DynamicTheta.Fit(y, p, DynamicTheta.sse(y, p)).forecast(2).points();
        // 13.5 + 0.5 (0.0625 x 8.5 + (1 - 0.03125)/0.5 x 1.6) = 15.315625, then + 0.5 x 1.6 a step
        assertArrayEquals(new double[] {15.315625, 16.115625}, forecast, 1e-12);
    }

    @Test
    void dynamicThetaUpdatesTheLeastSquaresLineRecursively() {
        double[] y = {5, 9, 4, 12, 15, 11, 18, 21};
        for (int t = 2; t <= y.length; t++) {
            double[] head = java.util.Arrays.copyOf(y, t);
            SimpleRegression line = new SimpleRegression();
            for (int i = 0; i < t; i++) {
                line.addData(i + 1, head[i]);
            }
            DynamicTheta.States states = DynamicTheta.run(head, new DynamicTheta.Parameters(0.3, 3, 0));
            assertEquals(line.getSlope(), states.slope(), 1e-9, "slope after " + t);
            assertEquals(line.getIntercept(), states.intercept(), 1e-9, "intercept after " + t);
        }
    }

    @Test
    void dynamicThetaWithThetaOneIsSimpleExponentialSmoothing() {
        DynamicTheta.Parameters p = DynamicTheta.withLevel(LEICESTERSHIRE, 0.4, 1);
        double[] forecast = new DynamicTheta.Fit(LEICESTERSHIRE, p, 0).forecast(3).points();
        double level = p.level0();
        for (double value : LEICESTERSHIRE) {
            level = 0.4 * value + 0.6 * level;
        }
        assertArrayEquals(new double[] {level, level, level}, forecast, 1e-9);
    }

    @Test
    void thetaMatchesRThetaf() {
        // R 4.x, forecast 8.20: thetaf(ts(LEICESTERSHIRE, start = 2010), h = 3)$mean
        // = 4845.856581 4940.756581 5035.656581 (SES alpha at its upper bound, drift b/2 = 94.9 a year)
        double[] ours = new Theta().fit(LEICESTERSHIRE, 1).forecast(3).points();
        assertArrayEquals(new double[] {4845.856581, 4940.756581, 5035.656581}, ours, 0.5);
    }

    @Test
    void driftMatchesRRwf() {
        // R: rwf(ts(LEICESTERSHIRE), drift = TRUE, h = 2)$mean = 4963.1 5175.2
        assertArrayEquals(new double[] {4963.1, 5175.2}, new Drift().fit(LEICESTERSHIRE, 1).forecast(2).points(), 1e-9);
    }

    @Test
    void shrunkDriftKeepsAClearTrendAndDropsNoise() {
        // changes 10, 8, 12: mean 10, sd 2, t^2 = 100 / (4/3) = 75, drift 10 (1 - 1/75) = 9.8667, damped by 0.9
        double[] trend = new ShrunkDrift().fit(new double[] {100, 110, 118, 130}, 1).forecast(2).points();
        assertArrayEquals(new double[] {130 + 9.866666666666667 * 0.9, 130 + 9.866666666666667 * 1.71}, trend, 1e-9);
        // changes 3, -4, 3: t^2 = 0.08 < 1, so no drift at all
        double[] noise = new ShrunkDrift().fit(new double[] {100, 103, 99, 102}, 1).forecast(2).points();
        assertArrayEquals(new double[] {102, 102}, noise, 1e-12);
    }

    @Test
    void autoIsTheMeanOfItsMembers() {
        FitCache cache = new FitCache(LEICESTERSHIRE, 1);
        double[] auto = cache.fit(new PooledAuto()).forecast(4).points();
        List<ForecastMethod> members = PooledAuto.members(LEICESTERSHIRE, 1);
        assertEquals(List.of("dotm", "log_damped", "log_shrunk_drift", "log_drift"),
                members.stream().map(ForecastMethod::name).toList());
        for (int h = 0; h < 4; h++) {
            double sum = 0;
            for (ForecastMethod member : members) {
                sum += member.fit(LEICESTERSHIRE, 1).forecast(4).point(h);
            }
            assertEquals(sum / 4, auto[h], 1e-9);
        }
        // four points: the damped trend needs five, so three members; a zero swaps in the data-scale ones
        assertEquals(List.of("dotm", "log_shrunk_drift", "log_drift"),
                PooledAuto.members(new double[] {5, 6, 7, 8}, 1).stream().map(ForecastMethod::name).toList());
        assertEquals(List.of("dotm", "damped", "shrunk_drift", "drift"),
                PooledAuto.members(new double[] {0, 6, 7, 8, 9}, 1).stream().map(ForecastMethod::name).toList());
        // the undamped member is for yearly series only: on M3 quarterly it raised MASE and MSIS (decision 0075)
        assertEquals(List.of("dotm", "log_damped", "log_shrunk_drift"),
                PooledAuto.members(LEICESTERSHIRE, 4).stream().map(ForecastMethod::name).toList());
    }

    @Test
    void theUndampedMemberCompoundsTheMeanGrowthRate() {
        // ln(4751 / 2630) / 10 = 0.0591..., a growth of 6.09% a year, kept for every step
        double[] logDrift = PooledAuto.members(LEICESTERSHIRE, 1).get(3).fit(LEICESTERSHIRE, 1).forecast(3).points();
        assertArrayEquals(new double[] {GROWTH_1, GROWTH_2, GROWTH_3}, logDrift, 1e-6);
    }

    @Test
    void etsChoosesByAiccAmongDataAndLogModels() {
        FitCache cache = new FitCache(LEICESTERSHIRE, 1);
        FittedModel chosen = new AutoEts().fit(LEICESTERSHIRE, 1, cache);
        double best = Double.POSITIVE_INFINITY;
        for (ForecastMethod candidate : AutoEts.pool(LEICESTERSHIRE, 1)) {
            best = Math.min(best, cache.fit(candidate).aicc());
        }
        assertEquals(best, chosen.aicc(), 0);
        // R's ets() picks a trend model, ETS(A,A,N), for this series; so does ours
        assertTrue(chosen.forecast(2).point(1) > chosen.forecast(2).point(0) + 100);
    }
}
