package uk.sufficiency.cli.report;

import java.util.List;
import uk.sufficiency.model.table.Table;

/**
 * Everything a report shows, in order. Holds no timings or dates of the run itself, so the same
 * inputs and seed give the same report byte for byte.
 *
 * @param title    the page title
 * @param facts    short "label: value" lines under the title (scenario, as-of date, seed, version)
 * @param sections the sections in order; their headlines are gathered at the top
 * @param dataTables tables written to CSV and the workbook but not drawn in the page (a comparison's
 *                 tables in full, where the page shows only the rows that changed)
 */
public record Report(String title, List<String> facts, List<Section> sections, List<Table> dataTables) {

    public Report {
        facts = List.copyOf(facts);
        sections = List.copyOf(sections);
        dataTables = List.copyOf(dataTables);
    }

    /** A report whose every table is shown. */
    public Report(String title, List<String> facts, List<Section> sections) {
        this(title, facts, sections, List.of());
    }

    /** Every table, shown or not: what the CSV files and the workbook hold. */
    public List<Table> allTables() {
        List<Table> all = new java.util.ArrayList<>(sections.stream().flatMap(s -> s.tables().stream()).toList());
        all.addAll(dataTables);
        return all;
    }

    public List<Section> failedSections() {
        return sections.stream().filter(Section::failed).toList();
    }
}
