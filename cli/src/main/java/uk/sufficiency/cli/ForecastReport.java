package uk.sufficiency.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.engine.forecast.ForecastPoint;
import uk.sufficiency.engine.forecast.ForecastResult;
import uk.sufficiency.engine.forecast.ForecastSpec;
import uk.sufficiency.engine.forecast.evaluation.MethodScore;
import uk.sufficiency.engine.forecast.interval.Calibration;
import uk.sufficiency.engine.forecast.series.Frequency;
import uk.sufficiency.engine.forecast.series.TimeSeries;
import uk.sufficiency.engine.forecast.targets.TargetAssessment;

/** The readable text {@code sufficiency forecast} prints: the method and why, its track record, the forecast, the targets. */
public final class ForecastReport {

    private ForecastReport() {
    }

    static void print(PrintWriter out, List<ForecastRun.SeriesForecast> forecasts) {
        for (ForecastRun.SeriesForecast forecast : forecasts) {
            ForecastResult result = forecast.result();
            TimeSeries series = result.series();
            out.printf(Locale.ROOT, "Series %s: %s to %s, %d %s points%n", series.id(), series.periods().get(0).label(),
                    series.lastPeriod().label(), series.length(), series.frequency().name().toLowerCase(Locale.ROOT));
            out.println("Method: " + why(result));
            out.println("  " + trackRecord(result));
            out.println();
            out.println("  backtest on this series        MASE   sMAPE%   MAPE%  origins");
            for (MethodScore s : result.scores()) {
                out.printf(Locale.ROOT, "  %-28s %7s %8s %7s %8d%n", s.method() + " (" + s.role() + ")",
                        CsvOut.number(s.mase(), 3), CsvOut.number(s.smape(), 2), CsvOut.number(s.mape(), 2), s.origins());
            }
            out.println();
            out.println("  " + intervalNote(result.calibration()));
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-12s %10s", "period", "forecast"));
            for (double level : result.levels()) {
                header.append(String.format(Locale.ROOT, " %23s", ForecastSpec.levelLabel(level) + "% interval"));
            }
            out.println(header);
            for (ForecastPoint point : result.points()) {
                StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "  %-12s %10s", point.period().label(),
                        grouped(point.mean())));
                for (int l = 0; l < result.levels().size(); l++) {
                    line.append(String.format(Locale.ROOT, " %23s", grouped(point.lower(l)) + " to " + grouped(point.upper(l))));
                }
                out.println(line);
            }
            out.println();
            printTargets(out, forecast.assessments());
        }
        out.flush();
    }

    private static void printTargets(PrintWriter out, List<TargetAssessment> assessments) {
        if (assessments.isEmpty()) {
            return;
        }
        out.println("Targets:");
        out.println("  series       period       target          projected    P(met)  status  first crossing");
        for (TargetAssessment a : assessments) {
            out.printf(Locale.ROOT, "  %-12s %-12s %-15s %10s %8s  %-6s  %s%n", a.target().series(), a.period().label(),
                    (a.target().direction().word().equals("at_most") ? "<= " : ">= ") + grouped(a.target().value()),
                    grouped(a.projected()), String.format(Locale.ROOT, "%.0f%%", 100 * a.probabilityMet()),
                    a.status().name().toLowerCase(Locale.ROOT),
                    a.firstCrossing() == null ? "none in horizon" : a.firstCrossing().label());
        }
        out.println();
    }

    /** Which method and why, e.g. "auto - mean of dotm, log_damped, log_shrunk_drift and log_drift (...)". */
    public static String why(ForecastResult result) {
        if (result.method().equals(ForecastSpec.AUTO)) {
            return "auto - " + result.description() + ". The members and the equal weights were chosen by evaluation"
                    + " over thousands of forecasts of many series (docs/decisions/0023, 0075), not per series.";
        }
        return result.method() + " - chosen with --method";
    }

    /** The track-record sentence, in the series' own period word ("years", "quarters", "months"). */
    public static String trackRecord(ForecastResult result) {
        return result.trackRecord().sentence(periodsWord(result.series().frequency()));
    }

    static String periodsWord(Frequency frequency) {
        return switch (frequency) {
            case YEARLY -> "years";
            case QUARTERLY -> "quarters";
            case MONTHLY -> "months";
        };
    }

    /** How the intervals were set, in one sentence. */
    public static String intervalNote(Calibration calibration) {
        String scale = calibration.transform().name().equals("LOG") ? "log-ratio" : "";
        if (calibration.basis() == Calibration.Basis.PANEL) {
            String note = String.format(Locale.ROOT, "Intervals from the errors of this method's forecasts pooled over a"
                    + " panel of like series (panel calibration: %d one-step errors known by the last period; the"
                    + " empirical range of the errors at each step).", calibration.evidence());
            if (!calibration.centred()) {
                return note;
            }
            double[] shifts = calibration.shifts();
            double last = Math.expm1(shifts[shifts.length - 1]) * 100;
            return note + String.format(Locale.ROOT, " On the panel's record, outcomes came in a median of %.0f%% %s this"
                    + " method's forecasts %d %s ahead, and moving each earlier forecast by the median error known at"
                    + " its origin made them more accurate; so each forecast here is moved the same way, to the middle"
                    + " of its interval.", Math.abs(last), last >= 0 ? "above" : "below", shifts.length,
                    shifts.length == 1 ? "step" : "steps");
        }
        if (calibration.basis() == Calibration.Basis.BACKTEST) {
            return String.format(Locale.ROOT, "Intervals calibrated on %d %s errors of forecasts from %d earlier origins"
                    + " (error growth h^%.2f; tails from errors pooled over many series: %.2f x Student t, %.2f df).",
                    calibration.evidence(), scale, calibration.origins(), calibration.growth(), calibration.spread(),
                    calibration.degreesOfFreedom()).replace("  ", " ");
        }
        return String.format(Locale.ROOT, "Intervals from the series' one-step changes growing with the horizon (too short to"
                + " backtest; %.2f x Student t, %.2f df).", calibration.spread(), calibration.degreesOfFreedom());
    }

    private static String grouped(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : CsvOut.number(value, 2);
    }
}
