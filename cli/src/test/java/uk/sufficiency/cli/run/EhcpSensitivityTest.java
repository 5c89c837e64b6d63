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
import com.fasterxml.jackson.databind.node.IntNode;
import com.fasterxml.jackson.databind.node.NullNode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
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
                "Moves between settings a year", "Yearly cost uplift", "High-needs block allocation (factor)",
                "Unit cost: Mainstream school (MSA)", "Unit cost: Resourced provision or SEN unit (RP)",
                "Unit cost: Maintained special school (MSS)",
                "Unit cost: Independent or non-maintained special school (ISS)",
                "Unit cost: Post-16 and further education (P16)",
                "Unit cost: Other (early years, alternative provision, hospital) (OTH)")), drivers);
        // a dearer independent special school place, a deeper deficit; its price is the costs file's
        List<Object> iss = table.rows().stream().filter(r -> r.get(0).toString().endsWith("(ISS)")).findFirst()
                .orElseThrow();
        assertEquals(50_000.0, ((Number) iss.get(1)).doubleValue(), 1e-9, iss.toString());
        assertEquals(45_000.0, ((Number) iss.get(2)).doubleValue(), 1e-9, iss.toString());
        assertTrue(((Number) iss.get(5)).doubleValue() < ((Number) iss.get(4)).doubleValue(), iss.toString());
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

    /**
     * A unit cost's swing prices the base run's plan counts again: it must equal a real re-run with the
     * same seed whose costs file has that setting's price 10% higher.
     */
    @Test
    void aUnitCostSwingIsWhatARerunWithThatPriceGives(@TempDir Path temp) throws Exception {
        Path copy = temp.resolve("scenario");
        copyTree(builtInScenario(), copy);
        Path costs = copy.resolve("ehcp/costs.csv");
        Files.writeString(costs, Files.readString(costs).replace("*,ISS,50000", "*,ISS,55000"));
        EhcpCapability capability = new EhcpCapability();
        EhcpProjectionResult base = cheapRun(ScenarioLoader.load(builtInScenario()), capability);
        EhcpProjectionResult dearer = cheapRun(ScenarioLoader.load(copy), capability);
        double expected = EhcpModelChoice.lastWithAllocation(dearer).cumulativeBalanceGbp().mean();
        double swung = EhcpUnitCostSwing.lastWithAllocation(base, "ISS", 1.1).cumulativeBalanceGbp().mean();
        assertEquals(expected, swung, Math.abs(expected) * 1e-9);
        assertTrue(swung < EhcpModelChoice.lastWithAllocation(base).cumulativeBalanceGbp().mean());
        assertEquals(50_000.0, EhcpUnitCostSwing.priceGbp(base, "ISS"), 1e-9);
    }

    private static EhcpProjectionResult cheapRun(Scenario scenario, EhcpCapability capability) {
        Scenario cheap = scenario
                .withSetting(EhcpSettings.SECTION, "simulations", IntNode.valueOf(20), "test")
                .withSetting(EhcpSettings.SECTION, "backtest_simulations", IntNode.valueOf(0), "test")
                .withSetting(EhcpSettings.SECTION, "goal_seek", NullNode.getInstance(), "test");
        RunContext context = new RunContext(cheap, List.of(), 7L, true, null);
        return capability.run(capability.settingsOrThrow(cheap), context.pipeline());
    }

    private static void copyTree(Path from, Path to) throws java.io.IOException {
        try (var paths = Files.walk(from)) {
            for (Path path : paths.toList()) {
                Path target = to.resolve(from.relativize(path).toString());
                if (Files.isDirectory(path)) {
                    Files.createDirectories(target);
                } else {
                    Files.copy(path, target);
                }
            }
        }
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
