package uk.sufficiency.cli.report;

import uk.sufficiency.model.table.Table;
import java.util.List;
import java.util.Objects;

/**
 * One section of a report: the outcome of one step of a run, or one part of a comparison.
 *
 * @param id        stable identifier ({@code scenario}, {@code matching}); anchors and table names use it
 * @param title     heading
 * @param answer    the section's user's question answered in plain words and units, shown first
 *                  (in the report's opening and at the top of the section), or empty
 * @param summary   a paragraph in plain English saying how the section was computed, or empty
 * @param error     why the step failed, or null when it succeeded
 * @param headlines headline figures
 * @param charts    charts, each drawn above its table
 * @param tables    every table of the section (those under charts and the rest)
 */
public record Section(String id, String title, String answer, String summary, String error, List<Headline> headlines,
        List<ChartSpec> charts, List<Table> tables) {

    /** A section without an answer line (comparisons, failed steps). */
    public Section(String id, String title, String summary, String error, List<Headline> headlines,
            List<ChartSpec> charts, List<Table> tables) {
        this(id, title, "", summary, error, headlines, charts, tables);
    }

    public Section {
        Objects.requireNonNull(id, "id");
        answer = answer == null ? "" : answer;
        Objects.requireNonNull(title, "title");
        summary = summary == null ? "" : summary;
        headlines = List.copyOf(headlines);
        charts = List.copyOf(charts);
        tables = List.copyOf(tables);
    }

    public boolean failed() {
        return error != null;
    }

    public static Section failed(String id, String title, String error) {
        return new Section(id, title, "", error, List.of(), List.of(), List.of());
    }
}
