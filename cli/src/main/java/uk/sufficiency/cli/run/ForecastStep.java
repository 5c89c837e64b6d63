package uk.sufficiency.cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.ChartSpec.Role;
import uk.sufficiency.cli.report.ChartSpec.Series;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.engine.forecast.ForecastPoint;
import uk.sufficiency.engine.forecast.ForecastResult;
import uk.sufficiency.engine.forecast.ForecastSpec;
import uk.sufficiency.engine.forecast.Forecaster;
import uk.sufficiency.engine.forecast.selection.CandidateScore;
import uk.sufficiency.engine.forecast.series.Period;
import uk.sufficiency.engine.forecast.series.SeriesReader;
import uk.sufficiency.engine.forecast.series.TimeSeries;
import uk.sufficiency.engine.forecast.targets.TargetAssessment;
import uk.sufficiency.engine.forecast.targets.TargetAssessor;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.SeriesRef;
import uk.sufficiency.model.scenario.Target;

/**
 * Each series of the scenario ({@code series} key) forecast by the method that backtests best,
 * with calibrated 80% and 95% intervals, and held against the scenario's targets
 * (docs/methods/forecasting.md).
 */
public final class ForecastStep implements RunStep {

    /** Fewest periods forecast, when no target lies further ahead. */
    static final int MIN_HORIZON = 6;

    @Override
    public String id() {
        return "forecast";
    }

    @Override
    public String title() {
        return "Series forecast against targets";
    }

    @Override
    public StepResult run(RunContext context) {
        Scenario scenario = context.scenario();
        if (scenario.series().isEmpty()) {
            return StepResult.builder().summary("Not run: scenario.yaml has no series.").build();
        }
        StepResult.Builder step = StepResult.builder();
        Forecaster forecaster = new Forecaster();
        List<String> methods = new ArrayList<>();
        for (Map.Entry<String, SeriesRef> entry : scenario.series().entrySet()) {
            SeriesRef ref = entry.getValue();
            context.progress().note("forecasting " + ref.name());
            List<TimeSeries> read = new SeriesReader().read(ref.file());
            // A file may hold several series (long form); the one named like the scenario's series, else the first.
            TimeSeries series = read.stream().filter(s -> s.id().equals(ref.name())).findFirst().orElse(read.get(0));
            List<Target> targets = scenario.targets().stream().filter(t -> t.series().equals(ref.name())).toList();
            Period last = series.lastPeriod();
            int horizon = MIN_HORIZON;
            for (Target target : targets) {
                long ahead = Period.ofDate(series.frequency(), target.by()).index() - last.index();
                horizon = (int) Math.max(horizon, ahead);
            }
            ForecastResult forecast = forecaster.forecast(series, ForecastSpec.auto(horizon));
            methods.add(ref.name() + ": " + forecast.method());
            String prefix = "forecast-" + fileSafe(ref.name());
            String unit = ref.unit() == null ? "" : ref.unit();
            String label = ref.label() == null || ref.label().isBlank() ? ref.name() : ref.label();
            fan(series, forecast, targets, prefix, label, unit, step);
            candidates(forecast, prefix, label, step);
            ForecastPoint end = forecast.points().get(forecast.horizon() - 1);
            step.headline(fileSafe(ref.name()) + "-end", label + ": forecast for " + end.period() + " ("
                    + forecast.method() + ", 80%: " + Math.round(end.lower(0)) + "-" + Math.round(end.upper(0)) + ")",
                    r1(end.mean()), unit);
            targets(forecast, targets, prefix, label, unit, step);
        }
        step.summary("Each series is forecast by the method with the best rolling-origin backtest (lowest mean of"
                + " MASE and sMAPE relative to the naive method), or the lowest AICc when the history is too short"
                + " to backtest; the shaded bands hold 80% and 95% of outcomes, calibrated on backtest errors."
                + " Methods chosen: " + String.join("; ", methods) + ".");
        return step.build();
    }

