package uk.sufficiency.cli.run;

import java.nio.file.Path;
import java.util.List;
import uk.sufficiency.cli.report.Headline;
import uk.sufficiency.cli.report.Section;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.scenario.Scenario;

/**
 * The report's last section: every headline figure as a table (what {@code compare} reads), how
 * each step went, and the checksum of every input. Timings are left to run.json so that the same
 * inputs and seed give the same report.
 */
final class RunSummary {

    static final String HEADLINES_TABLE = "run-headlines";

    private RunSummary() {
    }

    static Section section(StepRunner.Outcome outcome, Scenario scenario, Path scenarioDir) {
        Table.Builder headlines = Table.builder(HEADLINES_TABLE, "Every headline figure",
                "step", "key", "label", "value", "unit", "lower_80", "upper_80", "engine_wide").keys(2);
        java.util.Map<String, String> answers = new java.util.HashMap<>();
        for (Section section : outcome.sections()) {
            answers.put(section.id(), section.answer());
            for (Headline headline : section.headlines()) {
                headlines.row(section.id(), headline.key(), headline.label(), headline.value(), headline.unit(),
                        headline.lower80(), headline.upper80(), Boolean.toString(headline.engineWide()));
            }
        }
        Table.Builder steps = Table.builder("run-steps", "Steps of the run", "step", "title", "status", "error", "answer")
                .keys(1);
        for (StepRunner.StepOutcome step : outcome.steps()) {
            steps.row(step.id(), step.title(), step.status(), step.error(), answers.getOrDefault(step.id(), ""));
        }
        Table.Builder inputs = Table.builder("run-inputs", "Input files and their SHA-256 checksums", "file", "sha256").keys(1);
        Path base = scenarioDir.toAbsolutePath().normalize();
        for (Path file : RunInputs.files(scenario)) {
            Path absolute = file.toAbsolutePath().normalize();
            String shown = absolute.startsWith(base) ? base.relativize(absolute).toString() : RunRecord.display(absolute);
            inputs.row(shown.replace('\\', '/'), RunRecord.sha256(file));
        }
        return new Section("run", "About this run",
                "Every headline figure above, how each step went, and the checksum of every input file, so"
                        + " each figure can be traced to its inputs. run.json also records the options and timings;"
                        + " the same inputs and seed give the same results.",
                null, List.of(), List.of(), List.of(headlines.build(), steps.build(), inputs.build()));
    }
}
