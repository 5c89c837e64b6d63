package uk.sufficiency.cli.options;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code --simulations}: Monte Carlo draws, shared by every simulating command with one range. */
public final class SimulationsOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Integer simulations;

    @Option(names = "--simulations", paramLabel = "N",
            description = "Monte Carlo simulations, 1 to 10,000 (default: the scenario's setting, else 1000).")
    void setSimulations(int value) {
        this.simulations = Ranges.SIMULATIONS.checkInt(spec, "--simulations", value);
    }

    /** The number given, or null. */
    public Integer simulations() {
        return simulations;
    }
}
