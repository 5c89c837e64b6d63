package uk.sufficiency.engine.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.forecast.benchmark.HoldoutBenchmark;
import uk.sufficiency.engine.forecast.benchmark.SyntheticSeries;
import uk.sufficiency.engine.forecast.interval.Calibration;
import uk.sufficiency.engine.forecast.selection.CandidateScore;
import uk.sufficiency.engine.forecast.selection.SelectionBasis;
import uk.sufficiency.engine.forecast.series.Period;
import uk.sufficiency.engine.forecast.series.TimeSeries;

class ForecasterTest {

    /** Leicestershire EHCPs, January 2010-2020 (DfE SEN2, public). */
    static final TimeSeries LEICESTERSHIRE = TimeSeries.starting("ehcp", Period.ofDate(
            uk.sufficiency.engine.forecast.series.Frequency.YEARLY, java.time.LocalDate.of(2010, 1, 31)),
            2630, 2688, 2769, 2794, 2772, 2770, 2995, 3350, 3703, 4222, 4751);

    private final Forecaster forecaster = new Forecaster();

    @Test
    void leicestershireEhcpsForecastTo2026ByBacktestWithNestedIntervals() {
        ForecastResult result = forecaster.forecast(LEICESTERSHIRE, ForecastSpec.auto(6));
        assertEquals(SelectionBasis.BACKTEST, result.basis());
        assertEquals(Calibration.Basis.BACKTEST, result.calibration().basis());
        assertEquals("2026-01-31", result.points().get(5).period().label());
        CandidateScore chosen = result.chosen();
        for (CandidateScore candidate : result.candidates()) {
            assertTrue(chosen.score() <= candidate.score() || !Double.isFinite(candidate.score()), candidate.method());
            assertEquals(6, candidate.origins());
            assertTrue(candidate.mase() > 0 && candidate.smape() > 0 && candidate.mape() > 0);
        }
        // a series that grew 71% in six years: every trend-aware candidate beat naive
        assertTrue(chosen.score() < 0.9, "score " + chosen.score());
        double previous = 4751;
        for (ForecastPoint point : result.points()) {
            assertTrue(point.lower(1) <= point.lower(0) && point.lower(0) <= point.mean()
                    && point.mean() <= point.upper(0) && point.upper(0) <= point.upper(1), point.toString());
            assertTrue(point.mean() > previous, "the growth continues in the point forecast");
            previous = point.mean();
        }
        ForecastPoint last = result.points().get(5);
        assertTrue(last.mean() > 7000 && last.mean() < 12000, "2026: " + last.mean());
        assertTrue(last.upper(1) - last.lower(1) > last.upper(0) - last.lower(0));
    }

    @Test
    void sameInputGivesTheSameForecast() {
        ForecastResult a = forecaster.forecast(LEICESTERSHIRE, ForecastSpec.auto(6));
        ForecastResult b = forecaster.forecast(LEICESTERSHIRE, ForecastSpec.auto(6));
        for (int i = 0; i < 6; i++) {
            assertEquals(a.points().get(i).mean(), b.points().get(i).mean(), 0);
            assertEquals(a.points().get(i).upper(1), b.points().get(i).upper(1), 0);
        }
    }

    @Test
    void shortSeriesAreChosenByInformationCriterion() {
        TimeSeries shortSeries = TimeSeries.yearly("cla", 2014, 456, 471, 469, 510, 554);
        ForecastResult result = forecaster.forecast(shortSeries, ForecastSpec.auto(3));
        assertEquals(SelectionBasis.INFORMATION_CRITERION, result.basis());
        assertEquals(Calibration.Basis.PARAMETRIC, result.calibration().basis());
        assertTrue(Double.isFinite(result.chosen().aicc()));
    }

    @Test
    void aNamedMethodIsUsedAndStillCalibratedByBacktest() {
        ForecastResult result = forecaster.forecast(LEICESTERSHIRE, ForecastSpec.auto(3).withMethod("drift"));
        assertEquals("drift", result.method());
        assertEquals(SelectionBasis.FIXED, result.basis());
        assertEquals(Calibration.Basis.BACKTEST, result.calibration().basis());
        // drift: 4751 + h (4751 - 2630) / 10
        assertEquals(4751 + 212.1, result.points().get(0).mean(), 1e-9);
    }

    @Test
    void probabilityOfMeetingMatchesTheIntervals() {
        ForecastResult result = forecaster.forecast(LEICESTERSHIRE, ForecastSpec.auto(3));
        ForecastPoint point = result.points().get(2);
        assertEquals(0.975, result.probabilityAtMost(3, point.upper(1)), 1e-6);
        assertEquals(0.10, result.probabilityAtMost(3, point.lower(0)), 1e-6);
        assertEquals(0.5, result.probabilityAtMost(3, point.mean()), 1e-6);
    }

    @Test
    void seasonalMonthlySeriesGetsASeasonalMethod() {
        double[] pattern = {0.8, 0.9, 1.0, 1.1, 1.3, 1.2, 1.0, 0.9, 0.95, 1.05, 0.9, 0.9};
        double[] y = new double[60];
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int t = 0; t < y.length; t++) {
            y[t] = (200 + 2 * t) * pattern[t % 12] * (1 + 0.02 * (random.nextDouble() - 0.5));
        }
        TimeSeries monthly = TimeSeries.starting("m", Period.month(2015, 1), y);
        ForecastResult result = forecaster.forecast(monthly, ForecastSpec.auto(12));
        assertTrue(result.candidates().stream().anyMatch(c -> c.method().startsWith("seasonal_")));
        assertTrue(result.method().startsWith("seasonal_") || result.method().equals("snaive"), result.method());
        assertEquals("2020-01", result.points().get(0).period().label());
    }

    @Test
    void intervalsCoverHeldOutValuesOnSyntheticSeries() {
        List<TimeSeries> series = SyntheticSeries.generate(60, 11);
        HoldoutBenchmark.Outcome outcome = new HoldoutBenchmark(4).run(series);
        HoldoutBenchmark.Summary auto = HoldoutBenchmark.summarise(outcome.scores()).get(0);
        assertEquals("auto", auto.method());
        assertTrue(auto.coverage95() >= 0.85, "95% coverage " + auto.coverage95());
        assertTrue(auto.coverage80() >= 0.65, "80% coverage " + auto.coverage80());
    }
}
