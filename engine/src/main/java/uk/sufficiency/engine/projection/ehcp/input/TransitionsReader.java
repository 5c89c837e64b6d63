package uk.sufficiency.engine.projection.ehcp.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.projection.ehcp.state.EhcpState;
import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads transitions in the witan.send shape:
 * {@code calendar-year,setting-1,need-1,academic-year-1,setting-2,need-2,academic-year-2}, where
 * NONSEND in setting-1/need-1 marks a joiner and in setting-2/need-2 a leaver.
 *
 * <p>Unknown setting or need codes are errors. States that are known but not valid (a year the
 * setting does not serve, a need it does not take) and plans that stay back or skip a year are
 * warned about and left out of the fit, so that the simulation never meets an invalid state.
 */
public final class TransitionsReader {

    public static final String NONSEND = "NONSEND";

    static final List<String> COLUMNS = List.of("calendar-year", "setting-1", "need-1", "academic-year-1",
            "setting-2", "need-2", "academic-year-2");

    private TransitionsReader() {
    }

    public static List<Transition> read(Path file, PlanStateSpace space, ProblemCollector problems) {
        CheckedTable table = CheckedTable.read(file, problems, COLUMNS);
        List<Transition> result = new ArrayList<>();
        if (table == null) {
            return result;
        }
        int invalid = 0;
        int firstInvalidLine = 0;
        int irregular = 0;
        int firstIrregularLine = 0;
        for (CsvTable.Row row : table.rows()) {
            Integer year = table.integer(row, "calendar-year", problems);
            EhcpState from = state(table, row, "1", space, problems);
            EhcpState to = state(table, row, "2", space, problems);
            if (year == null || from == BAD || to == BAD) {
                continue;
            }
            if (from == null && to == null) {
                problems.error(file, row.line(), "setting-1", NONSEND,
                        "a row cannot be NONSEND both before and after");
                continue;
            }
            if (from != null && !space.isValid(from) || to != null && !space.isValid(to)) {
                invalid++;
                firstInvalidLine = firstInvalidLine == 0 ? row.line() : firstInvalidLine;
                continue;
            }
            if (from != null && to != null && to.academicYear() != from.academicYear() + 1) {
                irregular++;
                firstIrregularLine = firstIrregularLine == 0 ? row.line() : firstIrregularLine;
                continue;
            }
            result.add(new Transition(year, from, to));
        }
        if (invalid > 0) {
            problems.warning(file, firstInvalidLine, null, null, invalid
                    + " row(s) name a state the valid-states table does not allow; left out of the fit");
        }
        if (irregular > 0) {
            problems.warning(file, firstIrregularLine, "academic-year-2", null, irregular
                    + " row(s) stay back or skip a year (academic-year-2 is not academic-year-1 + 1); left out");
        }
        if (table.rows().isEmpty()) {
            problems.error(file, 1, null, null, "no transitions");
        }
        return result;
    }

    /** Marker for a state with an error already reported. */
    private static final EhcpState BAD = new EhcpState("", "", Integer.MIN_VALUE);

    private static EhcpState state(CheckedTable table, CsvTable.Row row, String suffix, PlanStateSpace space,
            ProblemCollector problems) {
        String settingColumn = "setting-" + suffix;
        String needColumn = "need-" + suffix;
        String setting = table.cell(row, settingColumn);
        String need = table.cell(row, needColumn);
        Integer academicYear = table.integer(row, "academic-year-" + suffix, problems);
        boolean nonSendSetting = NONSEND.equals(setting);
        boolean nonSendNeed = NONSEND.equals(need);
        if (nonSendSetting != nonSendNeed) {
            problems.error(table.file(), row.line(), nonSendSetting ? needColumn : settingColumn,
                    nonSendSetting ? need : setting,
                    settingColumn + " and " + needColumn + " must both be NONSEND or both be codes");
            return BAD;
        }
        if (academicYear == null) {
            return BAD;
        }
        if (nonSendSetting) {
            return null;
        }
        boolean ok = true;
        if (space.settingIndex(setting) < 0) {
            problems.error(table.file(), row.line(), settingColumn, setting,
                    "setting must be one listed in the valid-states table (or NONSEND)");
            ok = false;
        }
        if (space.needIndex(need) < 0) {
            problems.error(table.file(), row.line(), needColumn, need,
                    "need must be one listed in the valid-states table (or NONSEND)");
            ok = false;
        }
        return ok ? new EhcpState(setting, need, academicYear) : BAD;
    }
}
