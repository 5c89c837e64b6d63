package uk.sufficiency.engine.forecast.targets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.forecast.ForecastResult;
import uk.sufficiency.engine.forecast.ForecastSpec;
import uk.sufficiency.engine.forecast.Forecaster;
import uk.sufficiency.engine.forecast.series.Periods;
import uk.sufficiency.engine.forecast.series.TimeSeries;
import uk.sufficiency.model.scenario.Target;
import uk.sufficiency.model.scenario.Target.Direction;
import uk.sufficiency.model.validation.ProblemCollector;

class TargetAssessorTest {

    private final ForecastResult line = new Forecaster().forecast(
            TimeSeries.yearly("ehcp", 2015, 100, 110, 120, 130, 140, 150, 160, 170), ForecastSpec.auto(4).withMethod("drift"));

    private TargetAssessment assess(double value, Direction direction, double tolerance, String period) {
        Target target = new Target("ehcp", Periods.endDate(period), value, direction, tolerance, "EHCPs");
        int step = TargetAssessor.stepFor(line, TargetAssessor.periodOf(line, target)).orElseThrow();
        return TargetAssessor.assess(line, target, step);
    }

    @Test
    void greenAmberRedFromTheProjectionAndTolerance() {
        // drift forecasts 180, 190, 200, 210 for 2023-2026
        assertEquals(Status.GREEN, assess(200, Direction.AT_MOST, 0.05, "2025").status());
        assertEquals(Status.AMBER, assess(195, Direction.AT_MOST, 0.05, "2025").status());
        assertEquals(Status.RED, assess(180, Direction.AT_MOST, 0.05, "2025").status());
        assertEquals(Status.GREEN, assess(180, Direction.AT_LEAST, 0.05, "2025").status());
        assertEquals(10, assess(190, Direction.AT_MOST, 0.05, "2025-01-31").gap(), 1e-9);
    }

    @Test
    void probabilityAndFirstCrossing() {
        TargetAssessment exact = assess(200, Direction.AT_MOST, 0.05, "2025");
        assertEquals(0.5, exact.probabilityMet(), 1e-9); // the target is the point forecast itself
        TargetAssessment crossing = assess(185, Direction.AT_MOST, 0, "2026");
        assertEquals("2024", crossing.firstCrossing().label());
        assertNull(assess(500, Direction.AT_MOST, 0, "2026").firstCrossing());
        TargetAssessment atLeast = assess(185, Direction.AT_LEAST, 0, "2026");
        assertEquals("2023", atLeast.firstCrossing().label());
    }

    @Test
    void aTargetFromAFileIsDatedTheLastDayOfItsPeriod() {
        assertEquals(java.time.LocalDate.of(2022, 12, 31), Periods.endDate("2022"));
        assertEquals(java.time.LocalDate.of(2022, 3, 31), Periods.endDate("2022-Q1"));
        assertEquals(java.time.LocalDate.of(2022, 2, 28), Periods.endDate("2022-02"));
        assertEquals(java.time.LocalDate.of(2022, 1, 31), Periods.endDate("2022-01-31"));
    }

    @Test
    void readsTargetsAndReportsBadRows(@TempDir Path dir) throws Exception {
        Path file = dir.resolve("targets.csv");
        Files.writeString(file, "date,value,direction,amber_tolerance\n2022-01-31,\"5,106\",at_most,\n"
                + "2023,5000,below,\n2024,x,at_least,-1\n");
        ProblemCollector problems = new ProblemCollector();
        List<Target> targets = TargetReader.read(file, "ehcp", 0.05, problems);
        assertEquals(1, targets.size());
        assertEquals(5106, targets.get(0).value());
        assertEquals(0.05, targets.get(0).amberTolerance());
        assertEquals(3, problems.problems().size(), problems.problems().toString());
        assertTrue(problems.problems().get(0).describe().contains("targets.csv:3: column direction, value 'below'"));
    }
}
