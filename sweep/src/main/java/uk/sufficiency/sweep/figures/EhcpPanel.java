package uk.sufficiency.sweep.figures;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/** The DfE EHC plan panel ({@code series_id,la_name,period,value}), one January series per council. */
final class EhcpPanel {

    /** A council's plans at consecutive January censuses from {@code firstYear}. */
    record Series(int firstYear, List<Long> plans) {
    }

    private final Map<String, Series> byCode;
    private final Map<String, Series> byName;

    private EhcpPanel(Map<String, Series> byCode, Map<String, Series> byName) {
        this.byCode = byCode;
        this.byName = byName;
    }

    static EhcpPanel read(Path file) {
        CsvTable table = CsvTable.read(file);
        Map<String, TreeMap<Integer, Long>> values = new HashMap<>();
        Map<String, String> names = new HashMap<>();
        for (CsvTable.Row row : table.rows()) {
            String code = table.get(row, "series_id");
            String period = table.get(row, "period");
            String value = table.get(row, "value");
            if (!period.matches("\\d{4}") || !value.matches("\\d{1,9}")) {
                throw InvalidInputException.of(Problem.error(file, row.line(), "period/value", period + "/" + value,
                        "period must be a year and value a whole number of plans"));
            }
            values.computeIfAbsent(code, c -> new TreeMap<>()).put(Integer.parseInt(period), Long.parseLong(value));
            names.put(code, table.get(row, "la_name"));
        }
        Map<String, Series> byCode = new HashMap<>();
        Map<String, Series> byName = new HashMap<>();
        values.forEach((code, years) -> {
            int first = years.firstKey();
            if (years.lastKey() - first + 1 != years.size()) {
                throw InvalidInputException.of(Problem.error(file, 0, "period", code, "a council's years must run without gaps"));
            }
            Series series = new Series(first, new ArrayList<>(years.values()));
            byCode.put(code, series);
            byName.put(PublicFigures.normalised(names.get(code)), series);
        });
        return new EhcpPanel(byCode, byName);
    }

    /** The council's series by code, else by name (codes changed for a few councils), else null. */
    Series series(String code, String name) {
        Series series = byCode.get(code);
        return series != null ? series : byName.get(PublicFigures.normalised(name));
    }
}
