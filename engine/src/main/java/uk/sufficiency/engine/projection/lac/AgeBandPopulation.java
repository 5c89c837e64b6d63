package uk.sufficiency.engine.projection.lac;

import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import uk.sufficiency.engine.population.AreaPopulation;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Child population by age band and calendar year: the shared population file's single years of age
 * 0-17 summed into the projection's bands (ages 18 and over are ignored). A year outside the file uses the nearest year
 * it holds.
 */
public final class AgeBandPopulation {

    private final TreeMap<Integer, double[]> byYear;

    AgeBandPopulation(TreeMap<Integer, double[]> byYear) {
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
     * Reads the file through the shared reader ({@link uk.sufficiency.engine.population.PopulationProjection})
     * and sums its single years of age into the bands. When the file holds several areas,
     * {@code area} must name one.
     */
    public static AgeBandPopulation read(Path file, String area, AgeBands bands, ProblemCollector problems) {
        AreaPopulation figures = uk.sufficiency.engine.population.PopulationProjection.readArea(file, area,
                "entries.population_area", problems);
        if (figures == null) {
            return null;
        }
        TreeMap<Integer, double[]> byYear = new TreeMap<>();
        for (int year = figures.firstYear(); year <= figures.lastYear(); year++) {
            if (!figures.hasYear(year)) {
                continue;
            }
            double[] byBand = new double[bands.size()];
            for (int age = 0; age < 18; age++) {
                byBand[bands.bandOf(age * 12)] += figures.at(year, age);
            }
            byYear.put(year, byBand);
        }
        return new AgeBandPopulation(byYear);
    }

}
