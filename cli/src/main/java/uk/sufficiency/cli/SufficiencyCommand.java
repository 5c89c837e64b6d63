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
            "  sufficiency run                        (built-in scenario, results in out/)",
            "  sufficiency compare out/baseline out/plan --out out/compare",
            "  sufficiency validate scenarios/leicestershire-2015",
            "  sufficiency match scenarios/leicestershire-2015 --time-limit 30s --out out/match",
            "  sufficiency generate --children 5000 --seed 7 --out /tmp/region",
            "  sufficiency project-lac ../shared/data/ssda903-synthetic --years 5 --out lac-out",
            "  sufficiency forecast scenarios/leicestershire-2015/series/ehcp.csv --horizon 6",
            "  sufficiency project-ehcp scenarios/leicestershire-2015 --years 5",
            "  sufficiency plan scenarios/leicestershire-2015 --years 5 --recruit L3=+12/yr,L4=+6/yr",
            "",
            "Exit status: 0 success, 2 invalid input (every problem is listed on stderr), 1 internal error."
        },
        subcommands = {
            CommandLine.HelpCommand.class,
            ValidateCommand.class,
            uk.sufficiency.cli.run.RunCommand.class,
            uk.sufficiency.cli.compare.CompareCommand.class,
            BenchCommand.class,
            MatchCommand.class,
            ExplainCommand.class,
            GenerateCommand.class,
            uk.sufficiency.cli.region.GenerateRegionCommand.class,
            ProjectLacCommand.class,
            ForecastCommand.class,
            ProjectEhcpCommand.class,
            PlanCommand.class,
            SimulateCommand.class,
            uk.sufficiency.cli.serve.ServeCommand.class,
        })
public final class SufficiencyCommand implements Runnable {

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @CommandLine.Mixin
    DebugOption debug;

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
        int status;
        try {
            status = commandLine().execute(args);
        } catch (OutOfMemoryError e) {
            // Options are range-checked so that this should not happen; if it does, say so plainly.
            System.err.println("sufficiency: out of memory; try a smaller problem or give Java more memory (java -Xmx8g -jar ...)");
            status = ExitCodes.INTERNAL_ERROR;
        }
        System.exit(status);
    }
}
