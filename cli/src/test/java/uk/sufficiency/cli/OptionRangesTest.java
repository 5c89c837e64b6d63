package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;

/**
 * Every numeric option of the folder-writing commands is range-checked by picocli through the one
 * checker (options/Ranges): the boundary values are accepted, the values just beyond are refused
 * while parsing (exit status 2, before any work, nothing written), and an option shared by several
 * commands has the same range in each.
 */
class OptionRangesTest {

    @TempDir
    Path dir;

    private static final String MAX_SEED = Long.toString((1L << 53) - 1);
    private static final String OVER_SEED = Long.toString(1L << 53);

    /** Each command with the arguments it needs besides the option tested. */
    private static final List<List<String>> COMMANDS = List.of(
            List.of("generate", "--out", "x"),
            List.of("forecast", "series.csv"),
            List.of("project-lac", "dir"),
            List.of("project-ehcp", "dir"),
            List.of("plan", "dir"),
            List.of("run"),
            List.of("bench", "forecast", "--synthetic", "1", "--horizon", "1"),
            List.of("bench", "match"));

    /** option, the lowest and highest value accepted, a value just below and just above. */
    static Stream<Arguments> ranges() {
        List<Arguments> cases = new ArrayList<>();
        add(cases, "generate", "--children", "50", "100000", "49", "100001");
        add(cases, "generate", "--waiting-share", "0", "1", "-0.01", "1.01");
        add(cases, "forecast", "--horizon", "1", "100", "0", "101");
        add(cases, "forecast", "--level", "0.5", "99.5", "0", "100");
        add(cases, "forecast", "--amber-tolerance", "0", "0.99", "-0.01", "1");
        for (String command : List.of("project-lac", "project-ehcp", "plan")) {
            add(cases, command, "--years", "1", "30", "0", "31");
            add(cases, command, "--simulations", "1", "10000", "0", "10001");
        }
        for (String command : List.of("generate", "project-lac", "project-ehcp", "plan", "run", "bench forecast",
                "bench match")) {
            add(cases, command, "--seed", "0", MAX_SEED, "-1", OVER_SEED);
        }
        add(cases, "plan", "--recruit-cap", "0", "100000", "-1", "100001");
        add(cases, "plan", "--goal-probability", "0.5", "0.99", "0.49", "1");
        add(cases, "bench forecast", "--horizon", "1", "100", "0", "101");
        add(cases, "bench forecast", "--synthetic", "1", "2000", "0", "2001");
        add(cases, "bench match", "--sizes", "1", "10000", "0", "10001");
        add(cases, "bench match", "--time-limit", "1ms", "24h", "0ms", "25h");
        add(cases, "bench match", "--exact-time-limit", "1ms", "24h", "0s", "1441m");
        add(cases, "bench match", "--max-candidates", "0", "1000000", "-1", "1000001");
        add(cases, "bench match", "--exact-max-children", "0", "10000", "-1", "10001");
        add(cases, "bench match", "--waiting-share", "0", "1", "-0.01", "1.01");
        return cases.stream();
    }

    private static void add(List<Arguments> cases, String command, String option, String min, String max, String below,
            String above) {
        cases.add(Arguments.of(command, option, min, max, below, above));
    }

