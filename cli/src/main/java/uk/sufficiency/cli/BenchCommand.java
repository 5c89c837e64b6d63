package uk.sufficiency.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** Parent of the reproducible benchmark commands; each capability adds its own subcommand. */
@Command(
        name = "bench",
        mixinStandardHelpOptions = true,
        description = "Reproducible benchmarks of speed and quality (results belong in docs/BENCHMARKS.md).",
        subcommands = {
            BenchMatchCommand.class,
            BenchForecastCommand.class,
        })
public final class BenchCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }
}
