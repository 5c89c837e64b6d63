package uk.sufficiency.engine.population;

import java.util.Map;
import java.util.NavigableMap;
import java.util.TreeMap;

/**
 * One area's population by calendar year and single year of age. Outside the years given, a year
 * takes the nearest earlier year's figures (the last year carries forward), or the first year's
 * before the file starts; {@link #hasYear} says whether a year is really in the file.
 */
public final class AreaPopulation {

    /**
     * National curriculum year + 5 = age at 31 August before the school year; at a January census
     * of year {@code y} such a child is mostly that age at 30 June of {@code y}, the ONS mid-year age.
     */
    public static final int ACADEMIC_YEAR_OFFSET = 5;

    private final String area;
    private final NavigableMap<Integer, Map<Integer, Double>> byYear;

    AreaPopulation(String area, NavigableMap<Integer, Map<Integer, Double>> byYear) {
        this.area = area;
        TreeMap<Integer, Map<Integer, Double>> copy = new TreeMap<>();
        byYear.forEach((year, ages) -> copy.put(year, Map.copyOf(ages)));
        this.byYear = copy;
    }

    /** Builds one from figures in memory: year -> age -> population. */
    public static AreaPopulation of(String area, Map<Integer, Map<Integer, Double>> byYearAndAge) {
        return new AreaPopulation(area, new TreeMap<>(byYearAndAge));
    }

    public String area() {
        return area;
    }

    public int firstYear() {
        return byYear.firstKey();
    }

    public int lastYear() {
        return byYear.lastKey();
    }

    /** True when the year itself is in the file (not carried from another year). */
    public boolean hasYear(int year) {
        return byYear.containsKey(year);
    }

    /** Population at one age in a year (nearest earlier year, else the first); 0 for an age not given. */
    public double at(int year, int age) {
        return yearFigures(year).getOrDefault(age, 0.0);
    }

    /** Population at ages {@code fromAge..toAge} inclusive in a year (nearest earlier year, else the first). */
    public double total(int year, int fromAge, int toAge) {
        Map<Integer, Double> ages = yearFigures(year);
        double sum = 0;
        for (int age = fromAge; age <= toAge; age++) {
            sum += ages.getOrDefault(age, 0.0);
        }
        return sum;
    }

    /** As {@link #total} but NaN when the year or any age is not in the file. */
    double exactTotal(int fromAge, int toAge, int year) {
        Map<Integer, Double> ages = byYear.get(year);
        if (ages == null) {
            return Double.NaN;
        }
        double sum = 0;
        for (int age = fromAge; age <= toAge; age++) {
            Double value = ages.get(age);
            if (value == null) {
                return Double.NaN;
            }
            sum += value;
        }
        return sum;
    }

    private Map<Integer, Double> yearFigures(int year) {
        Map.Entry<Integer, Map<Integer, Double>> entry = byYear.floorEntry(year);
        return entry != null ? entry.getValue() : byYear.firstEntry().getValue();
    }
}
