package uk.sufficiency.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code sufficiency} command. Each capability is a subcommand in its own class; this class
 * only wires them together and maps failures to exit codes (2 = bad input, 1 = internal error).
 */
@Command(
        name = "sufficiency",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = {
            "Placement sufficiency engine for English local authorities: matches children to",
            "placements, forecasts and projects demand, and plans carer supply.",
            ""
        },
        footer = {
            "",
            "Examples:",
            "  sufficiency validate scenarios/leicestershire-2015",
            "  sufficiency match scenarios/leicestershire-2015 --time-limit 30s --out out/match",
            "",
            "Exit status: 0 success, 2 invalid input (every problem is listed on stderr), 1 internal error."
        },
        subcommands = {
            CommandLine.HelpCommand.class,
            ValidateCommand.class,
            BenchCommand.class,
            MatchCommand.class,
            ExplainCommand.class,
        })
public final class SufficiencyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public void run() {
        spec.commandLine().usage(System.out);
    }

    /** Builds the command line with the project's error handling; tests call this too. */
    public static CommandLine commandLine() {
        CommandLine commandLine = new CommandLine(new SufficiencyCommand());
        commandLine.setExecutionExceptionHandler(new ExitCodes.ExceptionHandler());
        commandLine.setExitCodeExceptionMapper(ExitCodes::forException);
        return commandLine;
    }

    public static void main(String[] args) {
        System.exit(commandLine().execute(args));
    }
}
