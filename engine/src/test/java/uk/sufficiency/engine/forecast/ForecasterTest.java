package uk.sufficiency.engine.forecast;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.forecast.benchmark.MethodSummary;
import uk.sufficiency.engine.forecast.benchmark.OriginChoice;
import uk.sufficiency.engine.forecast.benchmark.PanelBenchmark;
import uk.sufficiency.engine.forecast.benchmark.SyntheticSeries;
import uk.sufficiency.engine.forecast.evaluation.TrackRecord;
import uk.sufficiency.engine.forecast.interval.Calibration;
import uk.sufficiency.engine.forecast.method.MethodCatalogue;
import uk.sufficiency.engine.forecast.series.Period;
import uk.sufficiency.engine.forecast.series.TimeSeries;

class ForecasterTest {

    /** Leicestershire EHCPs, January 2010-2020 (DfE SEN2, public). */
    static final TimeSeries LEICESTERSHIRE = TimeSeries.starting("ehcp", Period.ofDate(
            uk.sufficiency.engine.forecast.series.Frequency.YEARLY, java.time.LocalDate.of(2010, 1, 31)),
            2630, 2688, 2769, 2794, 2772, 2770, 2995, 3350, 3703, 4222, 4751);

    private final Forecaster forecaster = new Forecaster();

    @Test
    void leicestershireEhcpsForecastTo2026WithNestedCalibratedIntervals() {
        ForecastResult result = forecaster.forecast(LEICESTERSHIRE, ForecastSpec.auto(6));
        assertEquals("auto", result.method());
        assertEquals("mean of dotm, log_damped, log_shrunk_drift and log_drift", result.description());
        assertEquals(Calibration.Basis.BACKTEST, result.calibration().basis());
        assertEquals(8, result.calibration().origins()); // origins of 3..10 values, each with a known outcome
        assertEquals("2026-01-31", result.points().get(5).period().label());
        assertEquals(List.of("auto", "dotm", "log_damped", "log_shrunk_drift", "log_drift", "naive"),
                result.scores().stream().map(s -> s.method()).toList());
        double previous = 4751;
        for (ForecastPoint point : result.points()) {
            assertTrue(point.lower(1) <= point.lower(0) && point.lower(0) <= point.mean()
                    && point.mean() <= point.upper(0) && point.upper(0) <= point.upper(1), point.toString());
            assertTrue(point.mean() > previous, "the growth continues in the point forecast");
            previous = point.mean();
        }
        ForecastPoint last = result.points().get(5);
        assertTrue(last.mean() > 6000 && last.mean() < 9000, "2026: " + last.mean());
    }

    @Test
    void trackRecordIsWhatTheSameForecastMadeFromEarlierYearsSaid() {
        ForecastResult result = forecaster.forecast(LEICESTERSHIRE, ForecastSpec.auto(3));
        TrackRecord record = result.trackRecord();
        // origins of 3..10 values, each forecasting up to 3 known years: 3 x 6 + 2 + 1
        assertEquals(21, record.count());
        for (int origin = 5; origin <= 10; origin++) {
            ForecastResult then = forecaster.forecast(LEICESTERSHIRE.head(origin), ForecastSpec.auto(3));
            TrackRecord.PastForecast past = pastAt(record, LEICESTERSHIRE.periods().get(origin - 1), 1);
            assertEquals(then.points().get(0).mean(), past.forecast(), 1e-9);
            assertEquals(then.points().get(0).upper(1), past.upper(1), 1e-9);
            assertEquals(LEICESTERSHIRE.values()[origin], past.actual(), 0);
        }
        String sentence = record.sentence("years");
        assertTrue(sentence.matches("Made from earlier years, forecasts like this missed by \\d+\\.\\d% on average and their"
                + " 95% intervals held the outcome \\d+ times in 21\\."), sentence);
    }

    private static TrackRecord.PastForecast pastAt(TrackRecord record, Period origin, int step) {
        return record.forecasts().stream().filter(f -> f.origin().equals(origin) && f.step() == step).findFirst().orElseThrow();
    }

    @Test
    void sameInputGivesTheSameForecast() {
        ForecastResult a = forecaster.forecast(LEICESTERSHIRE, ForecastSpec.auto(6));
        ForecastResult b = forecaster.forecast(LEICESTERSHIRE, ForecastSpec.auto(6));
        assertEquals(a.points(), b.points());
    }

    @Test
    void aSeriesTooShortToBacktestFallsBackToItsOneStepChanges() {
        ForecastResult result = forecaster.forecast(TimeSeries.yearly("cla", 2017, 100, 110, 121), ForecastSpec.auto(2));
        assertEquals(Calibration.Basis.FALLBACK, result.calibration().basis());
        assertEquals(Math.log(1.1), result.calibration().scale(0), 1e-12);
        assertEquals(Math.log(1.1) * Math.sqrt(2), result.calibration().scale(1), 1e-12);
        assertEquals(0, result.trackRecord().count());
        assertTrue(result.trackRecord().sentence("years").startsWith("Too short for a track record"));
    }

    @Test
    void aNamedMethodIsUsedAndCalibratedOnItsOwnBacktest() {
        ForecastResult result = forecaster.forecast(LEICESTERSHIRE, ForecastSpec.auto(3).withMethod("drift"));
        assertEquals("drift", result.method());
        assertEquals(Calibration.Basis.BACKTEST, result.calibration().basis());
        // drift: 4751 + h (4751 - 2630) / 10
        assertEquals(4751 + 212.1, result.points().get(0).mean(), 1e-9);
        assertEquals(List.of("drift", "naive"), result.scores().stream().map(s -> s.method()).toList());
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
    void seasonalMonthlySeriesIsSeasonallyAdjustedByAuto() {
        double[] pattern = {0.8, 0.9, 1.0, 1.1, 1.3, 1.2, 1.0, 0.9, 0.95, 1.05, 0.9, 0.9};
        double[] y = new double[60];
        java.util.SplittableRandom random = new java.util.SplittableRandom(3);
        for (int t = 0; t < y.length; t++) {
            y[t] = (200 + 2 * t) * pattern[t % 12] * (1 + 0.02 * (random.nextDouble() - 0.5));
        }
        TimeSeries monthly = TimeSeries.starting("m", Period.month(2015, 1), y);
        ForecastResult result = forecaster.forecast(monthly, ForecastSpec.auto(12));
        assertTrue(result.description().endsWith("on the seasonally adjusted series"), result.description());
        assertEquals("2020-01", result.points().get(0).period().label());
        assertTrue(result.points().get(4).mean() > 1.3 * result.points().get(0).mean(), "May peaks above January");
    }

    @Test
    void intervalsCoverHeldOutValuesOnSyntheticSeries() {
        List<TimeSeries> series = SyntheticSeries.generate(60, 11);
        PanelBenchmark benchmark = new PanelBenchmark(4, OriginChoice.HOLDOUT,
                List.of(MethodCatalogue.byName("auto").orElseThrow()));
        MethodSummary auto = PanelBenchmark.summarise(benchmark.run(series).forecasts()).get(0);
        assertEquals("auto", auto.method());
        assertEquals(240, auto.forecasts());
        assertTrue(auto.coverage95() >= 0.85, "95% coverage " + auto.coverage95());
        assertTrue(auto.coverage80() >= 0.65, "80% coverage " + auto.coverage80());
    }
}
