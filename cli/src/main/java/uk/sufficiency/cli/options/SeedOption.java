package uk.sufficiency.cli.options;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code --seed}: shared by every command with randomness. Unset, a capability uses its section's
 * seed if the scenario sets one, else the one default seed (PipelineContext.DEFAULT_SEED), so a
 * command and {@code run} on the same scenario agree.
 */
public final class SeedOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Long seed;

    @Option(names = "--seed", paramLabel = "N",
            description = "Seed for every random number generator, 0 to 2^53-1; the same inputs and seed give the "
                    + "same results (default: the scenario's seed, else 20150331).")
    void setSeed(long value) {
        this.seed = Ranges.SEED.check(spec, "--seed", value);
    }

    /** The seed given, or null. */
    public Long seed() {
        return seed;
    }
}
