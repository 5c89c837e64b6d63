package uk.sufficiency.engine.projection.ehcp;

import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioLoader;
import uk.sufficiency.model.validation.ProblemCollector;

/** Runs the EHCP capability in tests exactly as the command and the run step do. */
public final class EhcpTestScenarios {

    private EhcpTestScenarios() {
    }

    /** A scenario whose ehcp_projection section is the given yaml (file keys relative to {@code folder}). */
    public static Scenario section(Path folder, String yaml) {
        try {
            return EhcpFolderScenario.of(folder, (ObjectNode) new YAMLMapper().readTree(yaml));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Checks settings and inputs; throws InvalidInputException on errors. */
    public static EhcpRequest request(Scenario scenario) {
        ProblemCollector problems = new ProblemCollector();
        EhcpRequest request = new EhcpCapability().settings(scenario, problems);
        problems.throwIfErrors();
        return request;
    }

    public static EhcpProjectionResult run(Scenario scenario, long seed) {
        return new EhcpCapability().run(request(scenario), new PipelineContext(scenario, seed, false, null));
    }

    /** The built-in scenario's checked inputs. */
    public static EhcpInputs builtInInputs(Path repositoryRoot) {
        return request(ScenarioLoader.load(repositoryRoot.resolve("scenarios/leicestershire-2015"))).inputs();
    }
}
