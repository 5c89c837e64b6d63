package uk.sufficiency.engine.forecast.benchmark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.forecast.evaluation.CalibratedForecast;
import uk.sufficiency.engine.forecast.interval.Calibration;
import uk.sufficiency.engine.forecast.method.MethodCatalogue;
import uk.sufficiency.engine.forecast.method.Transform;
import uk.sufficiency.engine.forecast.series.Period;
import uk.sufficiency.engine.forecast.series.TimeSeries;
import uk.sufficiency.engine.forecast.series.YearlyTotals;

class PanelBenchmarkTest {

    private static final TimeSeries YEARS = TimeSeries.yearly("a", 2010, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19);

    @Test
    void originsAreChosenByHoldoutLatestOrPeriod() {
        assertEquals(List.of(7), OriginChoice.HOLDOUT.origins(YEARS, 3));
        assertEquals(List.of(8, 9), OriginChoice.parse("last:2").origins(YEARS, 3));
        // origins whose last observed year is 2013-2015: training lengths 4, 5 and 6
        assertEquals(List.of(4, 5, 6), OriginChoice.parse("2013-2015").origins(YEARS, 3));
        assertEquals(Set.of("2013", "2016"), OriginChoice.parse("2013,2016").labels());
        assertThrows(IllegalArgumentException.class, () -> OriginChoice.parse("last:0"));
        assertThrows(IllegalArgumentException.class, () -> OriginChoice.parse(" , "));
    }

    @Test
    void panelCalibrationCentresTheIntervalWhereThePanelsErrorsFell() {
        // 40 series growing 10% a year: every naive forecast h steps ahead is low by a factor 1.1^h, so the
        // pooled errors at each step are all h ln 1.1 and the panel interval is the outcome itself
        List<TimeSeries> panel = fortySeries(t -> Math.pow(1.1, t));
        List<uk.sufficiency.engine.forecast.method.ForecastMethod> naive = List.of(MethodCatalogue.byName("naive").orElseThrow());
        PanelBenchmark.Outcome pooled = new PanelBenchmark(1, OriginChoice.parse("last:1"), naive,
                PanelBenchmark.Calibration.PANEL).run(panel);
        MethodSummary summary = PanelBenchmark.summarise(pooled.forecasts()).get(0);
        assertEquals(40, summary.forecasts());
        assertEquals(0, summary.width95(), 1e-9);
        assertEquals(0, summary.msis(), 1e-6);
        // each series' own calibration centres on the naive forecast and misses the growth
        PanelBenchmark.Outcome own = new PanelBenchmark(1, OriginChoice.parse("last:1"), naive).run(panel);
        assertTrue(PanelBenchmark.summarise(own.forecasts()).get(0).width95() > 0.01);
    }

    @Test
    void byDefaultOnlyAPanelWhoseForecastsFellShortAlikeIsPooled() {
        // 40 series sharing 2010-2019 whose growth accelerates alike: auto (damping trends) fell short every
        // year, so AUTO scores naive as PANEL does; 29 of them are too few to be a panel by default
        List<TimeSeries> panel = fortySeries(t -> Math.exp(0.01 * t * t));
        List<uk.sufficiency.engine.forecast.method.ForecastMethod> naive = List.of(MethodCatalogue.byName("naive").orElseThrow());
        OriginChoice last = OriginChoice.parse("last:1");
        double pooled = msis(new PanelBenchmark(1, last, naive, PanelBenchmark.Calibration.PANEL).run(panel));
        double own = msis(new PanelBenchmark(1, last, naive, PanelBenchmark.Calibration.SERIES).run(panel));
        assertTrue(Math.abs(pooled - own) > 1e-6, "the two calibrations differ here");
        assertEquals(pooled, msis(new PanelBenchmark(1, last, naive, PanelBenchmark.Calibration.AUTO).run(panel)), 1e-12);
        List<TimeSeries> few = panel.subList(0, 29);
        assertEquals(msis(new PanelBenchmark(1, last, naive, PanelBenchmark.Calibration.SERIES).run(few)),
                msis(new PanelBenchmark(1, last, naive, PanelBenchmark.Calibration.AUTO).run(few)), 1e-12);
    }

