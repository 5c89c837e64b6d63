package uk.sufficiency.engine.population;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.validation.ProblemCollector;

class PopulationProjectionTest {

    @TempDir
    Path folder;

    @Test
    void readsTheOnsLayoutWithATopBandAndExactTotals() throws IOException {
        Path file = folder.resolve("pop.csv");
        Files.writeString(file, "area,age,year,population\nA,0,2020,10\nA,1,2020,20\nA,90+,2020,5\nB,0,2020,7\n");
        ProblemCollector problems = new ProblemCollector();
        PopulationProjection population = PopulationProjection.read(file, problems);
        assertTrue(!problems.hasErrors(), problems.problems().toString());
        assertEquals(30, population.total("A", 0, 1, 2020));
        assertEquals(5, population.area("A").at(2020, 90));
        assertTrue(Double.isNaN(population.total("A", 0, 2, 2020)), "a missing age is NaN, not 0");
        assertTrue(Double.isNaN(population.total("A", 0, 1, 2021)), "a missing year is NaN");
        assertEquals(20, population.area("A").at(2030, 1), "the area view carries the last year forward");
    }

    @Test
    void readsWitanAcademicYearsAsAgesAndReportsBadRows() throws IOException {
        Path file = folder.resolve("witan.csv");
        Files.writeString(file, "calendar-year,academic-year,population\n2020,0,100\n2020,0,90\n2020,x,1\n");
        ProblemCollector problems = new ProblemCollector();
        AreaPopulation area = PopulationProjection.readArea(file, null, "population_area", problems);
        assertEquals(100, area.at(2020, AreaPopulation.ACADEMIC_YEAR_OFFSET));
        assertEquals(2, problems.problems().size(), problems.problems().toString());
        assertEquals(3, problems.problems().get(0).line());
        assertTrue(problems.problems().get(0).rule().contains("duplicate of line 2"));
        assertEquals("academic-year", problems.problems().get(1).column());
    }

    @Test
    void severalAreasNeedOneNamed() throws IOException {
        Path file = folder.resolve("pop.csv");
        Files.writeString(file, "area,age,year,population\nA,0,2020,10\nB,0,2020,7\n");
        ProblemCollector problems = new ProblemCollector();
        assertNull(PopulationProjection.readArea(file, null, "entries.population_area", problems));
        assertTrue(problems.problems().get(0).rule().contains("name one with entries.population_area"));
        ProblemCollector unknown = new ProblemCollector();
        assertNull(PopulationProjection.readArea(file, "C", "entries.population_area", unknown));
        assertTrue(unknown.problems().get(0).rule().contains("areas: A, B"));
    }
}
