package uk.sufficiency.engine.projection.ehcp.report;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.IntPredicate;
import uk.sufficiency.engine.projection.ehcp.EhcpProjectionResult;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;
import uk.sufficiency.engine.projection.ehcp.state.AgeBand;
import uk.sufficiency.engine.projection.ehcp.state.PlanStateSpace;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * Plans at each January census, in total and by need, setting, age band and the full cube: observed
 * rows up to the origin (every statistic equal to the count), projected rows after it. Each
 * breakdown is summed within a simulation before it is summarised, so its quantiles need not add
 * up to the total's.
 */
final class CountTables {

    private CountTables() {
    }

    /** One breakdown: its key columns, and each key's cells and which cube cells count towards it. */
    private record Breakdown(List<String> keyColumns, List<List<Object>> keys, List<IntPredicate> filters) {
    }

    static List<Table> all(EhcpProjectionResult result) {
        PlanStateSpace space = result.inputs().space();
        EhcpSettings config = result.request().settings();
        SimulationResult sim = result.scenario();
        List<Table> tables = new ArrayList<>();
        tables.add(table(result, "ehcp-counts-total", "EHCPs at each January census (all settings)",
                new Breakdown(List.of(), List.of(List.of()), List.of(c -> true))));
        Breakdown needs = new Breakdown(List.of("need", "need_name"), new ArrayList<>(), new ArrayList<>());
        for (int n = 0; n < space.needCount(); n++) {
            int need = n;
            needs.keys().add(List.of(space.needs().get(n), config.needName(space.needs().get(n))));
            needs.filters().add(c -> sim.needOfCell(c) == need);
        }
        tables.add(table(result, "ehcp-counts-by-need", "EHCPs by primary need at each January census", needs));
        Breakdown settings = new Breakdown(List.of("setting", "setting_name"), new ArrayList<>(), new ArrayList<>());
        for (int s = 0; s < space.settingCount(); s++) {
            int setting = s;
            settings.keys().add(List.of(space.settings().get(s), config.settingName(space.settings().get(s))));
            settings.filters().add(c -> sim.settingOfCell(c) == setting);
        }
        tables.add(table(result, "ehcp-counts-by-setting", "EHCPs by setting at each January census", settings));
        Breakdown bands = new Breakdown(List.of("age_band"), new ArrayList<>(), new ArrayList<>());
        for (AgeBand band : AgeBand.values()) {
            bands.keys().add(List.of(band.label()));
            bands.filters().add(c -> sim.bandOfCell(c) == band);
        }
        tables.add(table(result, "ehcp-counts-by-age-band", "EHCPs by age band at each January census", bands));
        Breakdown cube = new Breakdown(List.of("setting", "setting_name", "need", "need_name", "age_band"),
                new ArrayList<>(), new ArrayList<>());
        for (int c = 0; c < sim.counts()[0][0].length; c++) {
            int cell = c;
            String setting = space.settings().get(sim.settingOfCell(c));
            String need = space.needs().get(sim.needOfCell(c));
            cube.keys().add(List.of(setting, config.settingName(setting), need, config.needName(need),
                    sim.bandOfCell(c).label()));
            cube.filters().add(x -> x == cell);
        }
        tables.add(table(result, "ehcp-counts-by-setting-need-age-band",
                "EHCPs by setting, need and age band (for pivot tables)", cube));
        return tables;
    }

    private static Table table(EhcpProjectionResult result, String name, String title, Breakdown breakdown) {
        SimulationResult sim = result.scenario();
        int cells = sim.counts()[0][0].length;
        int keys = breakdown.keys().size();
        // which key each cube cell counts towards (each breakdown partitions the cells)
        int[] keyOfCell = new int[cells];
        Arrays.fill(keyOfCell, -1);
        for (int c = 0; c < cells; c++) {
            for (int k = 0; k < keys && keyOfCell[c] < 0; k++) {
                keyOfCell[c] = breakdown.filters().get(k).test(c) ? k : -1;
            }
        }
        List<String> columns = new ArrayList<>(List.of("census_year", "basis"));
        columns.addAll(breakdown.keyColumns());
        columns.addAll(Interval.COLUMNS);
        List<List<Object>> rows = new ArrayList<>();
        for (Map.Entry<Integer, int[]> entry : result.observedCubes().entrySet()) {
            double[] byKey = new double[keys];
            for (int c = 0; c < cells; c++) {
                if (keyOfCell[c] >= 0) {
                    byKey[keyOfCell[c]] += entry.getValue()[c];
                }
            }
            for (int k = 0; k < keys; k++) {
                rows.add(row(entry.getKey(), "observed", breakdown.keys().get(k), Interval.exactly(byKey[k])));
            }
        }
        for (int t = 1; t <= sim.horizon(); t++) {
            double[][] values = new double[keys][sim.simulations()];
            for (int s = 0; s < sim.simulations(); s++) {
                int[] cube = sim.counts()[s][t];
                for (int c = 0; c < cells; c++) {
                    if (cube[c] != 0 && keyOfCell[c] >= 0) {
                        values[keyOfCell[c]][s] += cube[c];
                    }
                }
            }
            for (int k = 0; k < keys; k++) {
                rows.add(row(sim.censusYear(t), "projected", breakdown.keys().get(k), Interval.of(values[k])));
            }
        }
        return new Table(name, title, columns, rows, 2 + breakdown.keyColumns().size());
    }

    private static List<Object> row(int year, String basis, List<Object> key, Interval interval) {
        List<Object> row = new ArrayList<>(List.of(year, basis));
        row.addAll(key);
        row.addAll(Cells.plans(interval));
        return row;
    }
}
