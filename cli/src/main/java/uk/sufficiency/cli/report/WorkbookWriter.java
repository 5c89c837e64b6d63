package uk.sufficiency.cli.report;

import uk.sufficiency.model.table.Table;
import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

/**
 * Writes tables to one Excel workbook, a sheet per table in order, with numbers as numbers and
 * dates as dates so finance officers can work with them directly.
 */
public final class WorkbookWriter {

    /** Excel's limit on a sheet name's length. */
    static final int MAX_SHEET_NAME = 31;

    private WorkbookWriter() {
    }

    public static void write(List<Table> tables, OutputStream out) throws IOException {
        Workbook workbook = new Workbook(out, "sufficiency", "1.0");
        Set<String> used = new HashSet<>();
        for (Table table : tables) {
            Worksheet sheet = workbook.newWorksheet(sheetName(table.name(), used));
            sheet(table, sheet);
            sheet.finish();
        }
        workbook.finish();
    }

    private static void sheet(Table table, Worksheet sheet) {
        List<String> columns = table.columns();
        for (int c = 0; c < columns.size(); c++) {
            sheet.value(0, c, columns.get(c));
            sheet.width(c, Math.max(10, Math.min(40, columns.get(c).length() + 3)));
        }
        sheet.range(0, 0, 0, Math.max(0, columns.size() - 1)).style().bold().set();
        sheet.freezePane(0, 1);
        for (int r = 0; r < table.rows().size(); r++) {
            List<Object> row = table.rows().get(r);
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                if (cell instanceof Number number) {
                    double value = number.doubleValue();
                    if (!Double.isNaN(value) && !Double.isInfinite(value)) {
                        sheet.value(r + 1, c, number);
                    }
                } else if (cell instanceof LocalDate date) {
                    sheet.value(r + 1, c, date);
                    sheet.style(r + 1, c).format("yyyy-mm-dd").set();
                } else if (cell != null && numberText(cell.toString()) != null) {
                    // a number a table holds as text (a parameter's value beside text values): stored as a number
                    sheet.value(r + 1, c, numberText(cell.toString()));
                } else if (cell != null) {
                    sheet.value(r + 1, c, cell.toString());
                }
            }
        }
    }

    private static final java.util.regex.Pattern PLAIN_NUMBER =
            java.util.regex.Pattern.compile("-?(0|[1-9][0-9]{0,14})(\\.[0-9]+)?");

    /**
     * The text as a number when it is written as one plainly ("0.0558", "30", "-2.5"), else null:
     * not ids with leading zeros ("0012"), codes, dates or ranges ("2024-25"), which stay text.
     */
    static java.math.BigDecimal numberText(String text) {
        return PLAIN_NUMBER.matcher(text).matches() ? new java.math.BigDecimal(text) : null;
    }

    /** A unique sheet name of at most 31 characters (Excel's limit), from the table's name. */
    static String sheetName(String tableName, Set<String> used) {
        String base = tableName.length() > MAX_SHEET_NAME ? tableName.substring(0, MAX_SHEET_NAME) : tableName;
        String name = base;
        for (int n = 2; !used.add(name.toLowerCase(Locale.ROOT)); n++) {
            String suffix = "~" + n;
            name = base.substring(0, Math.min(base.length(), MAX_SHEET_NAME - suffix.length())) + suffix;
        }
        return name;
    }
}