    /** 40 yearly series 2010-2019, series {@code s} worth {@code (100 + s) x growth(t)} in year {@code 2010 + t}. */
    private static List<TimeSeries> fortySeries(java.util.function.IntToDoubleFunction growth) {
        List<TimeSeries> panel = new java.util.ArrayList<>();
        for (int s = 0; s < 40; s++) {
            double[] values = new double[10];
            for (int t = 0; t < 10; t++) {
                values[t] = (100 + s) * growth.applyAsDouble(t);
            }
            panel.add(TimeSeries.yearly("s" + s, 2010, values));
        }
        return panel;
    }

    private static double msis(PanelBenchmark.Outcome outcome) {
        return PanelBenchmark.summarise(outcome.forecasts()).get(0).msis();
    }

    @Test
    void intervalScoreAndCoverageByHand() {
        // point 100, 80% interval 90-110, 95% interval 80-120; the actual 70 falls 10 below the 95% bound
        CalibratedForecast forecast = new CalibratedForecast(new double[] {100}, new double[][] {{90}, {80}},
                new double[][] {{110}, {120}}, new Calibration(Calibration.Basis.BACKTEST, Transform.IDENTITY,
                        new double[] {1}, 5, 1, 1, 1, 1));
        ForecastScore score = ForecastScore.of("m", "a", "2019", 1, 70, forecast, 5);
        // MSIS: (width 40 + 2/0.05 x 10) / scale 5 = 88
        assertEquals(88, score.intervalScore(), 1e-12);
        assertEquals(6, score.ase(), 1e-12);
        assertEquals(100 * 30 / 70.0, score.ape(), 1e-12);
        assertFalse(score.in80() || score.in95());
        assertEquals(0.4, score.width95(), 1e-12);
    }

    @Test
    void benchmarksEveryMethodAtEveryChosenOrigin() {
        PanelBenchmark benchmark = new PanelBenchmark(3, OriginChoice.parse("last:3"),
                List.of(MethodCatalogue.byName("naive").orElseThrow(), MethodCatalogue.byName("drift").orElseThrow()));
        PanelBenchmark.Outcome outcome = benchmark.run(List.of(YEARS, TimeSeries.yearly("short", 2010, 1, 2)));
        assertEquals(List.of("short"), outcome.skipped());
        // origins 7, 8, 9 forecast 3, 2 and 1 known years: 6 forecasts a method
        List<MethodSummary> summaries = PanelBenchmark.summarise(outcome.forecasts());
        MethodSummary drift = summaries.stream().filter(s -> s.method().equals("drift") && s.step() == 0).findFirst().orElseThrow();
        assertEquals(6, drift.forecasts());
        assertEquals(0, drift.mase(), 1e-9); // a straight line, forecast exactly
        MethodSummary naiveStep2 = summaries.stream().filter(s -> s.method().equals("naive") && s.step() == 2).findFirst()
                .orElseThrow();
        assertEquals(2, naiveStep2.mase(), 1e-9); // two steps behind a line rising one a year, scale 1
        assertEquals(3 * 2, outcome.scores().size());
    }

    @Test
    void quartersSumToCompleteYears() {
        TimeSeries quarterly = TimeSeries.starting("q", Period.quarter(2010, 3), 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11);
        TimeSeries yearly = YearlyTotals.of(quarterly, 2);
        assertEquals("2011", yearly.periods().get(0).label());
        assertEquals(2, yearly.length()); // 2011: 3+4+5+6, 2012: 7+8+9+10; 2010 and 2013 are partial
        assertEquals(18, yearly.values()[0], 0);
        assertEquals(34, yearly.values()[1], 0);
        assertTrue(YearlyTotals.of(quarterly, 3) == null);
    }
}
