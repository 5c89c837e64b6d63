package uk.sufficiency.engine.projection.ehcp.input;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.validation.ProblemCollector;

/** Reads {@code need,setting,cost}: annual GBP per place; need {@code *} or blank = every need. */
public final class CostsReader {

    private CostsReader() {
    }

    public static UnitCosts read(Path file, PlanStateSpace space, ProblemCollector problems) {
        CheckedTable table = CheckedTable.read(file, problems, List.of("need", "setting", "cost"));
        Map<String, Double> costs = new HashMap<>();
        Map<String, Integer> lines = new HashMap<>();
        if (table == null) {
            return new UnitCosts(costs);
        }
        for (CsvTable.Row row : table.rows()) {
            String need = table.cell(row, "need");
            need = need.isEmpty() ? UnitCosts.ANY_NEED : need;
            String setting = table.text(row, "setting", problems);
            Double cost = table.nonNegative(row, "cost", problems);
            if (setting != null && space.settingIndex(setting) < 0) {
                problems.error(file, row.line(), "setting", setting, "setting must be one of " + space.settings());
                continue;
            }
            if (!UnitCosts.ANY_NEED.equals(need) && space.needIndex(need) < 0) {
                problems.error(file, row.line(), "need", need, "need must be * or one of " + space.needs());
                continue;
            }
            if (setting == null || cost == null) {
                continue;
            }
            String key = UnitCosts.key(need, setting);
            Integer earlier = lines.putIfAbsent(key, row.line());
            if (earlier != null) {
                problems.error(file, row.line(), "setting", setting,
                        "duplicate of line " + earlier + " for need " + need);
                continue;
            }
            costs.put(key, cost);
        }
        UnitCosts unitCosts = new UnitCosts(costs);
        for (String setting : space.settings()) {
            if (Double.isNaN(unitCosts.settingMeanGbp(setting))) {
                problems.error(file, 0, "setting", setting, "no cost is given for setting " + setting);
            }
        }
        return unitCosts;
    }
}
