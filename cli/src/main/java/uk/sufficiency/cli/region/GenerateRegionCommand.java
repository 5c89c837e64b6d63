package uk.sufficiency.cli.region;

import com.fasterxml.jackson.databind.node.TextNode;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.sufficiency.cli.ExitCodes;
import uk.sufficiency.cli.options.SeedOption;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.region.EastMidlandsRegion;
import uk.sufficiency.model.io.FolderKind;
import uk.sufficiency.model.io.ResultsFolder;
import uk.sufficiency.model.region.RegionLoader;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioWriter;

/**
 * {@code sufficiency generate-region}: writes the example region (six East Midlands councils
 * calibrated to public figures, {@link EastMidlandsRegion}) as region.yaml, one scenario folder per
 * council and a README naming the command that regenerates it; same seed, same files.
 */
@Command(
        name = "generate-region",
        mixinStandardHelpOptions = true,
        description = "Write the example region: six East Midlands councils (about 3,000 children) with pooling"
                + " rules; same seed, same files.",
        footer = {"", "Example:", "  sufficiency generate-region --seed 2019 --out scenarios/east-midlands-region"})
public final class GenerateRegionCommand implements Callable<Integer> {

    /** The example's pooling rules (an assumption, not a published policy: see the region's README). */
    static final String POOLING = """
            pooling:
              # a council's own foster carers, parent-and-child carers and children's homes are shared
              shared_types: [in_house_foster, parent_and_child, residential_in_house]
              # no child goes to another council's placement more than this far from home (great-circle km)
              max_distance_km: 60
              # the placing council pays the host's price plus 10% (overheads: supervision, support)
              charge:
                uplift_percent: 10
                flat_weekly_gbp: 0
            simulation:
              # the market month by month (simulate, run): each simulation steps all six councils pooled and
              # each alone, so 50 rather than the default 200 keep run on this folder to minutes
              simulations: 50
            """;

    /** Each member's looked-after history, the simulation's entries, leavers and moves (decision 0093). */
    static final String LAC_FILE = "lac-aggregates.csv";

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Mixin
    SeedOption seedOption;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write the region into: a new or empty folder, or one an earlier generate-region"
                    + " wrote and nobody changed since (it is replaced whole).")
    Path out;

    @Override
    public Integer call() throws Exception {
        long seed = seedOption.seed() != null ? seedOption.seed() : PipelineContext.DEFAULT_SEED;
        ResultsFolder.check(out, "--out", List.of(), FolderKind.GENERATED_SCENARIO);
        List<Scenario> councils = EastMidlandsRegion.generate(seed);
        String command = "sufficiency generate-region --seed " + seed + " --out " + out;
        ResultsFolder.write(out, "--out", List.of(), FolderKind.GENERATED_SCENARIO, folder -> {
            StringBuilder members = new StringBuilder("members:\n");
            for (int i = 0; i < councils.size(); i++) {
                String id = EastMidlandsRegion.COUNCILS.get(i).id();
                String history = lacHistory(id);
                folder.write(id + "/" + LAC_FILE, w -> w.write(history));
                Scenario council = councils.get(i).withSetting("lac_projection", "aggregates_file",
                        TextNode.valueOf(out.resolve(id).resolve(LAC_FILE).toAbsolutePath().toString()), "generate-region");
                ScenarioWriter.write(council, folder, id, out.resolve(id), List.of(
                        "Synthetic council of the example region: no row describes a real child or carer.",
                        "Regenerate the whole region with: " + command));
                members.append("  - id: ").append(id).append("\n    name: ").append(EastMidlandsRegion.COUNCILS.get(i)
                        .name()).append("\n    scenario: ").append(id).append('\n');
            }
            folder.write(RegionLoader.FILE_NAME, w -> w.write("# Synthetic region: no row describes a real child or"
                    + " carer.\n# Regenerate with: " + command + "\nname: East Midlands region (6 councils, synthetic)\n"
                    + "description: Six East Midlands councils generated from their published looked-after and"
                    + " fostering figures, pooling their own carers and homes.\n" + members + POOLING));
            folder.write("README.md", w -> w.write(RegionReadme.text(councils, command)));
        });
        int children = councils.stream().mapToInt(s -> s.children().size()).sum();
        int placements = councils.stream().mapToInt(s -> s.placements().size()).sum();
        spec.commandLine().getOut().printf(Locale.ROOT, "Wrote a region of %d councils, %d children and %d placements"
                + " to %s%n", councils.size(), children, placements, out);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /**
     * The council's looked-after history (decision 0035 layout) from its public figures, as the sweep's
     * {@code LacHistoryTable} writes it from DfE's CLA2019 (Rutland, below the sweep's 50 children:
     * its own stocks and children during each year scaled to the 50 generated, Leicestershire's age
     * and placement shares); shipped with the command so that the region regenerates without the data.
     */
    private static String lacHistory(String id) throws IOException {
        try (InputStream in = GenerateRegionCommand.class.getResourceAsStream("lac/" + id + ".csv")) {
            if (in == null) {
                throw new IllegalStateException("no looked-after history shipped for " + id);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