    @ParameterizedTest(name = "{0} {1}: {2} to {3}")
    @MethodSource("ranges")
    void theBoundsAreAcceptedAndTheValuesBeyondRefused(String command, String option, String min, String max,
            String below, String above) {
        assertDoesNotThrow(() -> parse(command, option, min));
        assertDoesNotThrow(() -> parse(command, option, max));
        for (String outside : List.of(below, above)) {
            CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                    () -> parse(command, option, outside), option + " " + outside);
            assertTrue(e.getMessage().startsWith("Invalid value for option '" + option), e.getMessage());
        }
    }

    @Test
    void valuesThatOnceCrashedOrRanAwayAreRefusedBeforeAnyWork() throws Exception {
        String[][] refused = {
            {"project-lac", "dir", "--simulations", "2147483647"},
            {"bench", "forecast", "--synthetic", "2147483647", "--horizon", "6"},
            {"bench", "match", "--sizes", "-5"},
            {"bench", "match", "--time-limit", "-5s"},
            {"bench", "match", "--time-limit", "99999999999s"},
            {"bench", "forecast", "--synthetic", "3", "--horizon", "2", "--origins", "last:2147483647"},
            {"forecast", "series.csv", "--level", "NaN"},
            {"generate", "--children", "99999999999", "--out", "x"},
        };
        for (String[] args : refused) {
            StringWriter err = new StringWriter();
            var commandLine = SufficiencyCommand.commandLine();
            commandLine.setOut(new PrintWriter(new StringWriter()));
            commandLine.setErr(new PrintWriter(err));
            List<String> line = new ArrayList<>(List.of(args));
            line.addAll(List.of("--out", dir.resolve("out").toString()));
            if (args[0].equals("bench") && args[1].equals("match")) {
                line = new ArrayList<>(List.of(args));
                line.addAll(List.of("--write-instances", dir.resolve("out").toString()));
            }
            assertEquals(2, commandLine.execute(line.toArray(String[]::new)), String.join(" ", args) + ": " + err);
            assertTrue(err.toString().contains("Invalid value") || err.toString().contains("not a duration")
                    || err.toString().contains("--origins"), err.toString());
            assertFalse(Files.exists(dir.resolve("out")), String.join(" ", args));
        }
    }

    @Test
    void aLacProjectionBeyondItsSimulationYearsIsRefusedBeforeItRuns() {
        // Each option is in range, their product is not: the projection keeps every simulated month.
        StringWriter err = new StringWriter();
        var commandLine = SufficiencyCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        assertEquals(2, commandLine.execute("project-lac", TestData.ssda903Synthetic().toString(), "--simulations",
                "1000", "--years", "11", "--out", dir.resolve("out").toString()), err::toString);
        assertTrue(err.toString().contains("--simulations") && err.toString().contains("10000 simulation-years"),
                err.toString());
        assertFalse(Files.exists(dir.resolve("out")));
    }

    @Test
    void everySharedOptionHasOneRange() {
        // The same value just beyond a shared range is refused by every command that has the option.
        for (List<String> command : COMMANDS) {
            CommandLine.Model.CommandSpec spec = spec(command);
            for (String[] beyond : new String[][] {{"--seed", OVER_SEED}, {"--years", "31"}, {"--simulations", "10001"},
                {"--horizon", "101"}, {"--waiting-share", "1.01"}}) {
                if (spec.findOption(beyond[0]) != null) {
                    List<String> args = withOption(command, beyond[0], beyond[1]);
                    CommandLine.ParameterException e = assertThrows(CommandLine.ParameterException.class,
                            () -> parse(args), String.join(" ", args));
                    assertTrue(e.getMessage().startsWith("Invalid value for option '" + beyond[0]), e.getMessage());
                }
            }
        }
    }

    private static CommandLine.Model.CommandSpec spec(List<String> command) {
        return command(command).getCommandSpec();
    }

    /** The command alone (building the whole command tree for each parse is slow). */
    private static CommandLine command(List<String> args) {
        Object command = switch (args.get(0)) {
            case "generate" -> new GenerateCommand();
            case "forecast" -> new ForecastCommand();
            case "project-lac" -> new ProjectLacCommand();
            case "project-ehcp" -> new ProjectEhcpCommand();
            case "plan" -> new PlanCommand();
            case "run" -> new uk.sufficiency.cli.run.RunCommand();
            case "bench" -> args.get(1).equals("forecast") ? new BenchForecastCommand() : new BenchMatchCommand();
            default -> throw new IllegalArgumentException(args.get(0));
        };
        return new CommandLine(command);
    }

    private static void parse(String command, String option, String value) {
        List<String> lead = COMMANDS.stream().filter(c -> String.join(" ", c).startsWith(command)).findFirst()
                .orElseThrow();
        parse(withOption(lead, option, value));
    }

    /** The command's arguments with the option set to the value (replacing any value it had). */
    private static List<String> withOption(List<String> lead, String option, String value) {
        List<String> args = new ArrayList<>(lead);
        int existing = args.indexOf(option);
        if (existing >= 0) {
            args.remove(existing + 1);
            args.remove(existing);
        }
        args.add(option);
        args.add(value);
        return args;
    }

    private static void parse(List<String> args) {
        int skip = args.get(0).equals("bench") ? 2 : 1;
        command(args).parseArgs(args.subList(skip, args.size()).toArray(String[]::new));
    }
}
