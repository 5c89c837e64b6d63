package uk.sufficiency.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.cli.report.CsvTableWriter;
import uk.sufficiency.cli.run.EhcpStep;
import uk.sufficiency.cli.run.RunContext;
import uk.sufficiency.cli.run.StepResult;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.table.Table;

class ProjectEhcpCommandTest {

    @TempDir
    Path folder;

    private Path inputs(String extraTransition) throws IOException {
        return WitanInputs.write(folder, extraTransition);
    }

    private int run(StringWriter err, String... args) {
        var commandLine = SufficiencyCommand.commandLine();
        commandLine.setOut(new PrintWriter(new StringWriter()));
        commandLine.setErr(new PrintWriter(err));
        return commandLine.execute(args);
    }

    @Test
    void writesTheReportAndTablesForAWitanFolder() throws IOException {
        Path in = inputs("");
        Path out = folder.resolve("out");
        int status = run(new StringWriter(), "project-ehcp", in.toString(), "--years", "3", "--simulations", "50",
                "--seed", "4", "--out", out.toString());
        assertEquals(0, status);
        for (String table : new String[] {"counts-total", "counts-by-need", "counts-by-setting",
            "counts-by-setting-need-age-band", "counts-by-age-band", "costs-by-setting", "budget", "hindcast",
            "track-record", "fitted-rates", "joiner-trend", "assumptions"}) {
            assertTrue(Files.exists(out.resolve("csv/ehcp-" + table + ".csv")), table);
        }
        assertTrue(Files.exists(out.resolve("report.html")));
        String total = Files.readString(out.resolve("csv/ehcp-counts-total.csv"));
        assertTrue(total.startsWith("census_year,basis,mean,median,lower_80,upper_80,lower_95,upper_95\n"), total);
        assertTrue(total.contains("\n2020,projected,"), total);
        // Same seed, same output.
        Path again = folder.resolve("again");
        run(new StringWriter(), "project-ehcp", in.toString(), "--years", "3", "--simulations", "50", "--seed", "4",
                "--out", again.toString());
        assertEquals(Files.readString(out.resolve("csv/ehcp-budget.csv")),
                Files.readString(again.resolve("csv/ehcp-budget.csv")));
        assertEquals(total, Files.readString(again.resolve("csv/ehcp-counts-total.csv")));
    }

    @Test
    void badInputExitsTwoAndWritesNothing() throws IOException {
        Path in = inputs("2016,A,X,2,A,T,3\n");
        Path out = folder.resolve("out");
        StringWriter err = new StringWriter();
        int status = run(err, "project-ehcp", in.toString(), "--simulations", "10", "--out", out.toString());
        assertEquals(2, status);
        assertTrue(err.toString().contains("transitions.csv:"), err.toString());
        assertTrue(err.toString().contains("column need-1, value 'X'"), err.toString());
        assertFalse(Files.exists(out));
    }

    @Test
    void readsTheEhcpProjectionSectionOfAScenario() throws IOException {
        Path in = inputs("");
        Files.writeString(in.resolve("children.csv"), "child_id,birth_date\n");
        Files.writeString(in.resolve("placements.csv"), "placement_id,type,places\n");
        Files.writeString(in.resolve("scenario.yaml"), """
                name: ehcp test
                as_of: 2018-01-15
                files:
                  children: children.csv
                  placements: placements.csv
                ehcp_projection:
                  transitions_file: transitions.csv
                  population_file: population.csv
                  costs_file: costs.csv
                  valid_states_file: valid-states.csv
                  backtest_simulations: 0
                  block_allocation_gbp: {"2018-19": 100000}
                """);
        Path out = folder.resolve("scenario-out");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "project-ehcp", in.toString(), "--years", "2", "--simulations", "20", "--out",
                out.toString()), err.toString());
        assertTrue(Files.readString(out.resolve("csv/ehcp-budget.csv")).contains("2018-19,projected,"));
    }

    /** Issue 12: the command and run's EHCP step give identical figures, for the baseline and both variants. */
    @Test
    void commandAndRunStepAgreeOnEveryScenario() throws Exception {
        for (String name : List.of("leicestershire-2015", "leicestershire-2015-block-ifa",
                "leicestershire-2015-residential-homes")) {
            Path dir = repositoryRoot().resolve("scenarios/" + name);
            Path out = folder.resolve(name);
            StringWriter err = new StringWriter();
            assertEquals(0, run(err, "project-ehcp", dir.toString(), "--quick", "--seed", "7", "--out", out.toString()),
                    err.toString());
            Scenario scenario = ScenarioLoader.load(dir);
            StepResult step = new EhcpStep().run(new RunContext(scenario, List.of(), 7L, true, null));
            assertTrue(step.tables().size() >= 12, name + ": " + step.summary());
            for (Table table : step.tables()) {
                if (table.name().equals("ehcp-sensitivity")) {
                    continue; // the drivers' tornado is the run's report only (decision 0071)
                }
                StringWriter csv = new StringWriter();
                CsvTableWriter.write(table, csv);
                assertEquals(csv.toString(), Files.readString(out.resolve("csv/" + table.name() + ".csv")),
                        name + ": " + table.name());
            }
        }
    }

    /** Issue 12/13: a variant overrides one key of the section and inherits the rest. */
    @Test
    void aVariantOverridesOneKey() throws IOException {
        Path variant = Files.createDirectories(folder.resolve("variant"));
        // extends is written relative to the variant's folder, as the loader requires
        Path base = repositoryRoot().resolve("scenarios/leicestershire-2015").toAbsolutePath().normalize();
        Files.writeString(variant.resolve("scenario.yaml"), "name: constant joiners\nextends: "
                + variant.toAbsolutePath().relativize(base) + "\nehcp_projection: {joiner_trend: constant}\n");
        Path out = folder.resolve("variant-out");
        StringWriter err = new StringWriter();
        assertEquals(0, run(err, "project-ehcp", variant.toString(), "--quick", "--years", "2", "--out", out.toString()),
                err.toString());
        String assumptions = Files.readString(out.resolve("csv/ehcp-assumptions.csv"));
        assertTrue(assumptions.contains("ehcp_projection.joiner_trend,CONSTANT"), assumptions);
        assertTrue(Files.readString(out.resolve("csv/ehcp-budget.csv")).contains("2021-22,projected,"));
    }

    private static Path repositoryRoot() {
        for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
            if (Files.isDirectory(p.resolve("scenarios/leicestershire-2015"))) {
                return p;
            }
        }
        throw new IllegalStateException("scenarios/ not found");
    }
}
