package uk.sufficiency.engine.market;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.management.ManagementFactory;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.planning.PlanTestScenario;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The goal of issue 17: the built-in scenario, 36 months x 200 simulations, under 60 s on 2 cores.
 * Prints wall and process CPU time and the load, for docs/BENCHMARKS.md. Run with
 * {@code mvn -Pbenchmark -pl engine -am test -Dtest=MarketBenchmarkTest -Dsurefire.failIfNoSpecifiedTests=false}.
 */
@Tag("benchmark")
class MarketBenchmarkTest {

    @Test
    void builtInScenario36MonthsBy200Simulations() {
        Scenario scenario = ScenarioLoader.load(PlanTestScenario.repositoryScenario("leicestershire-2015"));
        MarketCapability capability = new MarketCapability();
        ProblemCollector problems = new ProblemCollector();
        MarketInputs inputs = capability.settings(scenario, problems);
        problems.throwIfErrors();
        var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        double loadBefore = os.getSystemLoadAverage();
        long cpu = os.getProcessCpuTime();
        long wall = System.nanoTime();
        MarketResult result = capability.run(inputs, new PipelineContext(scenario, null, false, null));
        double seconds = (System.nanoTime() - wall) / 1e9;
        double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
        int last = result.months() - 1;
        System.out.printf(Locale.ROOT, "market simulation: %d simulations x %d months in %.1f s wall, %.1f s CPU"
                + " (%d processors, load %.1f before, %.1f after); months by exact flow %d, by the matching service %d%n",
                result.simulations(), result.months(), seconds, cpuSeconds, os.getAvailableProcessors(), loadBefore,
                os.getSystemLoadAverage(), result.exactMonths(), result.serviceMonths());
        for (MarketMeasure measure : List.of(MarketMeasure.WAITING, MarketMeasure.MEAN_WAIT, MarketMeasure.PLACED_IFA,
                MarketMeasure.PLACED_IN_HOUSE_FOSTER, MarketMeasure.OUT_OF_COUNTY, MarketMeasure.PLACEMENT_MOVES,
                MarketMeasure.ANNUAL_COST)) {
            System.out.printf(Locale.ROOT, "  %s at month %d: %s%n", measure.id(), last + 1, result.interval(measure, last));
        }
        assertTrue(result.simulations() == 200 && result.months() == 36);
    }
}
