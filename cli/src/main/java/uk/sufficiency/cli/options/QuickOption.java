package uk.sufficiency.cli.options;

import picocli.CommandLine.Option;

/** {@code --quick}: fewer simulations and shorter solving, for first looks; the same in every command. */
public final class QuickOption {

    @Option(names = "--quick", description = "A shorter run (fewer simulations, shorter solving) for first looks.")
    boolean quick;

    public boolean quick() {
        return quick;
    }
}
