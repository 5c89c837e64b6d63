package uk.sufficiency.engine.projection.lac;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.ssda903.Ssda903Data;
import uk.sufficiency.engine.ssda903.Ssda903Reader;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads the looked-after history a projection is fitted to: child-level SSDA903 returns when there
 * are any, otherwise yearly aggregates. One place for this choice, so the {@code project-lac}
 * command and the main run agree.
 */
public final class LacHistorySource {

    /** The history and the data-quality warnings met while reading it. */
    public record Loaded(LacHistory history, List<Problem> dataQuality) {
    }

    private LacHistorySource() {
    }

    /**
     * @param returns        folder of SSDA903 returns, or null
     * @param aggregatesFile yearly aggregates file, used only when {@code returns} is null
     * @param inputs         problems found in other inputs so far; all are reported together
     */
    public static Loaded load(LacProjectionConfig config, Path configFile, Path returns, Path aggregatesFile,
            Path where, ProblemCollector inputs) {
        if (returns == null && aggregatesFile != null) {
            StateSpace space = new StateSpace(config.categoryIds(), AgeBands.parse(config.ageBands()));
            AggregateHistory.checkSettings(config, configFile, inputs);
            LacAggregates aggregates = LacAggregatesReader.read(aggregatesFile, space, inputs);
            inputs.throwIfErrors();
            AggregateHistory history = new AggregateHistory(aggregates, space, config.aggregateMoves().equals("net"));
            List<Problem> dataQuality = new ArrayList<>(inputs.warnings());
            dataQuality.addAll(history.warnings());
            return new Loaded(history, dataQuality);
        }
        if (returns == null) {
            throw InvalidInputException.of(Problem.error(where, 0, null, null,
                    "no looked-after history found: DIR must hold SSDA903 returns (<year>-episodes.csv and"
                            + " <year>-header.csv) or " + LacAggregatesReader.FILE_NAME
                            + ", or the settings must give ssda903_dir or aggregates_file"));
        }
        inputs.throwIfErrors();
        Ssda903Data data = new Ssda903Reader(config.categoryMap()).read(returns);
        return new Loaded(new EpisodeHistory(data), new ArrayList<>(data.dataQuality()));
    }
}
