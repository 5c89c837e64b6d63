package uk.sufficiency.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.engine.forecast.ForecastPoint;
import uk.sufficiency.engine.forecast.ForecastResult;
import uk.sufficiency.engine.forecast.ForecastSpec;
import uk.sufficiency.engine.forecast.interval.Calibration;
import uk.sufficiency.engine.forecast.evaluation.MethodScore;
import uk.sufficiency.engine.forecast.evaluation.TrackRecord;
import uk.sufficiency.engine.forecast.targets.TargetAssessment;

/**
 * The tables every forecast output is made of, shared by {@code forecast} (which writes them as
 * CSV files) and the {@code run} step (which puts them in the report): one set of interval column
 * names, {@code mean, median, lower_80, upper_80, lower_95, upper_95}.
 */
public final class ForecastTables {

    private ForecastTables() {
    }

    /** {@code lower_80, upper_80, lower_95, upper_95} for levels 80 and 95. */
    public static List<String> intervalColumns(List<Double> levels) {
        List<String> columns = new ArrayList<>();
        for (double level : levels) {
            columns.add("lower_" + ForecastSpec.levelLabel(level));
            columns.add("upper_" + ForecastSpec.levelLabel(level));
        }
        return columns;
    }

    /** The forecast per series and period, with the rate and population for a population-driven one. */
    public static Table forecasts(String name, List<ForecastRun.SeriesForecast> forecasts) {
        boolean withPopulation = forecasts.stream().anyMatch(f -> f.rate() != null);
        List<Double> levels = forecasts.get(0).result().levels();
        List<String> columns = new ArrayList<>(List.of("series_id", "period", "step", "method", "mean", "median"));
        columns.addAll(intervalColumns(levels));
        columns.add("interval_basis");
        if (withPopulation) {
            columns.addAll(List.of("population", "rate_per_10000"));
        }
        List<List<Object>> rows = new ArrayList<>();
        for (ForecastRun.SeriesForecast forecast : forecasts) {
            ForecastResult result = forecast.result();
            for (ForecastPoint point : result.points()) {
                List<Object> row = new ArrayList<>(List.of(result.series().id(), point.period().label(), point.step(),
                        result.method()));
                row.add(round(point.mean(), 2));
                row.add(round(point.median(), 2));
                for (int l = 0; l < levels.size(); l++) {
                    row.add(round(point.lower(l), 2));
                    row.add(round(point.upper(l), 2));
                }
                row.add(basis(result.calibration()));
                if (withPopulation) {
                    row.add(forecast.rate() == null ? null : round(forecast.rate().futurePopulation()[point.step() - 1], 0));
                    row.add(forecast.rate() == null ? null : round(forecast.rate().rates().points().get(point.step() - 1).mean(), 3));
                }
                rows.add(row);
            }
        }
        return new Table(name, "Forecast with calibrated intervals", columns, rows, 2);
    }

    /** The {@code interval_basis} word: backtest, fallback, panel, or panel_centred when the panel moved the point. */
    private static String basis(Calibration calibration) {
        return calibration.basis().name().toLowerCase(Locale.ROOT) + (calibration.centred() ? "_centred" : "");
    }

    /** Backtest of the method used, its members and the naive yardstick on each series. */
    public static Table methods(String name, List<ForecastResult> results) {
        Table.Builder table = Table.builder(name, "Methods on this series' own rolling-origin backtest", "series_id",
                "method", "role", "mase", "smape_percent", "mape_percent", "backtest_origins").keys(2);
        for (ForecastResult result : results) {
            for (MethodScore score : result.scores()) {
                table.row(result.series().id(), score.method(), score.role(), round(score.mase(), 4), round(score.smape(), 3),
                        round(score.mape(), 3), score.origins());
            }
        }
        return table.build();
    }

    /** Every past forecast made the same way from an earlier origin, with its outcome. */
    public static Table trackRecord(String name, List<ForecastResult> results) {
        List<Double> levels = results.get(0).levels();
        List<String> columns = new ArrayList<>(List.of("series_id", "origin", "period", "step", "forecast"));
        columns.addAll(intervalColumns(levels));
        columns.addAll(List.of("actual", "error_percent", "held_95"));
        List<List<Object>> rows = new ArrayList<>();
        for (ForecastResult result : results) {
            TrackRecord record = result.trackRecord();
            int level95 = record.levelIndex(95);
            for (TrackRecord.PastForecast past : record.forecasts()) {
                List<Object> row = new ArrayList<>(List.of(result.series().id(), past.origin().label(), past.period().label(),
                        past.step()));
                row.add(round(past.forecast(), 2));
                for (int l = 0; l < levels.size(); l++) {
                    row.add(round(past.lower(l), 2));
                    row.add(round(past.upper(l), 2));
                }
                row.add(round(past.actual(), 2));
                row.add(past.actual() == 0 ? null : round(100 * (past.forecast() - past.actual()) / past.actual(), 2));
                row.add(past.held(level95) ? "yes" : "no");
                rows.add(row);
            }
        }
        return new Table(name, "Track record: forecasts made from earlier origins", columns, rows, 3);
    }

    /** Each target held against the forecast. */
    public static Table targets(String name, List<TargetAssessment> assessments) {
        Table.Builder table = Table.builder(name, "Forecast against targets", "series_id", "target", "by", "direction",
                "target_value", "amber_tolerance", "forecast_period", "projected", "gap", "probability_met_percent", "status",
                "first_crossing").keys(3);
        for (TargetAssessment a : assessments) {
            table.row(a.target().series(), a.target().label(), a.target().by(), a.target().direction().word(),
                    a.target().value(), a.target().amberTolerance(), a.period().label(), round(a.projected(), 2),
                    round(a.gap(), 2), round(100 * a.probabilityMet(), 1), a.status().name().toLowerCase(Locale.ROOT),
                    a.firstCrossing() == null ? null : a.firstCrossing().label());
        }
        return table.build();
    }

    static Double round(double value, int decimals) {
        if (!Double.isFinite(value)) {
            return null;
        }
        double factor = Math.pow(10, decimals);
        return Math.round(value * factor) / factor;
    }
}