    private static void fan(TimeSeries series, ForecastResult forecast, List<Target> targets, String prefix, String label,
            String unit, StepResult.Builder step) {
        Table.Builder table = Table.builder(prefix, label + ": history and forecast",
                "period", "basis", "value", "lower_95", "lower_80", "upper_80", "upper_95").keys(1);
        List<String> labels = new ArrayList<>();
        List<Double> history = new ArrayList<>();
        List<List<Double>> columns = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            columns.add(new ArrayList<>());
        }
        List<Period> periods = new ArrayList<>();
        double[] values = series.values();
        for (int t = 0; t < series.length(); t++) {
            Period period = series.periods().get(t);
            periods.add(period);
            table.row(period.label(), "observed", values[t], null, null, null, null);
            labels.add(period.label());
            history.add(values[t]);
            // the forecast lines start at the last observation so the fan joins the history
            boolean lastObserved = t == series.length() - 1;
            for (List<Double> column : columns) {
                column.add(lastObserved ? values[t] : null);
            }
        }
        for (ForecastPoint point : forecast.points()) {
            periods.add(point.period());
            table.row(point.period().label(), "forecast", r1(point.mean()), r1(point.lower(1)), r1(point.lower(0)),
                    r1(point.upper(0)), r1(point.upper(1)));
            labels.add(point.period().label());
            history.add(null);
            columns.get(0).add(r1(point.mean()));
            columns.get(1).add(r1(point.lower(1)));
            columns.get(2).add(r1(point.upper(1)));
            columns.get(3).add(r1(point.lower(0)));
            columns.get(4).add(r1(point.upper(0)));
        }
        List<Series> chart = new ArrayList<>(List.of(
                Series.of("observed", history),
                Series.of("forecast (" + forecast.method() + ")", columns.get(0)),
                new Series("95% interval (low)", Role.BAND_LOW, columns.get(1)),
                new Series("95% interval", Role.BAND_HIGH, columns.get(2)),
                new Series("80% interval (low)", Role.BAND_LOW, columns.get(3)),
                new Series("80% interval", Role.BAND_HIGH, columns.get(4))));
        for (Target target : targets) {
            Period at = Period.ofDate(series.frequency(), target.by());
            List<Double> points = new ArrayList<>();
            periods.forEach(p -> points.add(TargetAssessor.sameBucket(p, at) ? target.value() : null));
            if (points.stream().anyMatch(p -> p != null)) {
                chart.add(new Series(target.label(), Role.TARGET, points));
            }
        }
        Table built = table.build();
        step.chart(new ChartSpec(label + ": forecast with 80% and 95% intervals", ChartSpec.Type.FAN, labels, unit,
                chart, built.name()), built);
    }

    private static void candidates(ForecastResult forecast, String prefix, String label, StepResult.Builder step) {
        Table.Builder table = Table.builder(prefix + "-candidates", label + ": methods compared on backtest",
                "method", "chosen", "mase", "smape_percent", "mape_percent", "aicc", "backtest_origins", "score").keys(1);
        for (CandidateScore c : forecast.candidates()) {
            table.row(c.method(), c.chosen() ? "chosen" : "", r3(c.mase()), r3(c.smape()), r3(c.mape()), r3(c.aicc()),
                    c.origins(), r3(c.score()));
        }
        step.table(table.build());
    }

    private static void targets(ForecastResult forecast, List<Target> targets, String prefix, String label, String unit,
            StepResult.Builder step) {
        if (targets.isEmpty()) {
            return;
        }
        Table.Builder table = Table.builder(prefix + "-targets", label + ": forecast against targets",
                "target", "by", "direction", "target_value", "projected", "gap", "probability_met_percent", "status",
                "first_crossing").keys(2);
        int n = 0;
        for (Target target : targets) {
            n++;
            uk.sufficiency.engine.forecast.targets.Target engineTarget = uk.sufficiency.engine.forecast.targets.Target.of(target);
            Period at = Period.ofDate(forecast.series().frequency(), target.by());
            var stepAt = TargetAssessor.stepFor(forecast, at);
            if (stepAt.isEmpty()) {
                table.row(target.label(), target.by(), target.direction().name().toLowerCase(Locale.ROOT), target.value(),
                        null, null, null, "not forecast (before the last observation)", null);
                continue;
            }
            TargetAssessment a = TargetAssessor.assess(forecast, engineTarget, stepAt.get());
            table.row(target.label(), target.by(), target.direction().name().toLowerCase(Locale.ROOT), target.value(),
                    r1(a.projected()), r1(a.gap()), r1(a.probabilityMet() * 100), a.status().name().toLowerCase(Locale.ROOT),
                    a.firstCrossing() == null ? null : a.firstCrossing().label());
            step.headline(fileSafe(target.series()) + "-target-" + n, "Chance of meeting " + target.label() + " ("
                    + a.status().name().toLowerCase(Locale.ROOT) + ")", r1(a.probabilityMet() * 100), "%");
        }
        step.table(table.build());
    }

    static String fileSafe(String name) {
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return safe.isEmpty() ? "series" : safe;
    }

    private static Double r1(double value) {
        return Double.isFinite(value) ? Math.round(value * 10) / 10.0 : null;
    }

    private static Double r3(double value) {
        return Double.isFinite(value) ? Math.round(value * 1000) / 1000.0 : null;
    }
}
