package uk.sufficiency.cli.report;

import uk.sufficiency.model.table.Table;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Writes a {@link Report} as one self-contained HTML file: styles, data and the Chart.js and Leaflet
 * libraries are all inlined, so the file opens offline in any browser and can be mailed as it is.
 * The writer only renders; every figure comes from the report's sections. A section's chart specs
 * are drawn as Chart.js charts, as a map ({@link MapView}) or as cards ({@link CardsView}).
 */
public final class HtmlReportWriter {

    /** Tables longer than this are folded (click to open) so the charts stay readable. */
    static final int FOLD_ROWS = 20;
    /**
     * Tables longer than this stay in their CSV file (and the workbook) only: a region's 15,000 month
     * rows made a 4 MB page that a browser opens slowly and nobody reads row by row.
     */
    static final int PAGE_ROWS = 5_000;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Writer out;
    private final ArrayNode chartData = JsonNodeFactory.instance.arrayNode();
    private final ArrayNode mapData = JsonNodeFactory.instance.arrayNode();
    private int chartCount;
    private int filtered;

    /** Filters are offered on text columns with at most this many distinct values (urgency, type, group). */
    static final int FILTER_VALUES = 12;
    /** ... and whose values are short (a sentence-long reason is searched, not picked from a list). */
    static final int FILTER_TEXT = 40;

    private HtmlReportWriter(Writer out) {
        this.out = out;
    }

    public static void write(Report report, Writer out) throws IOException {
        new HtmlReportWriter(out).report(report);
    }

    private void report(Report report) throws IOException {
        out.write("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n");
        out.write("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n");
        out.write("<title>" + esc(report.title()) + "</title>\n<style>\n" + ReportAssets.css() + "</style>\n");
        long maps = count(report, ChartSpec.Type.MAP::equals);
        if (maps > 0) {
            out.write("<style>\n" + ReportAssets.leafletCss() + "</style>\n");
        }
        out.write("</head>\n<body data-charts=\"" + count(report, HtmlReportWriter::drawnByChartJs) + "\" data-maps=\""
                + maps + "\">\n");
        out.write("<header>\n<h1>" + esc(report.title()) + "</h1>\n<p class=\"facts\">");
        out.write(String.join(" &middot; ", report.facts().stream().map(HtmlReportWriter::esc).toList()));
        out.write("</p>\n");
        failures(report);
        contents(report);
        out.write("</header>\n<main>\n");
        headlines(report);
        for (Section section : report.sections()) {
            section(section);
        }
        out.write("</main>\n");
        if (filtered > 0) {
            out.write("<script>\n" + ReportAssets.filterJs() + "</script>\n");
        }
        if (!mapData.isEmpty()) {
            out.write("<script>\n" + ReportAssets.leafletJs() + "\n</script>\n");
            out.write("<script type=\"application/json\" id=\"map-data\">" + MapView.json(mapData) + "</script>\n");
            out.write("<script>\n" + ReportAssets.mapJs() + "</script>\n");
        }
        if (chartCount > 0) {
            out.write("<script>\n" + ReportAssets.chartJs() + "\n</script>\n");
            out.write("<script type=\"application/json\" id=\"chart-data\">"
                    + JSON.writeValueAsString(chartData).replace("</", "<\\/") + "</script>\n");
            out.write("<script>\n" + ReportAssets.renderJs() + "</script>\n");
        }
        out.write("</body>\n</html>\n");
        out.flush();
    }

    private void failures(Report report) throws IOException {
        List<Section> failed = report.failedSections();
        if (failed.isEmpty()) {
            return;
        }
        out.write("<div class=\"alert\" role=\"alert\"><strong>" + failed.size()
                + (failed.size() == 1 ? " step" : " steps") + " failed;</strong> the other results are complete:<ul>");
        for (Section section : failed) {
            out.write("<li><a href=\"#" + esc(section.id()) + "\">" + esc(section.title()) + "</a>: "
                    + esc(section.error()) + "</li>");
        }
        out.write("</ul></div>\n");
    }

    private void contents(Report report) throws IOException {
        out.write(hasOpening(report) ? "<nav><a href=\"#headlines\">Answers</a>" : "<nav>");
        for (Section section : report.sections()) {
            out.write(" <a href=\"#" + esc(section.id()) + "\">" + esc(section.title()) + "</a>");
        }
        out.write("</nav>\n");
    }

