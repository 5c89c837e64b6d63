package uk.sufficiency.cli.run;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.sufficiency.cli.ForecastReport;
import uk.sufficiency.cli.ForecastRun;
import uk.sufficiency.cli.ForecastTables;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.ChartSpec.Role;
import uk.sufficiency.cli.report.ChartSpec.Series;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.engine.forecast.ForecastPoint;
import uk.sufficiency.engine.forecast.ForecastResult;
import uk.sufficiency.engine.forecast.ForecastSpec;
import uk.sufficiency.engine.forecast.evaluation.TrackRecord;
import uk.sufficiency.engine.forecast.series.Period;
import uk.sufficiency.engine.forecast.series.SeriesReader;
import uk.sufficiency.engine.forecast.series.TimeSeries;
import uk.sufficiency.engine.forecast.targets.TargetAssessment;
import uk.sufficiency.engine.forecast.targets.TargetAssessor;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.SeriesRef;
import uk.sufficiency.model.scenario.Target;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Each series of the scenario ({@code series} key) forecast with {@code auto} through the same entry
 * point as the {@code forecast} command ({@link ForecastRun}), held against the scenario's targets,
 * with the track record of forecasts made the same way from earlier years drawn into the fan chart
 * (docs/methods/forecasting.md).
 */
public final class ForecastStep implements RunStep {

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
        List<String> notes = new ArrayList<>();
        List<String> answers = new ArrayList<>();
        for (Map.Entry<String, SeriesRef> entry : scenario.series().entrySet()) {
            SeriesRef ref = entry.getValue();
            context.progress().note("forecasting " + ref.name());
            List<TimeSeries> read = new SeriesReader().read(ref.file());
            // A file may hold several series (long form); the one named like the scenario's series, else the first.
            TimeSeries file = read.stream().filter(s -> s.id().equals(ref.name())).findFirst().orElse(read.get(0));
            TimeSeries series = new TimeSeries(ref.name(), file.periods(), file.values());
            List<Target> targets = scenario.targets().stream().filter(t -> t.series().equals(ref.name())).toList();
            int horizon = ForecastRun.horizonFor(series, targets, ForecastRun.MIN_HORIZON);
            List<TimeSeries> panel = null;
            if (ref.panelFile() != null) {
                ProblemCollector problems = new ProblemCollector();
                panel = ForecastRun.readPanel(ref.panelFile(), series.frequency(), problems);
                problems.throwIfErrors();
            }
            ForecastRun.SeriesForecast forecast = ForecastRun.forecastAll(List.of(series), ForecastSpec.auto(horizon), targets,
                    null, panel).get(0);
            ForecastResult result = forecast.result();
            String prefix = "forecast-" + fileSafe(ref.name());
            String unit = ref.unit() == null ? "" : ref.unit();
            String label = ref.label() == null || ref.label().isBlank() ? ref.name() : ref.label();
            notes.add(label + ": " + ForecastReport.why(result) + " " + ForecastReport.trackRecord(result)
                    + (panel == null ? "" : " " + ForecastReport.intervalNote(result.calibration())));
            fan(series, result, targets, prefix, label, unit, step);
            step.table(ForecastTables.forecasts(prefix + "-intervals", List.of(forecast)));
            step.table(ForecastTables.methods(prefix + "-methods", List.of(result)));
            if (result.trackRecord().count() > 0) {
                step.table(ForecastTables.trackRecord(prefix + "-track-record", List.of(result)));
            }
            ForecastPoint end = result.points().get(result.horizon() - 1);
            step.headline(fileSafe(ref.name()) + "-end", label + ": forecast for " + end.period(), r1(end.mean()), unit,
                    Math.round(end.lower(0)), Math.round(end.upper(0)));
            TrackRecord record = result.trackRecord();
            if (record.count() > 0) {
                step.headline(fileSafe(ref.name()) + "-track-record", label + ": past forecasts inside their 95% interval ("
                        + record.held(record.levelIndex(95)) + " of " + record.count() + ")",
                        r1(100.0 * record.held(record.levelIndex(95)) / record.count()), "%");
            }
            targets(forecast.assessments(), targets, prefix, label, step);
            answers.add(answer(label, unit, end, forecast.assessments()));
        }
        step.answer(String.join(" ", answers));
        step.summary("Each series is forecast by auto, the mean of a dynamic optimised Theta model, a damped trend and a"
                + " shrunk growth rate, chosen by evaluation over many series; the shaded bands hold 80% and 95% of outcomes,"
                + " calibrated on the series' own rolling-origin errors with tails pooled over many series (or, for a series"
                + " with a panel_file, on the errors pooled over that panel of like series); two further lines"
                + " show what the same method forecast one and three periods before each observed one. "
                + String.join(" ", notes));
        return step.build();
    }

    private static void fan(TimeSeries series, ForecastResult forecast, List<Target> targets, String prefix, String label,
            String unit, StepResult.Builder step) {
        Table.Builder table = Table.builder(prefix, label + ": history, forecast and past forecasts",
                "period", "basis", "observed", "mean", "lower_80", "upper_80", "lower_95", "upper_95",
                "past_forecast_1_ahead", "past_forecast_3_ahead").keys(1);
        List<Period> periods = new ArrayList<>(series.periods());
        forecast.points().forEach(point -> periods.add(point.period()));
        int n = series.length();
        List<String> labels = periods.stream().map(Period::label).toList();
        List<List<Double>> columns = new ArrayList<>();
        for (int c = 0; c < 8; c++) {
            columns.add(new ArrayList<>());
        }
        double[] values = series.values();
        for (int t = 0; t < periods.size(); t++) {
            boolean observed = t < n;
            ForecastPoint point = observed ? null : forecast.points().get(t - n);
            // the forecast lines start at the last observation so the fan joins the history
            Double join = t == n - 1 ? values[t] : null;
            Double[] cells = {observed ? values[t] : null, point == null ? join : r1(point.mean()),
                    point == null ? join : r1(point.lower(0)), point == null ? join : r1(point.upper(0)),
                    point == null ? join : r1(point.lower(1)), point == null ? join : r1(point.upper(1)),
                    past(forecast.trackRecord(), periods.get(t), 1), past(forecast.trackRecord(), periods.get(t), 3)};
            for (int c = 0; c < cells.length; c++) {
                columns.get(c).add(cells[c]);
            }
            table.row(labels.get(t), observed ? "observed" : "forecast", observed ? values[t] : null, point == null ? null : cells[1],
                    point == null ? null : cells[2], point == null ? null : cells[3], point == null ? null : cells[4],
                    point == null ? null : cells[5], cells[6], cells[7]);
        }
        List<Series> chart = new ArrayList<>(List.of(
                Series.of("observed", columns.get(0)),
                Series.of("forecast (" + forecast.method() + ")", columns.get(1)),
                new Series("95% interval (low)", Role.BAND_LOW, columns.get(4)),
                new Series("95% interval", Role.BAND_HIGH, columns.get(5)),
                new Series("80% interval (low)", Role.BAND_LOW, columns.get(2)),
                new Series("80% interval", Role.BAND_HIGH, columns.get(3)),
                Series.of("forecast made 1 period earlier", columns.get(6)),
                Series.of("forecast made 3 periods earlier", columns.get(7))));
        for (Target target : targets) {
            Period at = Period.ofDate(series.frequency(), target.by());
            List<Double> points = new ArrayList<>();
            periods.forEach(p -> points.add(TargetAssessor.sameBucket(p, at) ? target.value() : null));
            if (points.stream().anyMatch(p -> p != null)) {
                chart.add(new Series(target.label(), Role.TARGET, points));
            }
        }
        Table built = table.build();
        step.chart(new ChartSpec(label + ": forecast with 80% and 95% intervals and past forecasts", ChartSpec.Type.FAN,
                labels, unit, chart, built.name()), built);
    }

    /** The past forecast of {@code period} made {@code step} periods before it, or null. */
    private static Double past(TrackRecord record, Period period, int step) {
        return record.forecasts().stream().filter(f -> f.step() == step && f.period().equals(period)).findFirst()
                .map(f -> r1(f.forecast())).orElse(null);
    }

    private static void targets(List<TargetAssessment> assessments, List<Target> targets, String prefix, String label,
            StepResult.Builder step) {
        if (targets.isEmpty()) {
            return;
        }
        step.table(ForecastTables.targets(prefix + "-targets", assessments));
        int n = 0;
        for (TargetAssessment a : assessments) {
            n++;
            step.headline(fileSafe(a.target().series()) + "-target-" + n, "Chance of meeting " + a.target().label() + " ("
                    + a.status().name().toLowerCase(Locale.ROOT) + ")", r1(a.probabilityMet() * 100), "%");
        }
    }

    /**
     * The series' answer in one sentence: the forecast at the horizon with its 80% interval, then each
     * target's projection, chance and status, e.g. "EHCPs (January count): 10,101 plans forecast for
     * 2026-01-31 (80%: 7,376 to 13,226). EHCP target, January 2022: projected 5,933 against at most
     * 5,106, a 5% chance of meeting it (red)."
     */
    static String answer(String label, String unit, ForecastPoint end, List<TargetAssessment> assessments) {
        String units = unit.isBlank() ? "" : " " + unit;
        StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "%s: %,.0f%s forecast for %s (80%%: %,.0f to %,.0f).",
                label, end.mean(), units, end.period().label(), end.lower(0), end.upper(0)));
        for (TargetAssessment a : assessments) {
            text.append(String.format(Locale.ROOT, " %s: projected %,.0f against %s %,.0f, a %.0f%% chance of meeting it (%s).",
                    a.target().label(), a.projected(), a.target().direction() == Target.Direction.AT_MOST ? "at most" : "at least",
                    a.target().value(),
                    a.probabilityMet() * 100, a.status().name().toLowerCase(Locale.ROOT)));
        }
        return text.toString();
    }

    static String fileSafe(String name) {
        String safe = name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        return safe.isEmpty() ? "series" : safe;
    }

    private static Double r1(double value) {
        return Double.isFinite(value) ? Math.round(value * 10) / 10.0 : null;
    }
}
