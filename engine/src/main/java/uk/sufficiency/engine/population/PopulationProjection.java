package uk.sufficiency.engine.population;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.NavigableMap;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The one reader of general population figures, used by every capability that turns counts into
 * rates per head (forecasts per 10,000 children, looked-after entries, EHCP joiners). The file is
 * in the long layout of the ONS sub-national population projections, {@code area,age,year,population}
 * (single years of age; a top band such as {@code 90+} counts as its lowest age). witan.send's
 * {@code calendar-year,academic-year,population} is read too, as one unnamed area with
 * {@code age = academic-year + 5} (the age at 31 August before the school year, as in
 * {@link AreaPopulation#ACADEMIC_YEAR_OFFSET}).
 */
public final class PopulationProjection {

    private static final List<String> ONS = List.of("area", "age", "year", "population");

    private final Map<String, AreaPopulation> byArea;

    private PopulationProjection(Map<String, AreaPopulation> byArea) {
        this.byArea = byArea;
    }

    /** Reads the file, adding every problem (file, line, column) to {@code problems}; null when unreadable. */
    public static PopulationProjection read(Path file, ProblemCollector problems) {
        CsvTable table;
        try {
            table = CsvTable.read(file);
        } catch (InvalidInputException e) {
            e.problems().forEach(problems::add);
            return null;
        }
        boolean witan = table.hasColumn("calendar-year") && table.hasColumn("academic-year");
        if (!witan && !table.requireColumns(problems, ONS)) {
            return null;
        }
        if (witan && !table.requireColumns(problems, List.of("population"))) {
            return null;
        }
        Map<String, NavigableMap<Integer, Map<Integer, Double>>> data = new TreeMap<>();
        Map<String, Integer> firstLine = new HashMap<>();
        int problemsBefore = problems.problems().size();
        for (CsvTable.Row row : table.rows()) {
            String area = witan ? "" : table.get(row, "area");
            String ageColumn = witan ? "academic-year" : "age";
            String rawAge = table.get(row, ageColumn);
            Integer age = whole(rawAge.endsWith("+") ? rawAge.substring(0, rawAge.length() - 1) : rawAge);
            if (age != null && witan) {
                age += AreaPopulation.ACADEMIC_YEAR_OFFSET;
            }
            String yearColumn = witan ? "calendar-year" : "year";
            Integer year = whole(table.get(row, yearColumn));
            Double population = number(table.get(row, "population"));
            if (!witan && area.isEmpty()) {
                problems.error(file, row.line(), "area", "", "area is required");
            }
            if (age == null || age < 0) {
                problems.error(file, row.line(), ageColumn, rawAge, witan ? "academic-year must be a whole number"
                        : "age must be a whole number of years (or a top band such as 90+)");
            }
            if (year == null) {
                problems.error(file, row.line(), yearColumn, table.get(row, yearColumn), yearColumn + " must be a whole number");
            }
            if (population == null || population < 0) {
                problems.error(file, row.line(), "population", table.get(row, "population"),
                        "population must be a number of 0 or more");
            }
            if ((!witan && area.isEmpty()) || age == null || age < 0 || year == null || population == null || population < 0) {
                continue;
            }
            Integer earlier = firstLine.putIfAbsent(area + "|" + year + "|" + age, row.line());
            if (earlier != null) {
                problems.error(file, row.line(), ageColumn, rawAge, "duplicate of line " + earlier
                        + (area.isEmpty() ? "" : " for area " + area) + ", year " + year);
                continue;
            }
            data.computeIfAbsent(area, a -> new TreeMap<>()).computeIfAbsent(year, y -> new HashMap<>()).put(age, population);
        }
        if (data.isEmpty() && problems.problems().size() == problemsBefore) {
            problems.error(file, 1, null, null, "no population rows");
        }
        Map<String, AreaPopulation> byArea = new TreeMap<>();
        data.forEach((area, years) -> byArea.put(area, new AreaPopulation(area, years)));
        return new PopulationProjection(byArea);
    }

    /**
     * Reads the file and picks one area: {@code area} when given, else the file's only area. A file
     * with several areas and none named, or a named area not in the file, is an error naming
     * {@code areaKey} (the setting that names the area). Null when there were errors.
     */
    public static AreaPopulation readArea(Path file, String area, String areaKey, ProblemCollector problems) {
        PopulationProjection all = read(file, problems);
        if (all == null || all.byArea.isEmpty()) {
            return null;
        }
        if (area == null || area.isBlank()) {
            if (all.byArea.size() > 1) {
                problems.error(file, 1, "area", String.join(";", all.areas()),
                        "the file holds " + all.byArea.size() + " areas; name one with " + areaKey);
                return null;
            }
            return all.byArea.values().iterator().next();
        }
        AreaPopulation chosen = all.byArea.get(area);
        if (chosen == null) {
            problems.error(file, 1, "area", area, areaKey + " is not an area in this file; areas: "
                    + String.join(", ", all.areas()));
        }
        return chosen;
    }

    public Set<String> areas() {
        return new TreeSet<>(byArea.keySet());
    }

    /** The area's figures, or null when the file does not hold it. */
    public AreaPopulation area(String area) {
        return byArea.get(area);
    }

    /**
     * Population of the area over ages {@code fromAge..toAge} (inclusive) in exactly that year, or NaN
     * when the area, the year or any age is missing (no carrying forward: for rates that must not
     * rest on a year the file does not hold).
     */
    public double total(String area, int fromAge, int toAge, int year) {
        AreaPopulation figures = byArea.get(area);
        return figures == null ? Double.NaN : figures.exactTotal(fromAge, toAge, year);
    }

    private static Integer whole(String raw) {
        try {
            return Integer.valueOf(raw.trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static Double number(String raw) {
        try {
            double value = Double.parseDouble(raw.trim());
            return Double.isFinite(value) ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
