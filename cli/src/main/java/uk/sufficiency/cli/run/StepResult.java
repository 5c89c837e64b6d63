package uk.sufficiency.cli.run;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.Headline;
import uk.sufficiency.model.table.Table;

/**
 * What a step found: headline figures, tables, and charts drawn from those tables.
 *
 * @param answer  the user's question answered first, in plain words and units (see {@code Section#answer}), or empty
 * @param summary a paragraph in plain English on how the step computed it, or empty
 */
public record StepResult(String answer, String summary, List<Headline> headlines, List<Table> tables,
        List<ChartSpec> charts) {

    public StepResult {
        answer = answer == null ? "" : answer;
        summary = summary == null ? "" : summary;
        headlines = List.copyOf(headlines);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String answer = "";
        private String summary = "";
        private final List<Headline> headlines = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private final List<ChartSpec> charts = new ArrayList<>();

        /** The user's answer, shown first: the question the section exists for, in their terms. */
        public Builder answer(String answer) {
            this.answer = answer;
            return this;
        }

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder headline(String key, String label, double value, String unit) {
            headlines.add(new Headline(key, label, value, unit));
            return this;
        }

        /** A figure with its 80% interval (same unit); the report prints the interval beside the value. */
        public Builder headline(String key, String label, double value, String unit, double lower80, double upper80) {
            headlines.add(new Headline(key, label, value, unit, lower80, upper80, false));
            return this;
        }

        /** An engine-wide total (not the answer itself): shown below the answer's figures, labelled so. */
        public Builder total(String key, String label, double value, String unit) {
            headlines.add(new Headline(key, label, value, unit, null, null, true));
            return this;
        }

        public Builder table(Table table) {
            tables.add(table);
            return this;
        }

        /** Adds a chart and the table it was drawn from, shown under it. */
        public Builder chart(ChartSpec chart, Table table) {
            if (!table.name().equals(chart.table())) {
                throw new IllegalArgumentException("chart '" + chart.title() + "' names table " + chart.table()
                        + ", not " + table.name());
            }
            charts.add(chart);
            if (tables.stream().noneMatch(t -> t.name().equals(table.name()))) {
                tables.add(table);
            }
            return this;
        }

        public StepResult build() {
            return new StepResult(answer, summary, headlines, tables, charts);
        }
    }
}
