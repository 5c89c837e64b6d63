package uk.sufficiency.cli.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.projection.ehcp.EhcpCapability;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.table.Table;

/**
 * The EHCP drivers' tornado on the built-in scenario (a full run's, here with 20 simulations a swing):
 * every driver with its low and high balance, the widest first and named in the sentence.
 */
class EhcpSensitivityTest {

    @Test
    void eachDriverSwingsTheBalanceAndTheStrongestIsNamed() throws Exception {
        Scenario scenario = ScenarioLoader.load(builtInScenario());
        RunContext context = new RunContext(scenario, List.of(), 7L, true, null);
        EhcpSensitivity.Result result = EhcpSensitivity.run(scenario, new EhcpCapability(), context.pipeline(), 20);
        assertNotNull(result);
        StepResult.Builder step = StepResult.builder();
        String sentence = EhcpSensitivity.show(result, step);
        Table table = step.build().tables().get(0);
        assertEquals("ehcp-sensitivity", table.name());
        assertEquals(List.of("driver", "value", "value_low", "value_high", "balance_gbp_low", "balance_gbp_high",
                "change_low", "change_high"), table.columns());
        Set<Object> drivers = new TreeSet<>(table.rows().stream().map(r -> (Object) r.get(0).toString()).toList());
        assertEquals(new TreeSet<>(List.of("New plans a year (joiner rates)", "Plans ending a year (leaver rates)",
                "Moves between settings a year", "Yearly cost uplift", "High-needs block allocation (factor)")), drivers);
        double previous = Double.MAX_VALUE;
        for (List<Object> row : table.rows()) {
            double low = ((Number) row.get(4)).doubleValue();
            double high = ((Number) row.get(5)).doubleValue();
            assertTrue(Math.abs(high - low) <= previous, "widest first: " + row);
            previous = Math.abs(high - low);
        }
        List<Object> strongest = table.rows().get(0);
        assertTrue(((Number) strongest.get(6)).doubleValue() != 0 && ((Number) strongest.get(7)).doubleValue() != 0,
                strongest.toString());
        // more joiners, more spend: a deeper deficit (a lower balance)
        List<Object> joiners = table.rows().stream().filter(r -> r.get(0).equals("New plans a year (joiner rates)"))
                .findFirst().orElseThrow();
        assertTrue(((Number) joiners.get(5)).doubleValue() < ((Number) joiners.get(4)).doubleValue(), joiners.toString());
        assertTrue(sentence.startsWith(" The cumulative balance depends most on "
                + strongest.get(0).toString().toLowerCase(Locale.UK) + ": "), sentence);
    }

    private static Path builtInScenario() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isRegularFile(dir.resolve("scenarios/leicestershire-2015/scenario.yaml"))) {
                return dir.resolve("scenarios/leicestershire-2015");
            }
        }
        throw new IllegalStateException("scenarios/leicestershire-2015 not found");
    }
}
