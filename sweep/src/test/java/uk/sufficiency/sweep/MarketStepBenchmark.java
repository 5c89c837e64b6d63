package uk.sufficiency.sweep;

import com.fasterxml.jackson.databind.node.IntNode;
import com.sun.management.OperatingSystemMXBean;
import java.lang.management.ManagementFactory;
import java.nio.ByteBuffer;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ForkJoinPool;
import uk.sufficiency.engine.market.MarketCapability;
import uk.sufficiency.engine.market.MarketInputs;
import uk.sufficiency.engine.market.MarketResult;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.pipeline.ProgressListener;
import uk.sufficiency.engine.projection.lac.LacProjectionCapability;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.sweep.figures.CouncilFigures;
import uk.sufficiency.sweep.figures.PublicFigures;
import uk.sufficiency.sweep.task.ScenarioEdit;
import uk.sufficiency.sweep.task.Setting;
import uk.sufficiency.sweep.task.SweepRun;
import uk.sufficiency.sweep.task.SweepTask;
import uk.sufficiency.sweep.task.TaskRunner;
import uk.sufficiency.sweep.task.TaskSeeds;

/**
 * The sweep's simulation step alone, timed per council on one core (docs/BENCHMARKS.md, decision
 * 0094): each council's baseline task of the market sweep spec (3 years, plan.supply.recruit_cap 400),
 * its LAC fit made first and not timed, then the market simulation run {@code rounds} times; the last
 * round's process CPU seconds per simulation and a SHA-256 of every value of the result (so a change
 * to the hot path can be shown to compute the same figures). Run with the test class path:
 * {@code java -cp ... uk.sufficiency.sweep.MarketStepBenchmark SIMULATIONS ROUNDS COUNCIL...}.
 */
public final class MarketStepBenchmark {

    /** CPU seconds and simulations of every council's last round. */
    private static final double[] TOTALS = new double[2];

    private MarketStepBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        int simulations = Integer.parseInt(args[0]);
        int rounds = Integer.parseInt(args[1]);
        PublicFigures.Read figures = PublicFigures.read(PublicFigures.findSharedData(Path.of("").toAbsolutePath()));
        SweepRun run = new SweepRun(2019, 3, List.of("lac", "plan", "simulation"),
                List.of(Setting.of("plan", "supply.recruit_cap_per_year", IntNode.valueOf(400), "benchmark")));
        OperatingSystemMXBean os = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        List<String> councils = new ArrayList<>(List.of(args).subList(2, args.length));
        for (String wanted : councils) {
            CouncilFigures council = figures.councils().stream()
                    .filter(c -> c.code().equalsIgnoreCase(wanted) || c.name().equalsIgnoreCase(wanted)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("no council " + wanted));
            SweepTask task = new SweepTask(council, new ScenarioEdit("baseline", List.of()), 0, simulations,
                    TaskSeeds.block(run.seed(), council.code(), "baseline", 0));
            Scenario scenario = TaskRunner.scenario(task, run, figures.fosteringFile());
            ForkJoinPool oneCore = new ForkJoinPool(1);
            try {
                oneCore.submit(() -> {
                    PipelineContext context = new PipelineContext(scenario, task.seed(), false, ProgressListener.NONE);
                    LacProjectionCapability lac = new LacProjectionCapability();
                    lac.run(lac.settingsOrThrow(scenario), context);
                    MarketCapability market = new MarketCapability();
                    MarketInputs inputs = market.settingsOrThrow(scenario);
                    for (int r = 0; r < rounds; r++) {
                        long cpu = os.getProcessCpuTime();
                        long wall = System.nanoTime();
                        MarketResult result = market.run(inputs, context);
                        double cpuS = (os.getProcessCpuTime() - cpu) / 1e9;
                        double wallS = (System.nanoTime() - wall) / 1e9;
                        System.out.printf(Locale.ROOT, "%s %-28s children %5d round %d: %d sims %.3f CPU s (%.1f ms/sim),"
                                + " wall %.3f s, exact %d service %d, load %.2f, sha %s%n", council.code(), council.name(),
                                council.childrenNow(), r, simulations, cpuS, 1000 * cpuS / simulations, wallS,
                                result.exactMonths(), result.serviceMonths(), os.getSystemLoadAverage(), digest(result));
                        if (r == rounds - 1) {
                            TOTALS[0] += cpuS;
                            TOTALS[1] += simulations;
                        }
                    }
                    return null;
                }).get();
            } finally {
                oneCore.shutdown();
            }
        }
        System.out.printf(Locale.ROOT, "total (last rounds): %d simulations, %.3f CPU s, %.2f ms per simulation%n",
                (long) TOTALS[1], TOTALS[0], 1000 * TOTALS[0] / TOTALS[1]);
    }

    /** SHA-256 of every value of the result, in order, and how its months were solved (first 16 hex digits). */
    static String digest(MarketResult result) throws Exception {
        MessageDigest sha = MessageDigest.getInstance("SHA-256");
        ByteBuffer buffer = ByteBuffer.allocate(8);
        for (double[][] measure : result.values()) {
            for (double[] month : measure) {
                for (double v : month) {
                    sha.update(buffer.clear().putDouble(v).array());
                }
            }
        }
        for (double[][][] measure : result.byLevel()) {
            for (double[][] level : measure) {
                for (double[] month : level) {
                    for (double v : month) {
                        sha.update(buffer.clear().putDouble(v).array());
                    }
                }
            }
        }
        for (double[] year : result.yearCostGbp()) {
            for (double v : year) {
                sha.update(buffer.clear().putDouble(v).array());
            }
        }
        sha.update(buffer.clear().putLong(result.exactMonths()).array());
        sha.update(buffer.clear().putLong(result.serviceMonths()).array());
        return HexFormat.of().formatHex(sha.digest()).substring(0, 16);
    }
}
