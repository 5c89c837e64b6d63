package uk.sufficiency.engine.projection.lac;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Child population by age band and calendar year, from a CSV {@code area,age,year,population}
 * (single years of age; ages 18 and over are ignored). A year outside the file uses the nearest year
 * it holds.
 */
public final class PopulationProjection {

    private final TreeMap<Integer, double[]> byYear;

    PopulationProjection(TreeMap<Integer, double[]> byYear) {
        this.byYear = byYear;
    }

    /** Children of the band in the given calendar year. */
    public double population(int year, int band) {
        Map.Entry<Integer, double[]> entry = byYear.floorEntry(year);
        if (entry == null) {
            entry = byYear.firstEntry();
        }
        return entry.getValue()[band];
    }

    public int firstYear() {
        return byYear.firstKey();
    }

    public int lastYear() {
        return byYear.lastKey();
    }

    /**
     * Reads the file. Problems are errors (the user chose this file as an input). When the file holds
     * several areas, {@code area} must name one.
     */
    public static PopulationProjection read(Path file, String area, AgeBands bands, ProblemCollector problems) {
        CsvTable table;
        try {
            table = CsvTable.read(file);
        } catch (uk.sufficiency.model.validation.InvalidInputException e) {
            e.problems().forEach(problems::add);
            return null;
        }
        var missing = table.missingColumns(java.util.List.of("area", "age", "year", "population"));
        if (!missing.isEmpty()) {
            missing.forEach(problems::add);
            return null;
        }
        TreeSet<String> areas = new TreeSet<>();
        table.rows().forEach(r -> areas.add(table.get(r, "area")));
        String chosen = area;
        if (chosen == null) {
            if (areas.size() != 1) {
                problems.error(file, 0, "area", null, "the file holds " + areas.size()
                        + " areas; set entries.population_area to one of: " + String.join(", ", areas));
                return null;
            }
            chosen = areas.first();
        } else if (!areas.contains(chosen)) {
            problems.error(file, 0, "area", chosen, "entries.population_area is not in the file; areas: " + String.join(", ", areas));
            return null;
        }
        TreeMap<Integer, double[]> byYear = new TreeMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (!table.get(row, "area").equals(chosen)) {
                continue;
            }
            Integer age = integer(table.get(row, "age"));
            Integer year = integer(table.get(row, "year"));
            Double pop = number(table.get(row, "population"));
            if (age == null || age < 0) {
                problems.error(file, row.line(), "age", table.get(row, "age"), "age must be a whole number of years >= 0");
            } else if (year == null) {
                problems.error(file, row.line(), "year", table.get(row, "year"), "year must be a whole calendar year");
            } else if (pop == null || pop < 0) {
                problems.error(file, row.line(), "population", table.get(row, "population"), "population must be a number >= 0");
            } else if (age < 18) {
                byYear.computeIfAbsent(year, y -> new double[bands.size()])[bands.bandOf(age * 12)] += pop;
            }
        }
        if (byYear.isEmpty()) {
            problems.error(file, 0, null, null, "no usable population rows for ages 0-17");
            return null;
        }
        return new PopulationProjection(byYear);
    }

    private static Integer integer(String text) {
        try {
            return Integer.valueOf(text.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(String text) {
        try {
            double v = Double.parseDouble(text.trim());
            return Double.isFinite(v) ? v : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
