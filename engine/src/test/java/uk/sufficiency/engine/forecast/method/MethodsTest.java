package uk.sufficiency.engine.forecast.method;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class MethodsTest {

    private static final double[] WIGGLY = {1, 3, 2, 5, 4, 6};

    @Test
    void naiveRepeatsTheLastValueWithRandomWalkSpread() {
        ForecastDistribution f = new Naive().fit(new double[] {5, 7, 6}, 1).forecast(2);
        assertArrayEquals(new double[] {6, 6}, f.points(), 1e-12);
        // residuals 2 and -1: sd = sqrt((4 + 1) / 2)
        assertEquals(Math.sqrt(2.5), f.scale(0), 1e-12);
        assertEquals(Math.sqrt(2.5) * Math.sqrt(2), f.scale(1), 1e-12);
    }

    @Test
    void driftOnAStraightLineIsExact() {
        double[] line = {10, 13, 16, 19, 22, 25};
        ForecastDistribution f = new Drift().fit(line, 1).forecast(3);
        assertArrayEquals(new double[] {28, 31, 34}, f.points(), 1e-12);
        assertEquals(0, f.scale(2), 1e-12);
    }

    @Test
    void driftIsTheLineThroughFirstAndLast() {
        ForecastDistribution f = new Drift().fit(WIGGLY, 1).forecast(2);
        assertArrayEquals(new double[] {7, 8}, f.points(), 1e-12); // slope (6 - 1) / 5 = 1
    }

    @Test
    void sesWithAlphaOneIsNaive() {
        double[] y = {12, 15, 11, 18, 14};
        ForecastDistribution ses = Ets.sesWithAlpha(1).fit(y, 1).forecast(4);
        ForecastDistribution naive = new Naive().fit(y, 1).forecast(4);
        assertArrayEquals(naive.points(), ses.points(), 1e-9);
    }

    @Test
    void sesWithFixedAlphaMatchesHandComputedLevel() {
        // alpha 0.5 on 10, 12, 11: the SSE-minimising initial level solves
        // 1.3125 l0 = 14.125, so l0 = 10.7619; the final level is 9.75 + 0.125 l0 = 11.0952.
        Ets.EtsFit fit = Ets.sesWithAlpha(0.5).fit(new double[] {10, 12, 11}, 1);
        assertEquals(11.095238, fit.forecast(1).point(0), 1e-4);
        assertEquals(11.095238, fit.forecast(3).point(2), 1e-4); // flat
    }

    @Test
    void sesVarianceGrowsWithAlphaSquared() {
        Ets.EtsFit fit = Ets.ses().fit(new double[] {20, 22, 19, 25, 24, 23, 27, 26, 24, 28}, 1);
        ForecastDistribution f = fit.forecast(3);
        double a = fit.alpha();
        assertEquals(f.scale(0) * Math.sqrt(1 + 2 * a * a), f.scale(2), 1e-9);
    }

    @Test
    void holtOnAStraightLineIsExact() {
        double[] line = {100, 104, 108, 112, 116, 120, 124, 128};
        ForecastDistribution f = Ets.holt().fit(line, 1).forecast(3);
        assertArrayEquals(new double[] {132, 136, 140}, f.points(), 1e-3);
    }

    @Test
    void holtVarianceUsesAlphaPlusBetaTimesH() {
        Ets.EtsFit fit = Ets.holt().fit(new double[] {20, 23, 24, 29, 30, 34, 33, 39, 41, 42}, 1);
        ForecastDistribution f = fit.forecast(3);
        double c1 = fit.alpha() + fit.beta();
        double c2 = fit.alpha() + 2 * fit.beta();
        assertEquals(f.scale(0) * Math.sqrt(1 + c1 * c1 + c2 * c2), f.scale(2), 1e-9);
    }

    @Test
    void dampedTrendIncrementsShrinkByPhi() {
        Ets.EtsFit fit = Ets.damped().fit(new double[] {20, 23, 24, 29, 30, 34, 33, 39, 41, 42}, 1);
        double[] p = fit.forecast(4).points();
        double phi = fit.phi();
        assertTrue(phi >= Ets.PHI_MIN && phi <= Ets.PHI_MAX);
        assertEquals(phi, (p[2] - p[1]) / (p[1] - p[0]), 1e-9);
        assertEquals(phi, (p[3] - p[2]) / (p[2] - p[1]), 1e-9);
    }

    @Test
    void etsFitBeatsAnyNearbyParameters() {
        double[] y = {20, 22, 19, 25, 24, 23, 27, 26, 24, 28};
        Ets.EtsFit fit = Ets.ses().fit(y, 1);
        double best = sse(y, fit.alpha());
        for (double other : new double[] {fit.alpha() * 0.8, Math.min(0.999, fit.alpha() * 1.2)}) {
            Ets.EtsFit nearby = Ets.sesWithAlpha(other).fit(y, 1);
            assertTrue(sumSquares(nearby.residuals()) >= best - 1e-6, "alpha " + other);
        }
    }

    private static double sse(double[] y, double alpha) {
        return sumSquares(Ets.ses().fit(y, 1).residuals());
    }

    private static double sumSquares(double[] residuals) {
        double sum = 0;
        for (double r : residuals) {
            sum += r * r;
        }
        return sum;
    }

    @Test
    void thetaIsSesWithDriftOfHalfTheTrendSlope() {
        // least-squares slope of 1,3,2,5,4,6 by hand: Sxy = 15.5, Sxx = 17.5
        double halfSlope = 15.5 / 17.5 / 2;
        ForecastDistribution theta = new Theta().fit(WIGGLY, 1).forecast(4);
        Ets.EtsFit ses = Ets.ses().fit(WIGGLY, 1);
        double alpha = ses.alpha();
        double first = ses.level() + halfSlope * (1 - Math.pow(1 - alpha, WIGGLY.length)) / alpha;
        assertEquals(first, theta.point(0), 1e-9);
        for (int h = 1; h < 4; h++) {
            assertEquals(halfSlope, theta.point(h) - theta.point(h - 1), 1e-9);
        }
        assertEquals(ses.forecast(4).scale(3), theta.scale(3), 1e-12);
    }

    @Test
    void linearTrendMatchesHandComputedRegression() {
        // intercept = 3.5 - 0.885714 * 2.5 = 1.285714; at t = 6: 1.285714 + 6 * 0.885714 = 6.6
        ForecastDistribution f = new TrendRegression().fit(WIGGLY, 1).forecast(2);
        assertEquals(6.6, f.point(0), 1e-9);
        assertEquals(6.6 + 15.5 / 17.5, f.point(1), 1e-9);
        assertTrue(f.scale(1) > f.scale(0), "uncertainty grows away from the data");
    }

    @Test
    void logDriftCompoundsAConstantGrowthRate() {
        double[] y = new double[8];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 * Math.pow(1.1, t);
        }
        LogScale method = new LogScale(new Drift());
        assertEquals("log_drift", method.name());
        ForecastDistribution f = method.fit(y, 1).forecast(2);
        assertEquals(Transform.LOG, f.transform());
        assertEquals(100 * Math.pow(1.1, 8), f.point(0), 1e-9);
        assertEquals(100 * Math.pow(1.1, 9), f.point(1), 1e-9);
        assertFalse(method.appliesTo(new double[] {3, 0, 4, 5}, 1), "log needs positive values");
    }

    @Test
    void logAiccCountsTheJacobian() {
        double[] y = {120, 131, 128, 140, 151, 149, 163, 170};
        double onLogs = new Drift().fit(logs(y), 1).aicc();
        double jacobian = 0;
        for (int t = 1; t < y.length; t++) {
            jacobian += Math.log(y[t]);
        }
        assertEquals(onLogs + 2 * jacobian, new LogScale(new Drift()).fit(y, 1).aicc(), 1e-9);
    }

    private static double[] logs(double[] y) {
        double[] logs = new double[y.length];
        for (int t = 0; t < y.length; t++) {
            logs[t] = Math.log(y[t]);
        }
        return logs;
    }

    @Test
    void combinationsTakeTheMeanOrMedianOfMembers() {
        double[] y = {10, 13, 16, 19, 22, 25};
        Combination mean = new Combination("m", Combination.Rule.MEAN, java.util.List.of(new Naive(), new Drift()));
        Combination median = new Combination("d", Combination.Rule.MEDIAN,
                java.util.List.of(new Naive(), new Drift(), new TrendRegression()));
        assertEquals((25 + 28) / 2.0, mean.fit(y, 1).forecast(1).point(0), 1e-9);
        assertEquals(28, median.fit(y, 1).forecast(1).point(0), 1e-9); // naive 25, drift 28, line 28
        assertEquals(2.5, Combination.median(new double[] {4, 1, 3, 2}), 1e-12);
    }

    @Test
    void seasonalNaiveRepeatsTheLastCycle() {
        double[] y = {1, 5, 9, 3, 2, 6, 10, 4};
        ForecastDistribution f = new SeasonalNaive().fit(y, 4).forecast(6);
        assertArrayEquals(new double[] {2, 6, 10, 4, 2, 6}, f.points(), 1e-12);
    }

    @Test
    void seasonalAdjustmentRecoversAPureSeasonalPattern() {
        double[] pattern = {0.8, 1.0, 1.3, 0.9};
        double[] y = new double[16];
        for (int t = 0; t < y.length; t++) {
            y[t] = 100 * pattern[t % 4];
        }
        ForecastDistribution f = new SeasonallyAdjusted(new Naive()).fit(y, 4).forecast(4);
        assertArrayEquals(new double[] {80, 100, 130, 90}, f.points(), 1e-9);
        assertTrue(SeasonalityTest.isSeasonal(y, 4));
        assertFalse(SeasonalityTest.isSeasonal(new double[] {5, 6, 5, 7, 6, 5, 6, 7, 5, 6, 6, 5}, 4));
    }
}
