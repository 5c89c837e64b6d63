package uk.sufficiency.cli;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import uk.sufficiency.engine.projection.ehcp.EhcpProjection;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.ProjectionOptions;
import uk.sufficiency.engine.projection.ehcp.config.EhcpConfigLoader;
import uk.sufficiency.engine.projection.ehcp.config.EhcpProjectionConfig;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputLoader;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.report.EhcpReportWriter;
import uk.sufficiency.model.io.OutputDirectory;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/** {@code sufficiency project-ehcp}: EHCP numbers and high-needs spend, with intervals, from a folder of inputs. */
@Command(
        name = "project-ehcp",
        mixinStandardHelpOptions = true,
        description = {
            "Projects EHCPs by year, need, setting and age band, their cost and the",
            "high-needs budget position, with 80%% and 95%% intervals from a seeded Monte",
            "Carlo simulation, and backtests the model. DIR holds the inputs: an",
            "ehcp-projection.yaml naming them, a scenario.yaml with an ehcp_projection",
            "section, or witan.send's transitions.csv, population.csv, costs.csv and",
            "valid-states.csv."
        })
public final class ProjectEhcpCommand implements Callable<Integer> {

    /** The section of scenario.yaml this command reads. */
    static final String SECTION = "ehcp_projection";

    private static final Logger LOG = LoggerFactory.getLogger(ProjectEhcpCommand.class);

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Parameters(index = "0", paramLabel = "DIR", description = "Folder of inputs (a scenario folder or e.g. send-demo).")
    Path directory;

    @Option(names = "--years", defaultValue = "5", description = "Years to project after the last census (default ${DEFAULT-VALUE}).")
    int years;

    @Option(names = "--simulations", defaultValue = "1000", description = "Monte Carlo simulations (default ${DEFAULT-VALUE}).")
    int simulations;

    @Option(names = "--seed", defaultValue = "20200101", description = "Random seed; same inputs and seed give the same outputs (default ${DEFAULT-VALUE}).")
    long seed;

    @Option(names = "--config", paramLabel = "FILE", description = "Projection settings (YAML); default DIR/ehcp-projection.yaml if present.")
    Path configFile;

    @Option(names = "--out", paramLabel = "DIR", defaultValue = "ehcp-projection", description = "Output folder (default ${DEFAULT-VALUE}).")
    Path out;

    @Override
    public Integer call() {
        if (years < 1 || years > 50) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--years must be from 1 to 50");
        }
        if (simulations < 1 || simulations > 1_000_000) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--simulations must be from 1 to 1000000");
        }
        if (!Files.isDirectory(directory)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "DIR is not a folder: " + directory);
        }
        Path config = configFile;
        if (config == null && Files.isRegularFile(directory.resolve("ehcp-projection.yaml"))) {
            config = directory.resolve("ehcp-projection.yaml");
        }
        EhcpProjectionConfig settings;
        Path base;
        if (config != null) {
            settings = EhcpConfigLoader.read(config);
            base = config.toAbsolutePath().getParent();
        } else if (Files.isRegularFile(directory.resolve("scenario.yaml"))) {
            // A scenario folder: its ehcp_projection section, merged over what it extends, paths made absolute.
            config = directory.resolve("scenario.yaml");
            settings = scenarioSection(config);
            base = directory.toAbsolutePath();
        } else {
            settings = EhcpProjectionConfig.witanDefaults();
            base = directory;
        }
        EhcpInputs inputs = EhcpInputLoader.load(settings, base, config);
        for (Problem warning : inputs.warnings()) {
            spec.commandLine().getErr().println(warning.describe());
        }
        EhcpProjectionResult result = EhcpProjection.run(inputs, new ProjectionOptions(years, simulations, seed), config);
        List<String> files = EhcpReportWriter.write(result, new OutputDirectory(out));
        LOG.info("EHCP projection took {} s", String.format("%.1f", result.elapsedSeconds()));
        var outStream = spec.commandLine().getOut();
        outStream.println("Wrote " + files.size() + " files to " + out + ": " + String.join(", ", files));
        outStream.flush();
        return ExitCodes.OK;
    }

    private EhcpProjectionConfig scenarioSection(Path scenarioFile) {
        JsonNode section = ScenarioLoader.load(directory).section(SECTION);
        if (section == null || section.isMissingNode() || section.isNull()) {
            throw InvalidInputException.of(Problem.error(scenarioFile, 0, SECTION, null,
                    "scenario.yaml has no " + SECTION + " section; add one or pass --config"));
        }
        ProblemCollector problems = new ProblemCollector();
        EhcpProjectionConfig settings = EhcpConfigLoader.bind(section, scenarioFile, problems);
        problems.throwIfErrors();
        return settings;
    }
}
