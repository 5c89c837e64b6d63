package uk.sufficiency.engine.projection.ehcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.projection.ehcp.backtest.HindcastRow;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetRow;
import uk.sufficiency.engine.projection.ehcp.config.EhcpConfigLoader;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputLoader;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.report.EhcpReportWriter;
import uk.sufficiency.model.io.OutputDirectory;
import uk.sufficiency.model.validation.ProblemCollector;

/** The shared witan.send demo data (skipped when absent) and the built-in Leicestershire inputs. */
class RealInputsTest {

    @TempDir
    Path out;

    @Test
    void projectsAndBacktestsTheSendDemoData() {
        Optional<Path> demo = EhcpFixtures.sendDemo();
        assumeTrue(demo.isPresent(), "shared/data/send-demo not found above " + System.getProperty("user.dir"));
        EhcpSettings config = new EhcpSettings("transitions.csv", "population.csv", null,
                "costs.csv", "valid-states.csv", null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null, null, null, 40);
        EhcpInputs inputs = EhcpInputLoader.load(config, demo.get(), null);
        assertEquals(8351, inputs.transitions().size());
        assertEquals(List.of(2013, 2014, 2015, 2016, 2017), List.copyOf(inputs.census().keySet()));
        assertEquals(2153, EhcpInputs.total(inputs.census().get(2017)), 1e-9);
        EhcpProjectionResult result = EhcpProjection.run(inputs, new ProjectionOptions(3, 100, 42), null);
        List<HindcastRow> all = result.backtest().stream().filter(r -> r.setting().equals("ALL")).toList();
        assertEquals(List.of(2014, 2015, 2016), all.stream().map(HindcastRow::originYear).toList());
        // One year ahead, the total is within 10% of the count.
        assertTrue(Math.abs(all.get(2).errorPercent()) < 10, all.get(2).toString());
        assertEquals(3 * 20, result.backtest().size());
        List<String> files = EhcpReportWriter.write(result, new OutputDirectory(out));
        assertTrue(files.contains("counts-by-setting.csv"));
        assertTrue(Files.exists(out.resolve("backtest.csv")));
    }

    @Test
    void projectsTheLeicestershireSeriesAgainstTheHighNeedsBlock() throws IOException {
        Path root = EhcpFixtures.repositoryRoot();
        assertNotNull(root, "scenarios/leicestershire-2015 not found");
        Path yaml = root.resolve("scenarios/leicestershire-2015/ehcp-projection.yaml");
        ObjectNode node = (ObjectNode) new ObjectMapper(new YAMLFactory()).readTree(Files.readString(yaml));
        node.put("backtest_simulations", 20);
        ((ObjectNode) node.get("goal_seek")).put("simulations", 30);
        ProblemCollector problems = new ProblemCollector();
        EhcpSettings config = EhcpConfigLoader.bind(node, yaml, problems);
        problems.throwIfErrors();
        EhcpInputs inputs = EhcpInputLoader.load(config, yaml.getParent(), yaml);
        assertEquals(EhcpInputs.Mode.AGGREGATE, inputs.mode());
        assertEquals(4751, EhcpInputs.total(inputs.census().get(2020)), 1e-6);
        EhcpProjectionResult result = EhcpProjection.run(inputs, new ProjectionOptions(5, 60, 1), yaml);
        BudgetRow overspend = result.budget().stream().filter(r -> r.financialYear().equals("2019-20")).findFirst()
                .orElseThrow();
        assertTrue(overspend.observed());
        // Calibrated to the public GBP 7m overspend in 2019/20 (within rounding of the allocation).
        assertEquals(-7_000_000, overspend.inYearBalanceGbp().median(), 300_000);
        assertNotNull(result.goalSeek().factor(), result.goalSeek().status());
        assertTrue(result.goalSeek().factor() < 1, "meeting 5,106 needs fewer joiners than the trend");
        assertTrue(result.backtest().stream().anyMatch(r -> r.setting().equals("MSS")));
    }
}
