package uk.sufficiency.cli;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.sufficiency.engine.matching.bench.MatchingBenchmark;
import uk.sufficiency.engine.matching.bench.MatchingBenchmark.Case;
import uk.sufficiency.engine.matching.bench.MatchingBenchmark.Outcome;
import uk.sufficiency.engine.matching.exact.MatchingReference;

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
            "Gaps are soft points above the best lower bound, so they also bound the gap to the optimum.",
            "Prints a Markdown table for docs/BENCHMARKS.md."
        },
        footer = {"", "Example:",
            "  sufficiency bench match --sizes 500,2000,10000 --time-limit 10s,30s,60s --seed 1"})
public final class BenchMatchCommand implements Callable<Integer> {

    @Option(names = "--sizes", split = ",", defaultValue = "500,2000,10000", description = "Children per instance.")
    List<Integer> sizes;

    @Option(names = "--time-limit", split = ",", defaultValue = "10s,30s,60s", converter = DurationConverter.class,
            description = "Solver time limit: one for all sizes, or one per size.")
    List<Duration> timeLimits;

    @Option(names = "--seed", defaultValue = "1", description = "Instance and solver seed (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--families", split = ",", defaultValue = "singletons,realistic",
            description = "Instance families: singletons (exact optimum known), realistic (siblings, living-with rules).")
    List<String> families;

    @Option(names = "--max-candidates", defaultValue = "0",
            description = "Cheapest eligible placements kept per request, for every method (0 = all).")
    int maxCandidates;

    @Option(names = "--exact-time-limit", defaultValue = "120s", converter = DurationConverter.class,
            description = "Time limit of an installed exact method (CP-SAT, in the benchmarks build) (default ${DEFAULT-VALUE}).")
    Duration exactTimeLimit;

    @Option(names = "--exact-max-children", defaultValue = "2000",
            description = "Run the installed exact method only up to this many children (default ${DEFAULT-VALUE}).")
    int exactMaxChildren;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (timeLimits.size() != 1 && timeLimits.size() != sizes.size()) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give one --time-limit, or one per size");
        }
        for (String family : families) {
            if (!family.equals("singletons") && !family.equals("realistic")) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--families: '" + family + "' is not singletons or realistic");
            }
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
                int children = sizes.get(i);
                Case c = MatchingBenchmark.run(children, family.equals("singletons"), seed, limit, maxCandidates,
                        children <= exactMaxChildren ? mip : null, exactTimeLimit);
                cases.add(c);
                String lead = String.format(Locale.ROOT, "| %s | %d | %d | %d", family, c.children(), c.requests(),
                        c.placements());
                out.println(row(lead, "greedy first-fit", c.greedy(), c.greedyGapPercent()));
                out.println(row(lead, c.exact() ? "exact (min-cost flow)" : "bound (relaxed min-cost flow)",
                        c.reference(), c.gapPercent(c.reference())));
                if (c.mip() != null) {
                    String bound = c.mip().softBound() == null ? "no bound" : "bound " + c.mip().softBound() + "soft";
                    out.println(row(lead, c.mip().name() + (c.mip().optimal() ? ", optimal" : ", best found; " + bound),
                            c.mip().outcome(), c.gapPercent(c.mip().outcome())));
                }
                out.println(row(lead, "solver " + limit.toSeconds() + " s", c.solver(), c.softGapPercent()));
                out.flush();
            }
        }
        return ExitCodes.OK;
    }

    private static String row(String lead, String method, Outcome o, Double gap) {
        return String.format(Locale.ROOT, "%s | %s | %.1f | %d | %s | %s | %d |", lead, method, o.millis() / 1000.0,
                o.placedChildren(), o.score(), gap == null ? "n/a (places fewer)" : String.format(Locale.ROOT, "%+.2f %%", gap),
                o.peakHeapMb());
    }
}
