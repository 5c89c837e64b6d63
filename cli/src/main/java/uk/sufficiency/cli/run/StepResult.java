package uk.sufficiency.cli.run;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.report.Headline;
import uk.sufficiency.model.table.Table;

/**
 * What a step found: headline figures, tables, and charts drawn from those tables.
 *
 * @param summary a paragraph in plain English on what the step shows, or empty
 */
public record StepResult(String summary, List<Headline> headlines, List<Table> tables, List<ChartSpec> charts) {

    public StepResult {
        summary = summary == null ? "" : summary;
        headlines = List.copyOf(headlines);
        tables = List.copyOf(tables);
        charts = List.copyOf(charts);
    }

    public static Builder builder() {
        return new Builder();
    }

    public static final class Builder {
        private String summary = "";
        private final List<Headline> headlines = new ArrayList<>();
        private final List<Table> tables = new ArrayList<>();
        private final List<ChartSpec> charts = new ArrayList<>();

        public Builder summary(String summary) {
            this.summary = summary;
            return this;
        }

        public Builder headline(String key, String label, double value, String unit) {
            headlines.add(new Headline(key, label, value, unit));
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
            return new StepResult(summary, headlines, tables, charts);
        }
    }
}
