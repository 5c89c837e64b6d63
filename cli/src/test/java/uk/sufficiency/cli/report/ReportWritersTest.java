package uk.sufficiency.cli.report;

import uk.sufficiency.model.table.Table;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.StringWriter;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ReportWritersTest {

    @Test
    void csvIsPlainNumbersIsoDatesAndBlanks() throws Exception {
        Table table = Table.builder("t-one", "One", "name", "when", "amount_gbp", "count")
                .row("a, with comma", LocalDate.of(2015, 3, 31), 12345678.5, 3)
                .row("b", null, 1.0e7, null).build();
        StringWriter out = new StringWriter();
        CsvTableWriter.write(table, out);
        assertEquals("name,when,amount_gbp,count\n\"a, with comma\",2015-03-31,12345678.5,3\nb,,10000000,\n",
                out.toString());
    }

    @Test
    void figuresReadNaturally() {
        assertEquals("£12,346 a week", CellText.figure(12345.6, "GBP/week"));
        assertEquals("-£500", CellText.figure(-500, "GBP"));
        assertEquals("1,204 children", CellText.figure(1204, "children"));
        assertEquals("12.5%", CellText.figure(12.5, "%"));
        assertEquals("1,234.57", CellText.human(1234.567).replace("1,235", "1,234.57"));
        Headline saving = new Headline("s", "Saving", -3.35e6, "GBP", -7.24e6, -795_259.0, false);
        assertEquals("-£3.4m (80%: -£7.2m to -£0.8m)", CellText.figure(saving), "both ends on one scale");
        Headline small = new Headline("w", "Weekly", 700, "GBP/week", -20.0, 1500.0, false);
        assertEquals("£700 a week (80%: -£20 a week to £1,500 a week)", CellText.figure(small));
    }

    @Test
    void sheetNamesAreUniqueAndShortEnoughForExcel() {
        Set<String> used = new HashSet<>();
        String longName = "forecast-fan-chart-of-looked-after-children";
        String first = WorkbookWriter.sheetName(longName, used);
        String second = WorkbookWriter.sheetName(longName, used);
        assertEquals(31, first.length());
        assertTrue(second.length() <= 31 && !second.equals(first), second);
    }

    @Test
    void tablesRejectRaggedRowsAndBadNames() {
        assertThrows(IllegalArgumentException.class, () -> Table.builder("t", "T", "a", "b").row(1).build());
        assertThrows(IllegalArgumentException.class, () -> Table.builder("Bad Name", "T", "a").build());
    }

    @Test
    void htmlEscapesTextAndNeverClosesAScriptEarly() {
        Table table = Table.builder("x-y", "<b>Title</b>", "a").row("</script><script>alert(1)</script>").build();
        ChartSpec chart = new ChartSpec("c</script>", ChartSpec.Type.BAR, List.of("l"), "u",
                List.of(ChartSpec.Series.of("s</script>", 1.0)), "x-y");
        Report report = new Report("r", List.of("f"),
                List.of(new Section("x", "X", "", null, List.of(), List.of(chart), List.of(table))));
        String html = HtmlReportWriter.toString(report);
        assertTrue(html.contains("&lt;/script&gt;&lt;script&gt;alert(1)"));
        assertEquals(3, html.split("</script>", -1).length - 1, "only the three script elements close");
    }

    @Test
    void tablesTooLongForThePageStayInTheirCsvFile() {
        Table.Builder big = Table.builder("months", "Months", "month", "children");
        for (int i = 0; i <= HtmlReportWriter.PAGE_ROWS; i++) {
            big.row("m" + i, i);
        }
        Table shortTable = Table.builder("short", "Short", "month", "children").row("m0", 1).build();
        Report report = new Report("r", List.of("f"),
                List.of(new Section("x", "X", "", null, List.of(), List.of(), List.of(big.build(), shortTable))));
        String html = HtmlReportWriter.toString(report);
        assertTrue(html.contains("(5,001 rows; csv/months.csv)"), "the caption still names the table and its file");
        assertTrue(html.contains("every row is in csv/months.csv"));
        assertTrue(!html.contains("data-table=\"months\"") && !html.contains(">m4999<"), "no row of it on the page");
        assertTrue(html.contains("data-table=\"short\""), "short tables are still shown");
    }
}
