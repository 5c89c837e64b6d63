package uk.sufficiency.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import uk.sufficiency.cli.options.Ranges;
import uk.sufficiency.cli.options.SeedOption;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.synthetic.GenerationProfile;
import uk.sufficiency.engine.synthetic.PublishedSeries;
import uk.sufficiency.engine.synthetic.ScenarioGenerator;
import uk.sufficiency.engine.synthetic.SingletonsOnly;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.io.FolderKind;
import uk.sufficiency.model.io.ResultsFolder;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioWriter;

/**
 * {@code sufficiency generate}: writes a valid synthetic scenario of 50 to 100,000 children, with
 * every file its scenario.yaml names (the profile's published series too), so whatever the options
 * the folder passes {@code validate}.
 */
@Command(
        name = "generate",
        mixinStandardHelpOptions = true,
        description = "Write a valid synthetic scenario (50 to 100,000 children); same seed, same files.",
        footer = {
            "",
            "Examples:",
            "  sufficiency generate --children 5000 --seed 7 --out /tmp/region",
            "  sufficiency generate --children 100000 --waiting-share 0.3 --out /tmp/nation",
            "  sufficiency generate --profile leicestershire-2015 --seed 2015 --out scenarios/leicestershire-2015"
        })
public final class GenerateCommand implements Callable<Integer> {

    private static final Logger LOG = LoggerFactory.getLogger(GenerateCommand.class);
    /** Longest --name accepted: a title, not a document. */
    static final int MAX_NAME_LENGTH = 200;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    private Integer children;

    @Option(names = "--children", paramLabel = "N",
            description = "Number of children, 50 to 100,000 (default: the profile's, 1000 for england, 456 for"
                    + " leicestershire-2015).")
    void setChildren(int value) {
        children = Ranges.CHILDREN.checkInt(spec, "--children", value);
    }

    @Mixin
    SeedOption seedOption;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write scenario.yaml, children.csv, placements.csv and the profile's series into:"
                    + " a new or empty folder, or one an earlier generate wrote and nobody changed since (it is"
                    + " replaced whole); a scenario edited by hand is never overwritten.")
    Path out;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "england",
            description = "Calibration: england (any scale; towns by size: county, Midlands, nation) or"
                    + " leicestershire-2015 (the built-in baseline). Default: ${DEFAULT-VALUE}.")
    String profileName;

    private Double waitingShare;

    @Option(names = "--waiting-share", paramLabel = "SHARE",
            description = "Share of children waiting for a placement, 0 to 1 (default: the profile's, 0.11)."
                    + " Matching benchmarks may want more, e.g. 0.3.")
    void setWaitingShare(double value) {
        waitingShare = Ranges.share(spec, "--waiting-share", value);
    }

    @Option(names = "--name", paramLabel = "TEXT",
            description = "Scenario name written into scenario.yaml: one line, at most " + MAX_NAME_LENGTH
                    + " characters.")
    String name;

    @Option(names = "--singletons",
            description = "Drop sibling groups and living_with rules, so every child is matched alone and min-cost"
                    + " flow finds the exact matching optimum (the 'singletons' instances of 'bench match"
                    + " --generator scenario'). Every other value is as without it.")
    boolean singletons;

    @Override
    public Integer call() throws Exception {
        GenerationProfile profile = profile();
        int count = children != null ? children : profile.defaultChildren();
        ResultsFolder.check(out, "--out", List.of(), FolderKind.GENERATED_SCENARIO);
        long seed = seed();
        if (name != null) {
            profile = profile.withName(name);
        } else if (profileName.equals("england")) {
            profile = profile.withName("Synthetic scenario, " + count + " children, seed " + seed);
        }
        long start = System.nanoTime();
        Scenario scenario = ScenarioGenerator.generate(profile, count, seed);
        if (singletons) {
            scenario = SingletonsOnly.of(scenario);
        }
        write(profile, scenario, count, seed);
        double seconds = (System.nanoTime() - start) / 1e9;
        long waiting = scenario.children().stream().filter(c -> c.status() == ChildStatus.WAITING).count();
        LOG.info("generated {} children ({} waiting) and {} placements in {} s", scenario.children().size(), waiting,
                scenario.placements().size(), String.format("%.2f", seconds));
        spec.commandLine().getOut().printf("Wrote %d children (%d waiting) and %d placements to %s in %.1f s%n",
                scenario.children().size(), waiting, scenario.placements().size(), out, seconds);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    /** The profile asked for, with the options that change it; every option checked before any work. */
    private GenerationProfile profile() {
        if (!GenerationProfile.NAMES.contains(profileName)) {
            throw usage("--profile must be one of " + GenerationProfile.NAMES + ", not '" + profileName + "'");
        }
        if (name != null && (name.isBlank() || name.length() > MAX_NAME_LENGTH
                || name.codePoints().anyMatch(GenerateCommand::breaksALine))) {
            throw usage("--name must be one line of text of 1 to " + MAX_NAME_LENGTH
                    + " characters, without line breaks, tabs or other control characters");
        }
        GenerationProfile profile = GenerationProfile.named(profileName);
        if (waitingShare != null) {
            profile = profile.withWaitingShare(waitingShare);
        }
        return profile;
    }

    /** Control characters, and the Unicode line and paragraph separators YAML also ends a line at. */
    private static boolean breaksALine(int codePoint) {
        return Character.isISOControl(codePoint) || Character.getType(codePoint) == Character.LINE_SEPARATOR
                || Character.getType(codePoint) == Character.PARAGRAPH_SEPARATOR;
    }

    /** --seed if given, else the one default seed every command uses. */
    private long seed() {
        return seedOption.seed() != null ? seedOption.seed() : PipelineContext.DEFAULT_SEED;
    }

    /**
     * The whole folder is staged and switched in (ResultsFolder), so a killed generate leaves the
     * earlier scenario or none, never a mix, and regenerating replaces an unchanged generated folder whole.
     */
    private void write(GenerationProfile profile, Scenario scenario, int count, long seed) throws Exception {
        List<String> header = List.of("Synthetic scenario: no row describes a real child or carer.",
                "Regenerate with: sufficiency " + String.join(" ", regenerationArguments(count, seed)));
        ResultsFolder.write(out, "--out", List.of(), FolderKind.GENERATED_SCENARIO, folder -> {
            for (PublishedSeries series : profile.publishedSeries()) {
                folder.write(series.ref().file().toString(), writer -> writer.write(series.csv()));
                if (series.ref().panelFile() != null) {
                    folder.write(series.ref().panelFile().toString(), writer -> writer.write(series.panelCsv()));
                }
            }
            ScenarioWriter.write(scenario, folder, "", out, header);
        });
    }

    private CommandLine.ParameterException usage(String message) {
        return new CommandLine.ParameterException(spec.commandLine(), message);
    }

    private List<String> regenerationArguments(int count, long seed) {
        List<String> args = new ArrayList<>(List.of("generate", "--profile", profileName, "--children",
                Integer.toString(count), "--seed", Long.toString(seed)));
        if (waitingShare != null) {
            args.add("--waiting-share");
            args.add(waitingShare.toString());
        }
        if (singletons) {
            args.add("--singletons");
        }
        if (name != null) {
            args.add("--name");
            args.add(shellQuoted(name));
        }
        args.add("--out");
        args.add(out.toString());
        return args;
    }

    /** Single-quoted for a POSIX shell: a quote inside becomes '\'' so the line can be pasted as is. */
    static String shellQuoted(String text) {
        return "'" + text.replace("'", "'\\''") + "'";
    }
}
