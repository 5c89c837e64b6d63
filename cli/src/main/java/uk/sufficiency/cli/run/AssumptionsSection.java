package uk.sufficiency.cli.run;

import java.util.List;
import java.util.Map;
import uk.sufficiency.cli.report.Section;
import uk.sufficiency.model.table.Table;

/**
 * One page of every driver behind the answers: each capability's assumption table (value, unit and
 * source of each setting, default or from which file and line) gathered under the answer it drives.
 */
final class AssumptionsSection {

    /** Tables of assumptions by capability: table name to the answer it drives. */
    private static final Map<String, String> TABLES = Map.of(
            "ehcp-assumptions", "EHCPs and high-needs spend",
            "lac-assumptions", "looked-after children",
            "plan-inputs", "sufficiency plan");

    private AssumptionsSection() {
    }

    /** The section, or null when no step wrote an assumption table. */
    static Section of(List<Section> sections) {
        Table.Builder table = Table.builder("run-assumptions", "Every driver of the answers, with its value and source",
                "answer", "parameter", "value", "unit", "source").keys(2);
        int rows = 0;
        for (Section section : sections) {
            for (Table t : section.tables()) {
                String answer = TABLES.get(t.name());
                if (answer == null) {
                    continue;
                }
                for (List<Object> row : t.rows()) {
                    table.row(answer, cell(t, row, "parameter"), cell(t, row, "value"), cell(t, row, "unit"),
                            cell(t, row, "source"));
                    rows++;
                }
            }
        }
        if (rows == 0) {
            return null;
        }
        return new Section("assumptions", "Assumptions behind the answers",
                "Every setting the projections and the plan used, with its value and where it came from (a default, or"
                        + " the scenario file and line). The looked-after children, EHCP and plan sections each show a"
                        + " tornado of what a plausible swing in each of their drivers does to their headline, and"
                        + " their answers name the strongest; a variant can change any one setting (e.g."
                        + " ehcp_projection: {joiner_trend: constant}) and compare shows what it moves.",
                null, List.of(), List.of(), List.of(table.build()));
    }

    private static Object cell(Table table, List<Object> row, String column) {
        int at = table.columns().indexOf(column);
        return at < 0 ? null : row.get(at) == null ? null : row.get(at).toString();
    }
}
