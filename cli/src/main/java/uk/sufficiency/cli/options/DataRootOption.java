package uk.sufficiency.cli.options;

import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/**
 * {@code --data-root DIR}: the one folder outside a scenario from which its files may be read. A
 * scenario names only files inside its own folder (and the folders it extends) unless the person
 * running the command names a shared data folder here; the same in every command that reads a scenario.
 */
public final class DataRootOption {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private Path root;

    @Option(names = "--data-root", paramLabel = "DIR",
            description = "A folder of shared data the scenario may name files in (relative to the scenario, or"
                    + " absolute); without it a scenario reads only inside its own folder and the folders it extends.")
    void setRoot(Path value) {
        if (!Files.isDirectory(value)) {
            throw new ParameterException(spec.commandLine(),
                    "Invalid value for option '--data-root': " + value + " is not a folder");
        }
        root = value.toAbsolutePath().normalize();
    }

    /** The folder given, absolute, or null. */
    public Path root() {
        return root;
    }
}
