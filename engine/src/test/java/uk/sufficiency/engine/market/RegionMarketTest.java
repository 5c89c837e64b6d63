package uk.sufficiency.engine.market;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.region.PoolingRules;
import uk.sufficiency.model.region.Region;
import uk.sufficiency.model.region.RegionMember;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.ScenarioConfig;
import uk.sufficiency.model.validation.ProblemCollector;

class RegionMarketTest {

    private static final PoolingRules FOSTER_SHARED = new PoolingRules(Set.of(PlacementType.IN_HOUSE_FOSTER), null, 10,
            0);

    @TempDir
    Path dir;

    static RegionMarketResult run(Region region, int months, int simulations, long seed) {
        Scenario pooled = region.pooled()
                .withSetting("simulation", "months", IntNode.valueOf(months), "test")
                .withSetting("simulation", "simulations", IntNode.valueOf(simulations), "test");
        RegionMarketCapability capability = new RegionMarketCapability();
        ProblemCollector problems = new ProblemCollector();
        RegionMarketInputs inputs = capability.settings(region, pooled, problems);
        problems.throwIfErrors();
        assertNotNull(inputs);
        return capability.run(inputs, new PipelineContext(pooled, seed, false, null));
    }

    static Region region(PoolingRules pooling, Scenario... members) {
        List<RegionMember> list = new java.util.ArrayList<>();
        for (int i = 0; i < members.length; i++) {
            list.add(new RegionMember("council-" + (char) ('a' + i), members[i]));
        }
        Path at = Path.of("test-region").toAbsolutePath();
        return new Region("test region", "", at, at.resolve("region.yaml"), members[0].asOfDate(), list, pooling,
                ScenarioConfig.empty(), List.of());
    }

    private static double mean(double[] draws) {
        return java.util.Arrays.stream(draws).average().orElseThrow();
    }

    @Test
    void whereSupplyMeetsDemandEveryChildOfEveryCouncilIsPlaced() throws Exception {
        Region region = region(FOSTER_SHARED, MarketTestScenario.write(dir.resolve("a"), 40, 150, 3, 0),
                MarketTestScenario.write(dir.resolve("b"), 40, 150, 3, 0));
        RegionMarketResult result = run(region, 6, 4, 3L);
        for (RegionMarketResult.Council council : result.all()) {
            for (int t = 0; t < result.months(); t++) {
                assertEquals(0.0, council.pooled().interval(MarketMeasure.WAITING, t).upper95(), council.id() + " " + t);
                assertEquals(0.0, council.alone().interval(MarketMeasure.WAITING, t).upper95(), council.id() + " " + t);
                double inHouse = mean(council.inHouse(council.pooled(), t));
                assertEquals(council.pooled().interval(MarketMeasure.IN_CARE, t).mean(), inHouse, 1e-9);
            }
        }
        assertTrue(result.region().pooled().interval(MarketMeasure.ENTERED, 0).mean() > 10, "both councils' entrants");
    }

    @Test
    void theRegionAbsorbsSomeOfTheWaitingOfACouncilWhoseSupplyIsCut() throws Exception {
        // council a: 60 children, 20 places; council b: 60 children, 450 places, all within reach
        Region region = region(FOSTER_SHARED, MarketTestScenario.write(dir.resolve("a"), 60, 20, 1, 0),
                MarketTestScenario.write(dir.resolve("b"), 60, 150, 3, 0));
        RegionMarketResult result = run(region, 12, 6, 5L);
        RegionMarketResult.Council cut = result.councils().get(0);
        RegionMarketResult.Council ample = result.councils().get(1);
        int last = result.months() - 1;
        for (int t = 0; t < result.months(); t++) {
            double[] pooled = result.region().pooled().draws(MarketMeasure.WAITING, t);
            double[] alone = result.region().alone().draws(MarketMeasure.WAITING, t);
            for (int i = 0; i < pooled.length; i++) {
                assertTrue(pooled[i] <= alone[i], "pooled waiting <= alone, month " + t + " simulation " + i);
            }
        }
        assertTrue(cut.alone().interval(MarketMeasure.WAITING, last).mean() > 20, "alone, council a's children wait");
        assertTrue(cut.pooled().interval(MarketMeasure.WAITING, last).mean()
                < cut.alone().interval(MarketMeasure.WAITING, last).mean() - 20, "pooled, the region absorbs them");
        assertTrue(mean(cut.extra(RegionMeasure.PLACED_IN_OTHER_COUNCIL, last)) > 20);
        assertTrue(mean(cut.extra(RegionMeasure.CHARGES_WEEKLY, last)) > 0, "the charge is paid");
        assertEquals(0.0, mean(ample.extra(RegionMeasure.PLACED_IN_OTHER_COUNCIL, last)), 1e-9);
        assertEquals(0.0, ample.pooled().interval(MarketMeasure.WAITING, last).upper95(), "b still places its own");
    }

    @Test
    void nothingSharedIsEachCouncilAlone() throws Exception {
        Region region = region(new PoolingRules(Set.of(), null, 0, 0),
                MarketTestScenario.write(dir.resolve("a"), 60, 20, 1, 0),
                MarketTestScenario.write(dir.resolve("b"), 60, 150, 3, 0));
        RegionMarketResult result = run(region, 6, 3, 9L);
        for (RegionMarketResult.Council council : result.all()) {
            for (int t = 0; t < result.months(); t++) {
                for (MarketMeasure m : MarketMeasure.values()) {
                    assertArrayEquals(council.alone().draws(m, t), council.pooled().draws(m, t), 1e-9,
                            council.id() + " " + m + " " + t);
                }
            }
        }
    }

    @Test
    void theSameSeedGivesTheSameTables() throws Exception {
        Region region = region(FOSTER_SHARED, MarketTestScenario.write(dir.resolve("a"), 60, 20, 1, 6),
                MarketTestScenario.write(dir.resolve("b"), 60, 100, 2, 6));
        var first = RegionMarketTables.of(run(region, 6, 4, 11L));
        var again = RegionMarketTables.of(run(region, 6, 4, 11L));
        var other = RegionMarketTables.of(run(region, 6, 4, 12L));
        assertEquals(first, again);
        assertTrue(!first.equals(other), "another seed draws other months");
    }
}
