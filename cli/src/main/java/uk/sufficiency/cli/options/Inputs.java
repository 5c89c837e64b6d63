package uk.sufficiency.cli.options;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import uk.sufficiency.model.scenario.Scenario;

/** What a command reads, so that its output folder can be refused if it is or holds any of it. */
public final class Inputs {

    private Inputs() {
    }

    /** Every file the scenario read, the folders of its extends chain, and any other paths given (nulls skipped). */
    public static List<Path> of(Scenario scenario, Path... more) {
        List<Path> inputs = new ArrayList<>(scenario.inputFiles());
        inputs.addAll(scenario.chain());
        for (Path path : more) {
            if (path != null) {
                inputs.add(path);
            }
        }
        return List.copyOf(inputs.stream().filter(Objects::nonNull).toList());
    }
}
