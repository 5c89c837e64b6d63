package uk.sufficiency.sweep;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.sweep.figures.CouncilFigures;
import uk.sufficiency.sweep.figures.PublicFigures;
import uk.sufficiency.sweep.task.ScenarioEdit;
import uk.sufficiency.sweep.task.SweepTask;
import uk.sufficiency.sweep.task.TaskRunner;
import uk.sufficiency.sweep.task.TaskSeeds;

/**
 * The sweep's work before Spark: the councils the spec asks for (from the public figures), every
 * (council, scenario, block) task with its seed, and one check of each scenario's edits on a real
 * council through the capabilities' own settings readers, so a bad edit stops the sweep with exit
 * status 2 before any node starts work.
 *
 * @param councils the councils swept, in the DfE file's order
 * @param skipped  councils left out, with why ("7 children looked after ...", "not asked for")
 * @param tasks    council-major (a node's tasks share councils, so each generates few)
 */
public record SweepPlan(SpecReader.Spec spec, List<CouncilFigures> councils, Map<String, String> skipped,
        Path fosteringFile, List<SweepTask> tasks) {

    public static SweepPlan of(SpecReader.Spec spec, Path specFile, PublicFigures.Read figures) {
        List<CouncilFigures> councils = select(spec, specFile, figures.councils());
        Map<String, String> skipped = new LinkedHashMap<>(figures.skipped());
        List<SweepTask> tasks = new ArrayList<>();
        int blocks = (spec.simulations() + spec.blockSize() - 1) / spec.blockSize();
        for (CouncilFigures council : councils) {
            for (ScenarioEdit scenario : spec.scenarios()) {
                for (int b = 0; b < blocks; b++) {
                    int simulations = Math.min(spec.blockSize(), spec.simulations() - b * spec.blockSize());
                    tasks.add(new SweepTask(council, scenario, b, simulations,
                            TaskSeeds.block(spec.run().seed(), council.code(), scenario.name(), b)));
                }
            }
        }
        SweepPlan plan = new SweepPlan(spec, councils, skipped, figures.fosteringFile(), tasks);
        plan.check();
        return plan;
    }

    /** Each scenario's settings on the first council, checked by the capabilities before any work. */
    private void check() {
        List<Problem> problems = new ArrayList<>();
        for (ScenarioEdit scenario : spec.scenarios()) {
            SweepTask task = new SweepTask(councils.get(0), scenario, 0, 1, 0);
            try {
                TaskRunner.check(task, spec.run(), fosteringFile);
            } catch (InvalidInputException e) {
                e.problems().stream().filter(p -> !problems.contains(p)).forEach(problems::add);
            }
        }
        if (!problems.isEmpty()) {
            throw new InvalidInputException(problems);
        }
    }

    private static List<CouncilFigures> select(SpecReader.Spec spec, Path specFile, List<CouncilFigures> all) {
        List<CouncilFigures> chosen = new ArrayList<>();
        List<Problem> unknown = new ArrayList<>();
        if (spec.councils().isEmpty()) {
            chosen.addAll(all);
        } else {
            for (String wanted : spec.councils()) {
                all.stream().filter(c -> c.code().equalsIgnoreCase(wanted) || c.name().equalsIgnoreCase(wanted))
                        .findFirst().ifPresentOrElse(chosen::add, () -> unknown.add(Problem.error(specFile, 0, "councils",
                                wanted, "no council with this code or name can be swept (see councils.csv of a full sweep)")));
            }
        }
        if (!unknown.isEmpty()) {
            throw new InvalidInputException(unknown);
        }
        List<CouncilFigures> limited = chosen.subList(0, Math.min(chosen.size(), spec.maxCouncils()));
        if (limited.isEmpty()) {
            throw InvalidInputException.of(Problem.error(specFile, 0, "councils", null, "no council to sweep"));
        }
        return List.copyOf(limited);
    }
}
