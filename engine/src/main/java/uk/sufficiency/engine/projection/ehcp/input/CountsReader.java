package uk.sufficiency.engine.projection.ehcp.input;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import uk.sufficiency.engine.projection.ehcp.state.EhcpState;
import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads aggregate plan counts for authorities without transition data:
 * <ul>
 *   <li>counts ({@code calendar-year,academic-year,need,setting,count}): January census counts, the
 *       shape of the SEN2 return's aggregate tables;</li>
 *   <li>totals ({@code calendar-year,count}) spread by a mix ({@code academic-year,need,setting,share};
 *       shares are normalised to sum to 1).</li>
 * </ul>
 * Counts are held as one array per census year, indexed by the state space.
 */
public final class CountsReader {

    private CountsReader() {
    }

    public static SortedMap<Integer, double[]> readCounts(Path file, PlanStateSpace space, ProblemCollector problems) {
        CheckedTable table = CheckedTable.read(file, problems,
                List.of("calendar-year", "academic-year", "need", "setting", "count"));
        SortedMap<Integer, double[]> byYear = new TreeMap<>();
        if (table == null) {
            return byYear;
        }
        Map<String, Integer> lines = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            Integer year = table.integer(row, "calendar-year", problems);
            Double count = table.nonNegative(row, "count", problems);
            int index = stateIndex(table, row, space, problems);
            if (year == null || count == null || index < 0) {
                continue;
            }
            Integer earlier = lines.putIfAbsent(year + "/" + index, row.line());
            if (earlier != null) {
                problems.error(file, row.line(), "setting", table.cell(row, "setting"),
                        "duplicate of line " + earlier);
                continue;
            }
            byYear.computeIfAbsent(year, y -> new double[space.size()])[index] += count;
        }
        if (byYear.isEmpty()) {
            problems.error(file, 1, null, null, "no counts");
        }
        return byYear;
    }

    public static SortedMap<Integer, Double> readTotals(Path file, ProblemCollector problems) {
        CheckedTable table = CheckedTable.read(file, problems, List.of("calendar-year", "count"));
        SortedMap<Integer, Double> totals = new TreeMap<>();
        if (table == null) {
            return totals;
        }
        for (CsvTable.Row row : table.rows()) {
            Integer year = table.integer(row, "calendar-year", problems);
            Double count = table.nonNegative(row, "count", problems);
            if (year != null && count != null && totals.put(year, count) != null) {
                problems.error(file, row.line(), "calendar-year", String.valueOf(year), "each year must appear once");
            }
        }
        if (totals.size() < 2) {
            problems.error(file, 1, null, null, "need totals for at least two census years");
        }
        return totals;
    }

    /** Mix shares by state index, normalised to sum to 1. */
    public static double[] readMix(Path file, PlanStateSpace space, ProblemCollector problems) {
        CheckedTable table = CheckedTable.read(file, problems, List.of("academic-year", "need", "setting", "share"));
        double[] shares = new double[space.size()];
        if (table == null) {
            return shares;
        }
        double sum = 0;
        for (CsvTable.Row row : table.rows()) {
            Double share = table.nonNegative(row, "share", problems);
            int index = stateIndex(table, row, space, problems);
            if (share != null && index >= 0) {
                shares[index] += share;
                sum += share;
            }
        }
        if (sum <= 0) {
            problems.error(file, 1, "share", null, "shares must add up to more than 0");
            return shares;
        }
        for (int i = 0; i < shares.length; i++) {
            shares[i] /= sum;
        }
        return shares;
    }

    /** Spreads each year's total over the mix. */
    public static SortedMap<Integer, double[]> spread(SortedMap<Integer, Double> totals, double[] mix) {
        SortedMap<Integer, double[]> byYear = new TreeMap<>();
        totals.forEach((year, total) -> {
            double[] counts = new double[mix.length];
            for (int i = 0; i < mix.length; i++) {
                counts[i] = total * mix[i];
            }
            byYear.put(year, counts);
        });
        return byYear;
    }

    private static int stateIndex(CheckedTable table, CsvTable.Row row, PlanStateSpace space, ProblemCollector problems) {
        Integer academicYear = table.integer(row, "academic-year", problems);
        String need = table.text(row, "need", problems);
        String setting = table.text(row, "setting", problems);
        if (academicYear == null || need == null || setting == null) {
            return -1;
        }
        if (space.settingIndex(setting) < 0) {
            problems.error(table.file(), row.line(), "setting", setting, "setting must be one of " + space.settings());
            return -1;
        }
        if (space.needIndex(need) < 0) {
            problems.error(table.file(), row.line(), "need", need, "need must be one of " + space.needs());
            return -1;
        }
        EhcpState state = new EhcpState(setting, need, academicYear);
        if (!space.isValid(state)) {
            problems.error(table.file(), row.line(), "academic-year", String.valueOf(academicYear),
                    "setting " + setting + " does not take need " + need + " in academic year " + academicYear
                            + " (valid states)");
            return -1;
        }
        return space.index(state);
    }
}