    /**
     * The report's opening: each section's answer in words, then its figures, then (apart and
     * labelled) its engine-wide totals. Left out when no section has anything to show there.
     */
    private void headlines(Report report) throws IOException {
        if (!hasOpening(report)) {
            return;
        }
        out.write("<section id=\"headlines\">\n<h2>Answers</h2>\n");
        for (Section section : report.sections()) {
            if (section.headlines().isEmpty() && section.answer().isEmpty() && !section.failed()) {
                continue;
            }
            out.write("<div class=\"group\"><h3><a href=\"#" + esc(section.id()) + "\">" + esc(section.title())
                    + "</a></h3>");
            if (!section.answer().isEmpty()) {
                out.write("<p class=\"answer\">" + esc(section.answer()) + "</p>");
            }
            cards(section, section.headlines().stream().filter(h -> !h.engineWide()).toList(), section.failed());
            List<Headline> totals = section.headlines().stream().filter(Headline::engineWide).toList();
            if (!totals.isEmpty()) {
                out.write("<p class=\"totals-label\">Engine-wide totals (everything the step handled, not only"
                        + " the answer above)</p>");
                cards(section, totals, false);
            }
            out.write("</div>\n");
        }
        out.write("</section>\n");
    }

    private static long count(Report report, java.util.function.Predicate<ChartSpec.Type> type) {
        return report.sections().stream().flatMap(s -> s.charts().stream()).filter(c -> type.test(c.type())).count();
    }

    private static boolean drawnByChartJs(ChartSpec.Type type) {
        return type != ChartSpec.Type.MAP && type != ChartSpec.Type.CARDS;
    }

    static boolean hasOpening(Report report) {
        return report.sections().stream()
                .anyMatch(s -> !s.headlines().isEmpty() || !s.answer().isEmpty() || s.failed());
    }

    private void cards(Section section, List<Headline> headlines, boolean failed) throws IOException {
        if (headlines.isEmpty() && !failed) {
            return;
        }
        out.write("<div class=\"cards\">");
        if (failed) {
            out.write("<div class=\"card failed\"><div class=\"value\">failed</div><div class=\"label\">"
                    + "see <a href=\"#" + esc(section.id()) + "\">below</a></div></div>");
        }
        for (Headline headline : headlines) {
            out.write("<div class=\"card" + (headline.engineWide() ? " total" : "") + "\" data-key=\""
                    + esc(section.id() + "/" + headline.key()) + "\"><div class=\"value\">"
                    + esc(CellText.value(headline)) + "</div>"
                    + (headline.hasInterval() ? "<div class=\"interval\">80%: " + esc(CellText.range(headline)) + "</div>" : "")
                    + "<div class=\"label\">" + esc(headline.label()) + "</div></div>");
        }
        out.write("</div>");
    }

    private void section(Section section) throws IOException {
        out.write("<section id=\"" + esc(section.id()) + "\" class=\"step\">\n<h2>" + esc(section.title()) + "</h2>\n");
        if (section.failed()) {
            out.write("<div class=\"alert\" role=\"alert\"><strong>This step failed:</strong> "
                    + esc(section.error()) + "</div>\n");
        }
        if (!section.answer().isEmpty()) {
            out.write("<p class=\"answer\">" + esc(section.answer()) + "</p>\n");
        }
        if (!section.summary().isEmpty()) {
            out.write("<p class=\"summary\">" + esc(section.summary()) + "</p>\n");
        }
        Map<String, Table> tables = new LinkedHashMap<>();
        section.tables().forEach(t -> tables.put(t.name(), t));
        Set<String> shown = new HashSet<>();
        for (ChartSpec chart : section.charts()) {
            Table table = tables.get(chart.table());
            if (chart.type() == ChartSpec.Type.CARDS) {
                if (table != null && shown.add(table.name())) {
                    filtered++;
                    out.write(CardsView.html(chart, table));
                }
                continue;
            }
            if (chart.type() == ChartSpec.Type.MAP) {
                // its points are the map's data and its CSV: a table of coordinates under it would double the page
                shown.add(chart.table());
                out.write(MapView.html(chart, "map-" + (mapData.size() + 1), mapData));
            } else {
                chart(chart);
            }
            if (table != null && shown.add(table.name())) {
                table(table);
            }
        }
        for (Table table : section.tables()) {
            if (shown.add(table.name())) {
                table(table);
            }
        }
        out.write("</section>\n");
    }

