package uk.sufficiency.engine.projection.ehcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.fit.TransitionTally;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.summary.CountSummaries;
import uk.sufficiency.model.uncertainty.Interval;
import uk.sufficiency.model.validation.InvalidInputException;

/** SEN2-shaped yearly counts, without transitions. */
class AggregateModeTest {

    @TempDir
    Path folder;

    private uk.sufficiency.model.scenario.Scenario config() throws IOException {
        EhcpFixtures.write(folder, "");
        return EhcpTestScenarios.section(folder, """
                counts_file: counts.csv
                population_file: population.csv
                costs_file: costs.csv
                valid_states_file: valid-states.csv
                backtest_simulations: 20
                years: 2
                simulations: 200
                """);
    }

    /** 100 plans a year of age in A/T at years 0-6, growing by 10 a year of age per census. */
    private static String counts(int[] years) {
        StringBuilder text = new StringBuilder("calendar-year,academic-year,need,setting,count\n");
        for (int i = 0; i < years.length; i++) {
            for (int ay = 0; ay <= 6; ay++) {
                text.append(years[i]).append(',').append(ay).append(",T,A,").append(100 + 10 * i).append('\n');
            }
        }
        return text.toString();
    }

    @Test
    void impliedJoinersReproduceEachYearsTotal() throws IOException {
        var scenario = config();
        Files.writeString(folder.resolve("counts.csv"), counts(new int[] {2016, 2017, 2018}));
        EhcpInputs inputs = EhcpTestScenarios.request(scenario).inputs();
        EhcpSettings config = inputs.config();
        assertEquals(EhcpInputs.Mode.AGGREGATE, inputs.mode());
        TransitionTally tally = TransitionTally.fromCounts(inputs.census(), inputs.space(), config, 2016, 2018);
        // 2018 total 840 = survivors of 770 in 2017 (3% leave; year 6 has nowhere to go) + joiners.
        double survivors = 660 * 0.97;
        double joiners = java.util.Arrays.stream(tally.joiners().get(2018)).sum();
        assertEquals(840 - survivors, joiners, 1e-6);

        EhcpProjectionResult result = EhcpTestScenarios.run(scenario, 9);
        Interval next = Interval.of(CountSummaries.total(result.scenario(), 1));
        assertTrue(next.median() > 780 && next.median() < 920, next.toString());
        assertTrue(result.hindcast().stream().anyMatch(r -> r.originYear() == 2017 && r.setting().equals("ALL")));
    }

    @Test
    void countsInInvalidStatesAreErrorsWithTheirLine() throws IOException {
        var scenario = config();
        Files.writeString(folder.resolve("counts.csv"),
                "calendar-year,academic-year,need,setting,count\n2016,0,T,A,5\n2016,3,T,P,5\n2017,0,T,A,-1\n");
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EhcpTestScenarios.request(scenario));
        assertEquals(3, e.problems().get(0).line());
        assertEquals("academic-year", e.problems().get(0).column());
        assertEquals(4, e.problems().get(1).line());
        assertEquals("count", e.problems().get(1).column());
    }
}
