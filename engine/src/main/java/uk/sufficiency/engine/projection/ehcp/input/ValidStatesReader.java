package uk.sufficiency.engine.projection.ehcp.input;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.sufficiency.engine.projection.ehcp.state.SettingRule;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Reads witan.send's valid-states table:
 * {@code setting,setting-group,min-academic-year,max-academic-year,needs,setting->setting}, the
 * last two being quoted comma lists.
 */
public final class ValidStatesReader {

    static final List<String> COLUMNS = List.of("setting", "min-academic-year", "max-academic-year", "needs");

    private ValidStatesReader() {
    }

    public static List<SettingRule> read(Path file, ProblemCollector problems) {
        CheckedTable table = CheckedTable.read(file, problems, COLUMNS);
        List<SettingRule> rules = new ArrayList<>();
        if (table == null) {
            return rules;
        }
        Set<String> seen = new HashSet<>();
        for (CsvTable.Row row : table.rows()) {
            String setting = table.text(row, "setting", problems);
            Integer min = table.integer(row, "min-academic-year", problems);
            Integer max = table.integer(row, "max-academic-year", problems);
            List<String> needs = list(table.cell(row, "needs"));
            List<String> moves = table.has("setting->setting") ? list(table.cell(row, "setting->setting")) : null;
            if (setting != null && !seen.add(setting)) {
                problems.error(file, row.line(), "setting", setting, "each setting must appear once");
            }
            if (setting != null && TransitionsReader.NONSEND.equals(setting)) {
                problems.error(file, row.line(), "setting", setting, "NONSEND is reserved for joiners and leavers");
            }
            if (min != null && max != null && min > max) {
                problems.error(file, row.line(), "max-academic-year", String.valueOf(max),
                        "max-academic-year must not be below min-academic-year");
            }
            if (needs.isEmpty()) {
                problems.error(file, row.line(), "needs", null, "needs must list at least one need code");
            }
            if (setting != null && min != null && max != null && !needs.isEmpty()) {
                rules.add(new SettingRule(setting, table.cell(row, "setting-group"), min, max, needs,
                        moves == null ? List.of() : moves));
            }
        }
        if (table.rows().isEmpty()) {
            problems.error(file, 1, null, null, "no settings listed");
        }
        // A blank or absent setting->setting list means "may move to any setting".
        List<String> all = rules.stream().map(SettingRule::setting).toList();
        List<SettingRule> completed = new ArrayList<>();
        for (SettingRule rule : rules) {
            completed.add(rule.movesTo().isEmpty()
                    ? new SettingRule(rule.setting(), rule.settingGroup(), rule.minAcademicYear(),
                            rule.maxAcademicYear(), rule.needs(), all)
                    : rule);
        }
        for (CsvTable.Row row : table.rows()) {
            if (table.has("setting->setting")) {
                for (String to : list(table.cell(row, "setting->setting"))) {
                    if (!all.contains(to)) {
                        problems.error(file, row.line(), "setting->setting", to,
                                "moves may only name settings listed in this file");
                    }
                }
            }
        }
        return completed;
    }

    static List<String> list(String cell) {
        return Arrays.stream(cell.split(",")).map(String::trim).filter(s -> !s.isEmpty()).toList();
    }
}