    private void chart(ChartSpec chart) throws IOException {
        String id = "chart-" + (++chartCount);
        out.write("<figure class=\"chart\"><figcaption>" + esc(chart.title()) + "</figcaption>"
                + "<div class=\"canvas\"><canvas id=\"" + id + "\" role=\"img\" aria-label=\""
                + esc(chart.title()) + "\"></canvas></div></figure>\n");
        ObjectNode node = chartData.addObject();
        node.put("id", id);
        node.put("type", chart.type().name().toLowerCase(java.util.Locale.ROOT));
        node.put("unit", chart.unit());
        ArrayNode labels = node.putArray("labels");
        chart.xLabels().forEach(labels::add);
        ArrayNode series = node.putArray("series");
        for (ChartSpec.Series s : chart.series()) {
            ObjectNode one = series.addObject();
            one.put("name", s.name());
            one.put("role", s.role().name().toLowerCase(java.util.Locale.ROOT));
            ArrayNode values = one.putArray("values");
            for (Double value : s.values()) {
                if (value == null || value.isNaN()) {
                    values.addNull();
                } else {
                    values.add(value);
                }
            }
        }
    }

    private void table(Table table) throws IOException {
        int rows = table.rows().size();
        String caption = "Table: " + esc(table.title()) + " <span class=\"file\">(" + CellText.human(rows)
                + (rows == 1 ? " row" : " rows") + "; csv/" + esc(table.name()) + ".csv)</span>";
        if (rows > PAGE_ROWS) {
            out.write("<div class=\"table\"><p class=\"caption\">" + caption + "</p><p class=\"file\">Too long to show"
                    + " on this page: every row is in csv/" + esc(table.name()) + ".csv, to open in a spreadsheet.</p></div>\n");
            return;
        }
        boolean fold = rows > FOLD_ROWS;
        out.write(fold ? "<details class=\"table\"><summary>" : "<div class=\"table\"><p class=\"caption\">");
        out.write(caption);
        out.write(fold ? "</summary>" : "</p>");
        filters(table);
        out.write("<div class=\"scroll\"><table data-table=\"" + esc(table.name()) + "\"><thead><tr>");
        for (String column : table.columns()) {
            out.write("<th>" + esc(column.replace('_', ' ')) + "</th>");
        }
        out.write("</tr></thead><tbody>\n");
        for (List<Object> row : table.rows()) {
            out.write("<tr>");
            for (int c = 0; c < row.size(); c++) {
                Object cell = row.get(c);
                out.write(cell instanceof Number ? "<td class=\"num\">" : "<td>");
                out.write(esc(CellText.human(cell, table.columns().get(c))) + "</td>");
            }
            out.write("</tr>\n");
        }
        if (table.rows().isEmpty()) {
            out.write("<tr><td colspan=\"" + table.columns().size() + "\">(no rows)</td></tr>\n");
        }
        out.write("</tbody></table></div>");
        out.write(fold ? "</details>\n" : "</div>\n");
    }

    /**
     * Drop-down filters for a long table's text columns that take a few values (waiting or placed,
     * urgency, placement type, binding rule) and a search box; filter-tables.js hides the other rows.
     */
    private void filters(Table table) throws IOException {
        if (table.rows().size() <= 10) {
            return;
        }
        StringBuilder html = new StringBuilder();
        for (int c = table.keyColumns(); c < table.columns().size(); c++) {
            java.util.TreeSet<String> values = new java.util.TreeSet<>();
            boolean text = true;
            for (List<Object> row : table.rows()) {
                Object cell = row.get(c);
                text &= !(cell instanceof Number);
                values.add(cell == null ? "" : cell.toString());
            }
            if (!text || values.size() < 2 || values.size() > FILTER_VALUES
                    || values.stream().anyMatch(v -> v.length() > FILTER_TEXT)) {
                continue;
            }
            html.append("<label>").append(esc(table.columns().get(c).replace('_', ' '))).append(" <select data-column=\"")
                    .append(c).append("\"><option value=\"\">all</option>");
            for (String value : values) {
                html.append("<option>").append(esc(value)).append("</option>");
            }
            html.append("</select></label>");
        }
        filtered++;
        out.write("<div class=\"filters\" data-filters=\"" + esc(table.name()) + "\">" + html
                + "<label>search <input type=\"search\" placeholder=\"id or text\"></label>"
                + " <span class=\"shown\"></span></div>");
    }

    static String esc(String text) {
        if (text == null) {
            return "";
        }
        StringBuilder escaped = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '<' -> escaped.append("&lt;");
                case '>' -> escaped.append("&gt;");
                case '&' -> escaped.append("&amp;");
                case '"' -> escaped.append("&quot;");
                case '\'' -> escaped.append("&#39;");
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /** For callers that render without checked exceptions. */
    public static String toString(Report report) {
        var writer = new java.io.StringWriter();
        try {
            write(report, writer);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return writer.toString();
    }
}
