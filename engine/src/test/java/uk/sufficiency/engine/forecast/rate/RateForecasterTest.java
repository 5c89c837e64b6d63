package uk.sufficiency.engine.forecast.rate;

import uk.sufficiency.engine.population.PopulationProjection;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.forecast.ForecastSpec;
import uk.sufficiency.engine.forecast.series.TimeSeries;
import uk.sufficiency.model.validation.ProblemCollector;

class RateForecasterTest {

    @Test
    void countIsForecastRateTimesProjectedPopulation(@TempDir Path dir) throws Exception {
        StringBuilder csv = new StringBuilder("area,age,year,population\n");
        for (int year = 2014; year <= 2022; year++) {
            for (int age = 0; age <= 20; age++) {
                // 1,000 per single year of age, growing 10 a year; ages 18-20 are outside 0-17
                csv.append("E10000018,").append(age).append(',').append(year).append(',')
                        .append(1000 + 10 * (year - 2014)).append('\n');
            }
        }
        Path file = dir.resolve("population.csv");
        Files.writeString(file, csv);
        ProblemCollector problems = new ProblemCollector();
        PopulationProjection population = PopulationProjection.read(file, problems);
        assertTrue(problems.problems().isEmpty());
        AgeRange ages = AgeRange.parse("0-17");
        assertEquals(18_000, population.total("E10000018", ages.from(), ages.to(), 2014), 1e-9);

        // a constant rate of 40 per 10,000: counts grow only with the population
        double[] counts = new double[6];
        for (int t = 0; t < 6; t++) {
            counts[t] = 40 * population.total("E10000018", ages.from(), ages.to(), 2014 + t) / 10_000;
        }
        TimeSeries series = TimeSeries.yearly("cla", 2014, counts);
        RateForecast forecast = new RateForecaster().forecast(series, ForecastSpec.auto(3).withMethod("naive"),
                population, "E10000018", ages);
        assertEquals(40, forecast.rates().points().get(0).mean(), 1e-9);
        assertEquals(40 * population.total("E10000018", ages.from(), ages.to(), 2022) / 10_000, forecast.counts().points().get(2).mean(), 1e-9);
        // a constant rate has no spread: the projected count is certain
        assertEquals(1.0, forecast.counts().probabilityAtMost(3, forecast.counts().points().get(2).mean() + 1e-6), 1e-9);
        assertEquals(0.0, forecast.counts().probabilityAtMost(3, forecast.counts().points().get(2).mean() - 1), 1e-9);
        assertTrue(RateForecaster.missingYears(series, 4, population, "E10000018", ages).contains(2023));
    }

    @Test
    void parsesAgeRanges() {
        assertEquals(new AgeRange(0, 17), AgeRange.parse("0-17"));
        assertEquals(new AgeRange(16, 16), AgeRange.parse("16"));
        assertNull(AgeRange.parse("17-0"));
        assertNull(AgeRange.parse("teens"));
    }
}
