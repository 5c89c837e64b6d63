package uk.sufficiency.engine.projection.ehcp.input;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads the general population in either layout: witan.send's
 * {@code calendar-year,academic-year,population} or the ONS projection's
 * {@code area,age,year,population}. ONS ages are mid-year ages; a child in national curriculum year
 * {@code a} at the January census of year {@code y} is mostly aged {@code a + 5} at 30 June of
 * {@code y}, so academic year = age - 5 and calendar year = year.
 */
public final class PopulationReader {

    private PopulationReader() {
    }

    public static PopulationTable read(Path file, String area, ProblemCollector problems) {
        CheckedTable table = CheckedTable.read(file, problems, List.of("population"));
        Map<Integer, Map<Integer, Double>> byYear = new TreeMap<>();
        if (table == null) {
            return new PopulationTable(byYear);
        }
        boolean ons = table.has("age") && table.has("year");
        boolean witan = table.has("calendar-year") && table.has("academic-year");
        if (!ons && !witan) {
            problems.error(file, 1, null, String.join(",", table.header()),
                    "population needs columns calendar-year,academic-year,population or area,age,year,population");
            return new PopulationTable(byYear);
        }
        String chosenArea = area;
        if (ons && table.has("area")) {
            TreeSet<String> areas = new TreeSet<>();
            table.rows().forEach(row -> areas.add(table.cell(row, "area")));
            if (chosenArea == null && areas.size() > 1) {
                problems.error(file, 1, "area", String.join(";", areas),
                        "the file holds several areas; name one with population_area");
                return new PopulationTable(byYear);
            }
            if (chosenArea != null && !areas.contains(chosenArea)) {
                problems.error(file, 1, "area", chosenArea, "population_area is not an area in this file");
                return new PopulationTable(byYear);
            }
        }
        Map<String, Integer> firstLine = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            if (ons && chosenArea != null && table.has("area") && !chosenArea.equals(table.cell(row, "area"))) {
                continue;
            }
            Integer year = table.integer(row, ons ? "year" : "calendar-year", problems);
            Integer ageOrYear = table.integer(row, ons ? "age" : "academic-year", problems);
            Double population = table.nonNegative(row, "population", problems);
            if (year == null || ageOrYear == null || population == null) {
                continue;
            }
            int academicYear = ons ? ageOrYear - 5 : ageOrYear;
            String key = year + "/" + academicYear;
            Integer earlier = firstLine.putIfAbsent(key, row.line());
            if (earlier != null) {
                problems.error(file, row.line(), ons ? "age" : "academic-year", String.valueOf(ageOrYear),
                        "duplicate of line " + earlier + " for the same year");
                continue;
            }
            byYear.computeIfAbsent(year, y -> new HashMap<>()).put(academicYear, population);
        }
        if (byYear.isEmpty()) {
            problems.error(file, 1, null, null, "no population rows");
        }
        return new PopulationTable(byYear);
    }
}
