package uk.sufficiency.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import uk.sufficiency.engine.synthetic.GenerationProfile;
import uk.sufficiency.engine.synthetic.ScenarioGenerator;
import uk.sufficiency.engine.synthetic.SingletonsOnly;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioWriter;

/** {@code sufficiency generate}: writes a valid synthetic scenario of 50 to 100,000 children. */
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

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--children", paramLabel = "N",
            description = "Number of children, 50 to 100000 (default: the profile's, 1000 for england, 456 for"
                    + " leicestershire-2015).")
    Integer children;

    @Option(names = "--seed", paramLabel = "S", defaultValue = "1",
            description = "Random seed; the same seed gives byte-identical files (default: ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--out", paramLabel = "DIR", required = true,
            description = "Folder to write scenario.yaml, children.csv and placements.csv into.")
    Path out;

    @Option(names = "--profile", paramLabel = "NAME", defaultValue = "england",
            description = "Calibration: england (any scale; towns by size: county, Midlands, nation) or"
                    + " leicestershire-2015 (the built-in baseline). Default: ${DEFAULT-VALUE}.")
    String profileName;

    @Option(names = "--waiting-share", paramLabel = "SHARE",
            description = "Share of children waiting for a placement, 0 to 1 (default: the profile's, 0.11)."
                    + " Matching benchmarks may want more, e.g. 0.3.")
    Double waitingShare;

    @Option(names = "--name", paramLabel = "TEXT", description = "Scenario name written into scenario.yaml.")
    String name;

    @Option(names = "--singletons",
            description = "Drop sibling groups and living_with rules, so every child is matched alone and min-cost"
                    + " flow finds the exact matching optimum (the 'singletons' instances of 'bench match"
                    + " --generator scenario'). Every other value is as without it.")
    boolean singletons;

    @Override
    public Integer call() {
        if (!GenerationProfile.NAMES.contains(profileName)) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--profile must be one of " + GenerationProfile.NAMES + ", not '" + profileName + "'");
        }
        GenerationProfile profile = GenerationProfile.named(profileName);
        int count = children != null ? children : profile.defaultChildren();
        if (count < ScenarioGenerator.MIN_CHILDREN || count > ScenarioGenerator.MAX_CHILDREN) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--children must be from "
                    + ScenarioGenerator.MIN_CHILDREN + " to " + ScenarioGenerator.MAX_CHILDREN + ", not " + count);
        }
        if (waitingShare != null) {
            if (!(waitingShare >= 0 && waitingShare <= 1)) {
                throw new CommandLine.ParameterException(spec.commandLine(),
                        "--waiting-share must be between 0 and 1, not " + waitingShare);
            }
            profile = profile.withWaitingShare(waitingShare);
        }
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
        ScenarioWriter.write(scenario, out, List.of(
                "Synthetic scenario: no row describes a real child or carer.",
                "Regenerate with: sufficiency " + String.join(" ", regenerationArguments(count))));
        double seconds = (System.nanoTime() - start) / 1e9;
        long waiting = scenario.children().stream().filter(c -> c.status() == ChildStatus.WAITING).count();
        LOG.info("generated {} children ({} waiting) and {} placements in {} s", scenario.children().size(), waiting,
                scenario.placements().size(), String.format("%.2f", seconds));
        spec.commandLine().getOut().printf("Wrote %d children (%d waiting) and %d placements to %s in %.1f s%n",
                scenario.children().size(), waiting, scenario.placements().size(), out, seconds);
        spec.commandLine().getOut().flush();
        return ExitCodes.OK;
    }

    private List<String> regenerationArguments(int count) {
        var args = new java.util.ArrayList<>(List.of("generate", "--profile", profileName, "--children",
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
            args.add("'" + name + "'");
        }
        args.add("--out");
        args.add(out.toString());
        return args;
    }
}
