package uk.sufficiency.cli.options;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --simulations}: Monte Carlo draws, shared by every simulating command with one range. */
public final class SimulationsOption {

    /** Enough for stable 95% intervals; more only costs memory and time. */
    public static final int MAX = 100_000;

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Integer simulations;

    @Option(names = "--simulations", paramLabel = "N",
            description = "Monte Carlo simulations, 1 to 100,000 (default: the scenario's setting, else 1000).")
    void setSimulations(int value) {
        this.simulations = (int) Ranges.check(spec, "--simulations", value, 1, MAX, "a number of simulations");
    }

    /** The number given, or null. */
    public Integer simulations() {
        return simulations;
    }
}
