package uk.sufficiency.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.engine.forecast.ForecastPoint;
import uk.sufficiency.engine.forecast.ForecastResult;
import uk.sufficiency.engine.forecast.interval.Calibration;
import uk.sufficiency.engine.forecast.selection.CandidateScore;
import uk.sufficiency.engine.forecast.selection.SelectionBasis;
import uk.sufficiency.engine.forecast.series.TimeSeries;
import uk.sufficiency.engine.forecast.targets.TargetAssessment;

/** The readable table {@code sufficiency forecast} prints: why this method, the forecast, the targets. */
final class ForecastReport {

    private ForecastReport() {
    }

    static void print(PrintWriter out, List<ForecastResult> results, List<TargetAssessment> assessments) {
        for (ForecastResult result : results) {
            TimeSeries series = result.series();
            out.printf(Locale.ROOT, "Series %s: %s to %s, %d %s points%n", series.id(), series.periods().get(0).label(),
                    series.lastPeriod().label(), series.length(), series.frequency().name().toLowerCase(Locale.ROOT));
            out.println("Method: " + result.method() + " - " + why(result));
            out.println();
            out.println("  method              MASE    sMAPE%   MAPE%      AICc   score");
            for (CandidateScore c : result.candidates()) {
                out.printf(Locale.ROOT, "%s %-16s %7s %8s %7s %9s %7s%n", c.chosen() ? "*" : " ", c.method(),
                        CsvOut.number(c.mase(), 3), CsvOut.number(c.smape(), 2), CsvOut.number(c.mape(), 2),
                        CsvOut.number(c.aicc(), 1), CsvOut.number(c.score(), 3));
            }
            out.println();
            out.println("  " + intervalNote(result.calibration()));
            StringBuilder header = new StringBuilder(String.format(Locale.ROOT, "  %-12s %10s", "period", "forecast"));
            for (double level : result.levels()) {
                header.append(String.format(Locale.ROOT, " %23s", CsvOut.level(level) + "% interval"));
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
        }
        if (!assessments.isEmpty()) {
            out.println("Targets:");
            out.println("  series       period       target          projected    P(met)  status  first crossing");
            for (TargetAssessment a : assessments) {
                out.printf(Locale.ROOT, "  %-12s %-12s %-15s %10s %8s  %-6s  %s%n", a.target().seriesId(), a.target().period(),
                        (a.target().direction().label().equals("at_most") ? "<= " : ">= ") + grouped(a.target().value()),
                        grouped(a.projected()), String.format(Locale.ROOT, "%.0f%%", 100 * a.probabilityMet()),
                        a.status().name().toLowerCase(Locale.ROOT),
                        a.firstCrossing() == null ? "none in horizon" : a.firstCrossing().label());
            }
            out.println();
        }
        out.flush();
    }

    private static String why(ForecastResult result) {
        CandidateScore chosen = result.chosen();
        if (result.basis() == SelectionBasis.BACKTEST) {
            return String.format(Locale.ROOT, "lowest backtest error of %d candidates over %d rolling origins "
                    + "(score = mean of MASE and sMAPE relative to naive; lower is better)",
                    result.candidates().size(), chosen.origins());
        }
        if (result.basis() == SelectionBasis.INFORMATION_CRITERION) {
            return "series too short for a backtest; lowest AICc";
        }
        return "chosen with --method";
    }

    private static String intervalNote(Calibration calibration) {
        if (calibration.basis() == Calibration.Basis.BACKTEST) {
            return String.format(Locale.ROOT, "Intervals calibrated on %d out-of-sample backtest errors (Student t, %.0f df; "
                    + "error growth h^%.2f).", calibration.evidence(), calibration.degreesOfFreedom(), calibration.growth());
        }
        return String.format(Locale.ROOT, "Intervals from the model's own variance (no backtest possible; Student t, %.0f df).",
                calibration.degreesOfFreedom());
    }

    private static String grouped(double value) {
        if (!Double.isFinite(value)) {
            return "";
        }
        return Math.abs(value) >= 100 ? String.format(Locale.ROOT, "%,.0f", value) : CsvOut.number(value, 2);
    }
}
