package uk.sufficiency.cli;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.sufficiency.cli.options.Ranges;
import uk.sufficiency.engine.matching.bench.InstanceGenerator;
import uk.sufficiency.engine.matching.bench.MatchingBenchmark;
import uk.sufficiency.engine.matching.bench.MatchingBenchmark.Case;
import uk.sufficiency.engine.matching.bench.MatchingBenchmark.Outcome;
import uk.sufficiency.engine.matching.exact.MatchingReference;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.io.FolderKind;
import uk.sufficiency.model.io.ResultsFolder;
import uk.sufficiency.model.scenario.ScenarioWriter;

/** Compares the matching solver with greedy first-fit and with the exact optimum (or a bound). */
@Command(
        name = "match",
        mixinStandardHelpOptions = true,
        description = {
            "Benchmark matching on generated scenarios: the solver (time-limited) against a greedy first-fit",
            "in preference order (roughly matching by hand) and the exact optimum by min-cost flow (exact for",
            "'singletons' instances; for 'realistic' ones, with sibling groups and living-with rules, a bound).",
            "Run from the benchmarks build (benchmarks/target/sufficiency-benchmarks.jar) it also runs the exact",
            "integer program (OR-Tools CP-SAT), which proves the optimum or tightens the bound.",
            "Gaps are soft points above the best lower bound (the tighter of the flow's and the Lagrangian",
            "bound's that keeps sibling groups whole), so they also bound the gap to the optimum.",
            "Prints a Markdown table for docs/BENCHMARKS.md."
        },
        footer = {"", "Examples:",
            "  sufficiency bench match --sizes 500,2000,10000 --time-limit 10s,30s,60s --seed 1",
            "  sufficiency bench match --generator scenario --sizes 500 --time-limit 10s --write-instances bench-in"})
public final class BenchMatchCommand implements Callable<Integer> {

    private List<Integer> sizes = List.of(500, 2000, 10000);

    @Option(names = "--sizes", split = ",", paramLabel = "N",
            description = "Children per instance, each 1 to 10,000 (default 500,2000,10000).")
    void setSizes(List<Integer> values) {
        values.forEach(size -> Ranges.INSTANCE_CHILDREN.check(spec, "--sizes", size));
        sizes = List.copyOf(values);
    }

    private List<Duration> timeLimits = List.of(Duration.ofSeconds(10), Duration.ofSeconds(30), Duration.ofSeconds(60));

