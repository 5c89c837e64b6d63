package uk.sufficiency.engine.projection.ehcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.projection.ehcp.backtest.HindcastRow;
import uk.sufficiency.engine.projection.ehcp.budget.BudgetRow;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.table.Table;

/** The shared witan.send demo data (skipped when absent) and the built-in Leicestershire inputs. */
class RealInputsTest {

    @Test
    void projectsAndHindcastsTheSendDemoData() {
        Optional<Path> demo = EhcpFixtures.sendDemo();
        assumeTrue(demo.isPresent(), "shared/data/send-demo not found above " + System.getProperty("user.dir"));
        Scenario scenario = EhcpFolderScenario.witan(demo.get())
                .withSetting(EhcpSettings.SECTION, "years", IntNode.valueOf(3), "--years")
                .withSetting(EhcpSettings.SECTION, "simulations", IntNode.valueOf(100), "--simulations")
                .withSetting(EhcpSettings.SECTION, "backtest_simulations", IntNode.valueOf(40), "test");
        EhcpInputs inputs = EhcpTestScenarios.request(scenario).inputs();
        assertEquals(8351, inputs.transitions().size());
        assertEquals(List.of(2013, 2014, 2015, 2016, 2017), List.copyOf(inputs.census().keySet()));
        assertEquals(2153, EhcpInputs.total(inputs.census().get(2017)), 1e-9);
        EhcpProjectionResult result = EhcpTestScenarios.run(scenario, 42);
        List<HindcastRow> lastYear = result.hindcast().stream()
                .filter(r -> r.total() && r.targetYear() == 2017).toList();
        assertEquals(List.of(2014, 2015, 2016), lastYear.stream().map(HindcastRow::originYear).toList());
        // One year ahead, the total is within 10% of the count.
        assertTrue(Math.abs(lastYear.get(2).errorPercent()) < 10, lastYear.get(2).toString());
        assertEquals(6, result.trackRecord().projections());
        List<Table> tables = new EhcpCapability().tables(result);
        assertTrue(tables.stream().anyMatch(t -> t.name().equals("ehcp-counts-by-setting")));
    }

    @Test
    void projectsTheLeicestershireSeriesAgainstTheHighNeedsBlock() {
        Path root = EhcpFixtures.repositoryRoot();
        assertNotNull(root, "scenarios/leicestershire-2015 not found");
        Scenario scenario = ScenarioLoader.load(root.resolve("scenarios/leicestershire-2015"))
                .withSetting(EhcpSettings.SECTION, "simulations", IntNode.valueOf(60), "--simulations")
                .withSetting(EhcpSettings.SECTION, "backtest_simulations", IntNode.valueOf(20), "test");
        EhcpRequest request = EhcpTestScenarios.request(scenario);
        assertEquals(EhcpInputs.Mode.AGGREGATE, request.inputs().mode());
        assertEquals(4751, EhcpInputs.total(request.inputs().census().get(2020)), 1e-6);
        assertTrue(request.timeFrameNote().contains("starts from the January 2020 census"), request.timeFrameNote());
        EhcpProjectionResult result = EhcpTestScenarios.run(scenario, 1);
        BudgetRow overspend = result.budget().stream().filter(r -> r.financialYear().equals("2019-20")).findFirst()
                .orElseThrow();
        assertTrue(overspend.observed());
        // Calibrated to the public GBP 7m overspend in 2019/20 (within rounding of the allocation).
        assertEquals(-7_000_000, overspend.inYearBalanceGbp().median(), 300_000);
        assertNotNull(result.goalSeek().factor(), result.goalSeek().status());
        assertTrue(result.goalSeek().factor() < 1, "meeting 5,106 needs fewer joiners than the trend");
        assertTrue(result.hindcast().stream().anyMatch(r -> r.setting().equals("MSS")));
    }
}
