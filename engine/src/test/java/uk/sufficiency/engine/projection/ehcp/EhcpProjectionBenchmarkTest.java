package uk.sufficiency.engine.projection.ehcp;

import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.IntNode;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;

/**
 * Goal: 1,000 simulations x 7 years for 8,000 EHCPs in under 15 s on 2 cores. Synthetic inputs:
 * 6 settings x 12 needs x academic years -1..20, two years of transitions of 8,000 plans each.
 * Run: {@code mvn -B -o -q -Pbenchmark -pl engine -am test -Dtest=EhcpProjectionBenchmarkTest
 * -Dsurefire.failIfNoSpecifiedTests=false}
 */
@Tag("benchmark")
class EhcpProjectionBenchmarkTest {

    private static final String[] SETTINGS = {"MSA", "RP", "MSS", "ISS", "P16", "OTH"};
    private static final int[][] YEARS = {{0, 13}, {0, 13}, {-1, 14}, {0, 14}, {12, 20}, {-1, 20}};
    private static final String[] NEEDS = {"ASD", "SEMH", "SLCN", "MLD", "SLD", "PMLD", "SpLD", "HI", "VI", "MSI",
        "PD", "OTH"};

    @TempDir
    Path folder;

    @Test
    void thousandSimulationsOfSevenYearsForEightThousandPlans() throws IOException {
        writeInputs();
        var scenario = EhcpFolderScenario.witan(folder)
                .withSetting(EhcpSettings.SECTION, "years", IntNode.valueOf(7), "--years")
                .withSetting(EhcpSettings.SECTION, "backtest_simulations", IntNode.valueOf(0), "benchmark");
        EhcpInputs inputs = EhcpTestScenarios.request(scenario).inputs();
        double startPlans = EhcpInputs.total(inputs.census().get(inputs.lastCensusYear()));
        long cpuBefore = processCpuNanos();
        long started = System.nanoTime();
        EhcpProjectionResult result = EhcpTestScenarios.run(scenario, 2026);
        double projectSeconds = (System.nanoTime() - started) / 1e9;
        new EhcpCapability().tables(result);
        double totalSeconds = (System.nanoTime() - started) / 1e9;
        double cpuSeconds = (processCpuNanos() - cpuBefore) / 1e9;
        System.out.printf("EHCP benchmark: %.0f starting plans, 1000 simulations x 7 years: projection %.2f s, "
                + "with tables %.2f s wall, %.2f s CPU (process), %d processors%n", startPlans, projectSeconds,
                totalSeconds, cpuSeconds, Runtime.getRuntime().availableProcessors());
        assertTrue(startPlans >= 7900 && startPlans <= 8100, "starting plans " + startPlans);
        // The shared machine is often loaded, so the goal is checked on CPU time: under 15 CPU-seconds
        // means under 15 s wall on even one free core (the wall time is printed for the record).
        assertTrue(cpuSeconds < 15, "took " + cpuSeconds + " CPU-seconds");
    }

    private static long processCpuNanos() {
        var os = ManagementFactory.getOperatingSystemMXBean();
        if (os instanceof com.sun.management.OperatingSystemMXBean sun) {
            return sun.getProcessCpuTime();
        }
        return 0;
    }

    private void writeInputs() throws IOException {
        Random random = new Random(8000);
        StringBuilder states = new StringBuilder(
                "setting,setting-group,min-academic-year,max-academic-year,needs,setting->setting\n");
        for (int s = 0; s < SETTINGS.length; s++) {
            states.append(SETTINGS[s]).append(",g,").append(YEARS[s][0]).append(',').append(YEARS[s][1])
                    .append(",\"").append(String.join(",", NEEDS)).append("\",\"").append(String.join(",", SETTINGS))
                    .append("\"\n");
        }
        Files.writeString(folder.resolve("valid-states.csv"), states);
        StringBuilder costs = new StringBuilder("need,setting,cost\n");
        for (String setting : SETTINGS) {
            costs.append("*,").append(setting).append(',').append(5000 + 5000 * random.nextInt(8)).append('\n');
        }
        Files.writeString(folder.resolve("costs.csv"), costs);
        StringBuilder population = new StringBuilder("calendar-year,academic-year,population\n");
        for (int year = 2017; year <= 2030; year++) {
            for (int ay = -5; ay <= 25; ay++) {
                population.append(year).append(',').append(ay).append(",9000\n");
            }
        }
        Files.writeString(folder.resolve("population.csv"), population);
        StringBuilder transitions = new StringBuilder(
                "calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2\n");
        for (int year = 2018; year <= 2019; year++) {
            for (int p = 0; p < 8000; p++) {
                int s = random.nextInt(SETTINGS.length);
                int ay = YEARS[s][0] + random.nextInt(YEARS[s][1] - YEARS[s][0]);
                String need = NEEDS[random.nextInt(NEEDS.length)];
                String from = year + "," + SETTINGS[s] + "," + need + "," + ay + ",";
                double u = random.nextDouble();
                if (u < 0.08 || ay + 1 > YEARS[s][1]) {
                    transitions.append(from).append("NONSEND,NONSEND,").append(ay + 1).append('\n');
                    continue;
                }
                int to = s;
                if (u < 0.13) {
                    to = random.nextInt(SETTINGS.length);
                    if (ay + 1 < YEARS[to][0] || ay + 1 > YEARS[to][1]) {
                        to = s;
                    }
                }
                transitions.append(from).append(SETTINGS[to]).append(',').append(need).append(',').append(ay + 1)
                        .append('\n');
            }
            for (int j = 0; j < 673; j++) {
                int s = random.nextInt(SETTINGS.length);
                int ay = YEARS[s][0] + random.nextInt(YEARS[s][1] - YEARS[s][0] + 1);
                transitions.append(year).append(",NONSEND,NONSEND,").append(ay - 1).append(',').append(SETTINGS[s])
                        .append(',').append(NEEDS[random.nextInt(NEEDS.length)]).append(',').append(ay).append('\n');
            }
        }
        Files.writeString(folder.resolve("transitions.csv"), transitions);
    }
}
