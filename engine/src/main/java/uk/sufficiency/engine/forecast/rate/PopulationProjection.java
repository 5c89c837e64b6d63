package uk.sufficiency.engine.forecast.rate;

import java.nio.file.Path;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.List;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.engine.forecast.series.SeriesReader;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Population by area, single year of age and year, from a file in the long layout of the ONS
 * sub-national population projections: {@code area,age,year,population}. Ages are whole years;
 * a top band such as {@code 90+} counts as its lowest age.
 */
public final class PopulationProjection {

    private final Map<String, Map<Integer, Map<Integer, Double>>> byAreaYearAge;

    private PopulationProjection(Map<String, Map<Integer, Map<Integer, Double>>> byAreaYearAge) {
        this.byAreaYearAge = byAreaYearAge;
    }

    /** Reads the file, adding every problem to {@code problems}; returns null if a column is missing. */
    public static PopulationProjection read(Path file, ProblemCollector problems) {
        CsvTable table = CsvTable.read(file);
        if (!table.requireColumns(problems, List.of("area", "age", "year", "population"))) {
            return null;
        }
        Map<String, Map<Integer, Map<Integer, Double>>> data = new TreeMap<>();
        for (CsvTable.Row row : table.rows()) {
            String area = table.get(row, "area");
            if (area.isEmpty()) {
                problems.error(file, row.line(), "area", "", "area is required");
            }
            String rawAge = table.get(row, "age");
            Integer age = parseWhole(rawAge.endsWith("+") ? rawAge.substring(0, rawAge.length() - 1) : rawAge);
            if (age == null || age < 0) {
                problems.error(file, row.line(), "age", rawAge, "age must be a whole number of years (or a top band such as 90+)");
            }
            Integer year = parseWhole(table.get(row, "year"));
            if (year == null) {
                problems.error(file, row.line(), "year", table.get(row, "year"), "year must be a whole number");
            }
            Double population = SeriesReader.parseNumber(table.get(row, "population"));
            if (population == null || population < 0) {
                problems.error(file, row.line(), "population", table.get(row, "population"), "population must be a number of 0 or more");
            }
            if (!area.isEmpty() && age != null && age >= 0 && year != null && population != null && population >= 0) {
                Double previous = data.computeIfAbsent(area, k -> new TreeMap<>())
                        .computeIfAbsent(year, k -> new TreeMap<>()).put(age, population);
                if (previous != null) {
                    problems.error(file, row.line(), "age", rawAge,
                            "duplicate row for area " + area + ", age " + age + ", year " + year);
                }
            }
        }
        return new PopulationProjection(data);
    }

    private static Integer parseWhole(String raw) {
        try {
            return Integer.parseInt(raw.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    public Set<String> areas() {
        return new TreeSet<>(byAreaYearAge.keySet());
    }

    /**
     * Total population of the area over the age range in the year, or NaN if the area, the year or
     * any age in the range is missing.
     */
    public double total(String area, AgeRange ages, int year) {
        Map<Integer, Map<Integer, Double>> years = byAreaYearAge.get(area);
        Map<Integer, Double> byAge = years == null ? null : years.get(year);
        if (byAge == null) {
            return Double.NaN;
        }
        double total = 0;
        for (int age = ages.from(); age <= ages.to(); age++) {
            Double value = byAge.get(age);
            if (value == null) {
                return Double.NaN;
            }
            total += value;
        }
        return total;
    }
}
