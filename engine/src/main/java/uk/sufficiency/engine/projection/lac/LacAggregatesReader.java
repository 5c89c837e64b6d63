package uk.sufficiency.engine.projection.lac;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import uk.sufficiency.model.table.Cells;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads {@code lac-aggregates.csv}: {@code year,category,age_band,stock_31_march,entries,exits}, one
 * row per year (ending 31 March), category and age band, the categories and bands being those of the
 * projection settings. A combination without a row counts as zero. Every broken cell is reported in
 * one pass (file, line, column, value, rule); a year whose totals do not balance (stock at the start
 * + entries - exits != stock at the end) is a warning, because published figures are often revised
 * or rounded.
 */
public final class LacAggregatesReader {

    public static final String FILE_NAME = "lac-aggregates.csv";
    public static final List<String> COLUMNS = List.of("year", "category", "age_band", "stock_31_march", "entries", "exits");

    private static final int MAX_COUNT = 100_000;

    private LacAggregatesReader() {
    }

    private record Parsed(int line, int year, int category, int band, int stock, Integer entries, Integer exits) {
    }

    /** Reads and checks the file; adds errors and warnings to {@code problems}; null if unusable. */
    public static LacAggregates read(Path file, LacStates space, ProblemCollector problems) {
        CsvTable table;
        try {
            table = CsvTable.read(file);
        } catch (InvalidInputException e) {
            e.problems().forEach(problems::add);
            return null;
        }
        var missing = table.missingColumns(COLUMNS);
        if (!missing.isEmpty()) {
            missing.forEach(problems::add);
            return null;
        }
        List<Parsed> rows = parseRows(file, table, space, problems);
        return rows == null ? null : assemble(file, rows, space, problems);
    }

    /** Every row's cells checked; null when any row is broken (every problem added). */
    private static List<Parsed> parseRows(Path file, CsvTable table, LacStates space, ProblemCollector problems) {
        boolean broken = false;
        List<Parsed> rows = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            ProblemCollector rowProblems = new ProblemCollector();
            Cells cells = new Cells(table, row, rowProblems);
            Integer year = cells.integer("year", true, 1900, 2200,
                    "a calendar year from 1900 to 2200: the year ending 31 March, e.g. 2019 for 2018-19");
            String categoryText = table.get(row, "category");
            int category = space.categoryIndex(categoryText);
            if (categoryText.isEmpty()) {
                cells.error("category", null, "category is required");
            } else if (category < 0) {
                cells.error("category", categoryText, "unknown category; expected one of "
                        + String.join(", ", space.categories()) + " (the categories of the projection settings)");
            }
            String bandText = table.get(row, "age_band");
            int band = bandText.isEmpty() ? -1 : space.bands().indexOf(bandText);
            if (bandText.isEmpty()) {
                cells.error("age_band", null, "age_band is required");
            } else if (band < 0) {
                cells.error("age_band", bandText, "unknown age band; expected one of "
                        + String.join(", ", space.bands().bands().stream().map(AgeBands.Band::label).toList())
                        + " (the age_bands of the projection settings)");
            }
            String whole = "from 0 to " + MAX_COUNT + " children";
            Integer stock = cells.integer("stock_31_march", true, 0, MAX_COUNT, whole);
            Integer entries = cells.integer("entries", false, 0, MAX_COUNT, whole);
            Integer exits = cells.integer("exits", false, 0, MAX_COUNT, whole);
            rowProblems.problems().forEach(problems::add);
            if (rowProblems.hasErrors()) {
                broken = true;
                continue;
            }
            String key = year + "|" + category + "|" + band;
            Integer earlier = seen.putIfAbsent(key, row.line());
            if (earlier != null) {
                problems.error(file, row.line(), "year", String.valueOf(year), "duplicate row: year " + year + ", category "
                        + categoryText + ", age band " + bandText + " already given on line " + earlier);
                broken = true;
                continue;
            }
            rows.add(new Parsed(row.line(), year, category, band, stock, entries, exits));
        }
        return broken ? null : rows;
    }

    /** The rows as arrays by year, category and band; null when years are missing or flows are blank. */
    private static LacAggregates assemble(Path file, List<Parsed> rows, LacStates space, ProblemCollector problems) {
        boolean broken = false;
        TreeMap<Integer, List<Parsed>> byYear = new TreeMap<>();
        rows.forEach(r -> byYear.computeIfAbsent(r.year(), y -> new ArrayList<>()).add(r));
        if (byYear.size() < 2) {
            problems.error(file, 0, "year", byYear.isEmpty() ? null : String.valueOf(byYear.firstKey()),
                    "at least two years are needed: the stock at 31 March of one year and the stock and flows of the next");
            return null;
        }
        int first = byYear.firstKey();
        int last = byYear.lastKey();
        for (int y = first; y <= last; y++) {
            if (!byYear.containsKey(y)) {
                problems.error(file, 0, "year", String.valueOf(y), "no rows for year " + y
                        + ": years must run without gaps from " + first + " to " + last);
                broken = true;
            }
        }
        int k = space.categoryCount();
        int nb = space.bands().size();
        int n = last - first + 1;
        int[][][] stock = new int[n][k][nb];
        int[][][] entries = new int[n][k][nb];
        int[][][] exits = new int[n][k][nb];
        int[][][] lines = new int[n][k][nb];
        for (Parsed r : rows) {
            int y = r.year() - first;
            lines[y][r.category()][r.band()] = r.line();
            stock[y][r.category()][r.band()] = r.stock();
            if (r.year() > first) {
                // The earliest year has no opening stock, so its flows are not used and may be blank.
                if (r.entries() == null) {
                    problems.error(file, r.line(), "entries", null, "entries is required (only the earliest year, "
                            + first + ", may leave it blank)");
                    broken = true;
                }
                if (r.exits() == null) {
                    problems.error(file, r.line(), "exits", null, "exits is required (only the earliest year, "
                            + first + ", may leave it blank)");
                    broken = true;
                }
                entries[y][r.category()][r.band()] = r.entries() == null ? 0 : r.entries();
                exits[y][r.category()][r.band()] = r.exits() == null ? 0 : r.exits();
            }
        }
        if (broken) {
            return null;
        }
        LacAggregates aggregates = new LacAggregates(file, space.categories(),
                space.bands().bands().stream().map(AgeBands.Band::label).toList(), first, stock, entries, exits, lines);
        warnUnbalanced(aggregates, byYear, problems);
        return aggregates;
    }

    /** A year whose totals do not balance is a warning: published figures are often revised or rounded. */
    private static void warnUnbalanced(LacAggregates aggregates, TreeMap<Integer, List<Parsed>> byYear,
            ProblemCollector problems) {
        Path file = aggregates.file();
        int first = aggregates.firstYear();
        int last = aggregates.lastYear();
        for (int y = first + 1; y <= last; y++) {
            int expected = aggregates.totalStock(y - 1) + aggregates.totalEntries(y) - aggregates.totalExits(y);
            int actual = aggregates.totalStock(y);
            if (expected != actual) {
                problems.warning(file, byYear.get(y).get(0).line(), "stock_31_march", String.valueOf(actual),
                        String.format(Locale.ROOT, "year %d does not balance: stock at 31 March %d (%d) + entries (%d)"
                                + " - exits (%d) = %d, not %d; the rates are estimated from the figures as given",
                                y, y - 1, aggregates.totalStock(y - 1), aggregates.totalEntries(y), aggregates.totalExits(y),
                                expected, actual));
            }
        }
    }
}