    @Option(names = "--time-limit", split = ",", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Solver time limit, 1ms to 24h: one for all sizes, or one per size (default 10s,30s,60s).")
    void setTimeLimits(List<Duration> values) {
        values.forEach(limit -> Ranges.timeLimit(spec, "--time-limit", limit));
        timeLimits = List.copyOf(values);
    }

    private long seed = 1;

    @Option(names = "--seed", paramLabel = "N", description = "Instance and solver seed, 0 to 2^53-1 (default 1).")
    void setSeed(long value) {
        seed = Ranges.SEED.check(spec, "--seed", value);
    }

    @Option(names = "--families", split = ",", defaultValue = "singletons,realistic",
            description = "Instance families: singletons (exact optimum known), realistic (siblings, living-with rules).")
    List<String> families;

    private int maxCandidates;

    @Option(names = "--max-candidates", paramLabel = "N",
            description = "Cheapest eligible placements kept per request, for every method, 0 to 1,000,000 (0 = all;"
                    + " default 0).")
    void setMaxCandidates(int value) {
        maxCandidates = Ranges.CANDIDATES.checkInt(spec, "--max-candidates", value);
    }

    private Duration exactTimeLimit = Duration.ofSeconds(120);

    @Option(names = "--exact-time-limit", converter = DurationConverter.class, paramLabel = "DURATION",
            description = "Time limit of an installed exact method (CP-SAT, in the benchmarks build), 1ms to 24h"
                    + " (default 120s).")
    void setExactTimeLimit(Duration value) {
        exactTimeLimit = Ranges.timeLimit(spec, "--exact-time-limit", value);
    }

    private int exactMaxChildren = 200;

    @Option(names = "--exact-max-children", paramLabel = "N",
            description = "Run the installed exact method (on instances flow cannot solve exactly) only up to this many"
                    + " children, 0 to 10,000 (default 200).")
    void setExactMaxChildren(int value) {
        exactMaxChildren = Ranges.EXACT_CHILDREN.checkInt(spec, "--exact-max-children", value);
    }

    @Option(names = "--generator", defaultValue = "random", paramLabel = "NAME",
            description = "Instances from: random (every child waiting; default) or scenario (the generator behind"
                    + " 'sufficiency generate': waiting, placed and permanent children, towns, connected carers;"
                    + " --sizes then counts waiting children).")
    String generatorName;

    private double waitingShare = InstanceGenerator.DEFAULT_WAITING_SHARE;

    @Option(names = "--waiting-share", paramLabel = "SHARE",
            description = "With --generator scenario: share of all children who are waiting, 0 to 1 (above 0 there;"
                    + " default " + InstanceGenerator.DEFAULT_WAITING_SHARE + "; 1 = every child waiting).")
    void setWaitingShare(double value) {
        waitingShare = Ranges.share(spec, "--waiting-share", value);
    }

    @Option(names = "--write-instances", paramLabel = "DIR",
            description = "Also write every instance, before benchmarking, as a scenario folder"
                    + " DIR/FAMILY-GENERATOR-SIZE-seedSEED that 'sufficiency match' can run on (DIR is written whole,"
                    + " as by 'generate').")
    Path writeInstances;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        if (timeLimits.size() != 1 && timeLimits.size() != sizes.size()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give one --time-limit, or one per size");
        }
        for (String family : families) {
            if (!family.equals("singletons") && !family.equals("realistic")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--families: '" + family + "' is not singletons or realistic");
            }
        }
        InstanceGenerator generator;
        try {
            generator = InstanceGenerator.of(generatorName);
            if (generator == InstanceGenerator.SCENARIO) {
                for (int size : sizes) {
                    InstanceGenerator.totalChildren(size, waitingShare);
                }
            }
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (writeInstances != null) {
            ResultsFolder.check(writeInstances, "--write-instances", List.of(), FolderKind.GENERATED_SCENARIO);
            writeInstances(generator);
        }
        var out = spec.commandLine().getOut();
        MatchingReference mip = MatchingReference.installed().stream().findFirst().orElse(null);
        out.println("| family | children | requests | placements | method | time s | placed | score "
                + "(hard/medium/soft) | soft above lower bound | peak heap MiB |");
        out.println("|---|---|---|---|---|---|---|---|---|---|");
        out.flush();
        List<Case> cases = new ArrayList<>();
        for (String family : families) {
            for (int i = 0; i < sizes.size(); i++) {
                Duration limit = timeLimits.get(timeLimits.size() == 1 ? 0 : i);
                boolean singletons = family.equals("singletons");
                Scenario instance = generator.generate(sizes.get(i), seed, singletons, waitingShare);
                Case c = MatchingBenchmark.run(instance, singletons, seed, limit, maxCandidates,
                        sizes.get(i) <= exactMaxChildren ? mip : null, exactTimeLimit);
                cases.add(c);
                String label = generator == InstanceGenerator.RANDOM ? family : family + " (" + generator.word() + ")";
                String lead = String.format(Locale.ROOT, "| %s | %d | %d | %d", label, c.children(), c.requests(),
                        c.placements());
                out.println(row(lead, "greedy first-fit", c.greedy(), gap(c, c.greedy())));
                out.println(row(lead, c.exact() ? "exact (min-cost flow)" : "bound (relaxed min-cost flow)",
                        c.reference(), gap(c, c.reference())));
                if (c.lagrangian() != null) {
                    // decision 0079: sibling groups whole in per-placement knapsacks; never looser than the flow
                    out.println(String.format(Locale.ROOT, "%s | bound (Lagrangian, groups whole) | - | - | %s | - | - |",
                            lead, c.lagrangian()));
                }
                if (c.mip() != null) {
                    String bound = c.mip().softBound() == null ? "no bound" : "bound " + c.mip().softBound() + "soft";
                    out.println(row(lead, c.mip().name() + (c.mip().optimal() ? ", optimal" : ", best found; " + bound),
                            c.mip().outcome(), gap(c, c.mip().outcome())));
                }
                out.println(row(lead, "solver " + limit.toSeconds() + " s", c.solver(), gap(c, c.solver())));
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    /**
     * Writes every instance as a scenario folder under --write-instances, the folder staged and
     * switched in whole (as by generate). Instances are generated again for the benchmark (the same
     * seed gives the same instance), so that they are not all held in memory at once.
     */
    private void writeInstances(InstanceGenerator generator) throws Exception {
        var err = spec.commandLine().getErr();
        ResultsFolder.write(writeInstances, "--write-instances", List.of(), FolderKind.GENERATED_SCENARIO, folder -> {
            for (String family : families) {
                for (int size : sizes) {
                    Scenario instance = generator.generate(size, seed, family.equals("singletons"), waitingShare);
                    String name = String.format(Locale.ROOT, "%s-%s-%d-seed%d", family, generator.word(), size, seed);
                    Path dir = writeInstances.resolve(name);
                    ScenarioWriter.write(instance, folder, name, dir, header(generator, family, size, dir));
                }
            }
        });
        err.println("wrote " + families.size() * sizes.size() + " instance(s) to " + writeInstances);
        err.flush();
    }

    /** How the instance was made, for its scenario.yaml header. */
    private List<String> header(InstanceGenerator generator, String family, int size, Path dir) {
        List<String> header = new ArrayList<>(List.of(
                "Synthetic benchmark instance: no row describes a real child or carer.",
                String.format(Locale.ROOT, "Made by: sufficiency bench match --generator %s --families %s --sizes %d"
                        + " --seed %d%s", generator.word(), family, size, seed,
                        generator == InstanceGenerator.SCENARIO ? " --waiting-share " + waitingShare : "")));
        for (String command : generator.regenerateCommand(size, seed, family.equals("singletons"), waitingShare,
                dir.toString())) {
            header.add("Same children.csv and placements.csv: " + command);
        }
        return header;
    }

    private static String row(String lead, String method, Outcome o, String gap) {
        return String.format(Locale.ROOT, "%s | %s | %.1f | %d | %s | %s | %d |", lead, method, o.millis() / 1000.0,
                o.placedChildren(), o.score(), gap, o.peakHeapMb());
    }

    /** Soft points above the lower bound, or why there is no such figure (other hard/medium levels). */
    private static String gap(Case c, Outcome o) {
        Double gap = c.gapPercent(o);
        if (gap != null) {
            return String.format(Locale.ROOT, "%+.2f %%", gap);
        }
        // A bound from the relaxation can place more than a proven optimum does.
        return o.score().compareTo(c.bound()) > 0 ? "n/a (places more than possible)" : "n/a (places fewer)";
    }
}
