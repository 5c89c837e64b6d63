package uk.sufficiency.engine.projection.lac;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.ssda903.Ssda903Data;
import uk.sufficiency.engine.ssda903.Ssda903Reader;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads the looked-after history a projection is fitted to: child-level SSDA903 returns when the
 * settings name them ({@code ssda903_dir}), otherwise yearly aggregates ({@code aggregates_file}).
 * One place for this choice, so the {@code project-lac} command and {@code run} agree.
 */
public final class LacHistorySource {

    /** The history and the data-quality warnings met while reading it. */
    public record Loaded(LacHistory history, List<Problem> dataQuality) {
    }

    private LacHistorySource() {
    }

    /** Reads the history; adds every problem and returns null when there are errors. */
    public static Loaded load(LacProjectionConfig config, ConfigSection section, ProblemCollector problems) {
        if (config.ssda903Dir() != null) {
            try {
                Ssda903Data data = new Ssda903Reader(config.categoryMap()).read(config.ssda903Dir());
                return new Loaded(new EpisodeHistory(data), new ArrayList<>(data.dataQuality()));
            } catch (InvalidInputException e) {
                e.problems().forEach(problems::add);
                return null;
            }
        }
        if (config.aggregatesFile() == null) {
            section.error(problems, "", null, "no looked-after history: set " + section.name() + ".ssda903_dir (a folder of"
                    + " SSDA903 returns) or " + section.name() + ".aggregates_file (" + LacAggregatesReader.FILE_NAME + ")");
            return null;
        }
        AggregateHistory.checkSettings(config, section, problems);
        ProblemCollector read = new ProblemCollector();
        LacAggregates aggregates = LacAggregatesReader.read(config.aggregatesFile(), config.states(), read);
        read.problems().forEach(problems::add);
        if (aggregates == null || read.hasErrors()) {
            return null;
        }
        AggregateHistory history = new AggregateHistory(aggregates, config.states(), config.netMoves());
        List<Problem> dataQuality = new ArrayList<>(read.warnings());
        dataQuality.addAll(history.warnings());
        return new Loaded(history, dataQuality);
    }
}
