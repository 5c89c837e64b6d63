package uk.sufficiency.engine.forecast.targets;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.engine.forecast.series.Periods;
import uk.sufficiency.engine.forecast.series.SeriesReader;
import uk.sufficiency.model.Word;
import uk.sufficiency.model.scenario.Target;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads a targets file: {@code series_id,date,value,direction[,amber_tolerance][,label]} ({@code period}
 * may stand for {@code date}; {@code series_id} may be left out when only one series is forecast).
 * {@code direction} is {@code at_most} or {@code at_least}; {@code amber_tolerance} is a fraction of
 * the target value, as in {@code scenario.yaml} (0.05 = 5%; blank = the default). Each row becomes
 * the scenario's own {@link Target} type, dated the last day of its period, so that a target from a
 * file and one from {@code scenario.yaml} mean the same thing.
 */
public final class TargetReader {

    private TargetReader() {
    }

    /** Reads targets, adding every problem to {@code problems}. */
    public static List<Target> read(Path file, String defaultSeriesId, double defaultTolerance,
            ProblemCollector problems) {
        CsvTable table = CsvTable.read(file);
        String periodName = table.hasColumn("date") ? "date" : "period";
        boolean ok = table.requireColumns(problems, List.of(periodName, "value", "direction"));
        if (!table.hasColumn("series_id") && defaultSeriesId == null) {
            problems.error(file, 1, "series_id", null, "series_id is required when several series are forecast");
            ok = false;
        }
        List<Target> targets = new ArrayList<>();
        if (!ok) {
            return targets;
        }
        for (CsvTable.Row row : table.rows()) {
            String id = table.hasColumn("series_id") ? table.get(row, "series_id") : defaultSeriesId;
            if (id.isEmpty()) {
                problems.error(file, row.line(), "series_id", "", "series_id is required");
                continue;
            }
            String period = table.get(row, periodName);
            if (!isPeriod(period)) {
                problems.error(file, row.line(), periodName, period,
                        "must be a year (2022), month (2022-01), quarter (2022-Q1) or ISO date (2022-01-31)");
            }
            Double value = SeriesReader.parseNumber(table.get(row, "value"));
            if (value == null) {
                problems.error(file, row.line(), "value", table.get(row, "value"), "value must be a number");
            }
            Target.Direction direction = Word.parse(Target.Direction.class, table.get(row, "direction")).orElse(null);
            if (direction == null) {
                problems.error(file, row.line(), "direction", table.get(row, "direction"),
                        "direction must be at_most or at_least");
            }
            double tolerance = defaultTolerance;
            String rawTolerance = table.get(row, "amber_tolerance");
            if (!rawTolerance.isEmpty()) {
                Double parsed = SeriesReader.parseNumber(rawTolerance);
                if (parsed == null || parsed < 0 || parsed >= 1) {
                    problems.error(file, row.line(), "amber_tolerance", rawTolerance,
                            "amber_tolerance must be a fraction of the target from 0 to below 1 (0.05 = 5%)");
                } else {
                    tolerance = parsed;
                }
            }
            if (isPeriod(period) && value != null && direction != null) {
                // a label column names the target as scenario.yaml's targets[].label does
                String label = table.get(row, "label").strip();
                targets.add(new Target(id, Periods.endDate(period), value, direction, tolerance, !label.isEmpty() ? label
                        : id + " " + direction.word() + " " + java.math.BigDecimal.valueOf(value).stripTrailingZeros().toPlainString() + " in " + period));
            }
        }
        return targets;
    }

    private static boolean isPeriod(String raw) {
        return uk.sufficiency.engine.forecast.series.Periods.parse(raw) != null;
    }
}
