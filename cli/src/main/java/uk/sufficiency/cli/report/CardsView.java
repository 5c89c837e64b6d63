package uk.sufficiency.cli.report;

import static uk.sufficiency.cli.report.HtmlReportWriter.esc;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import uk.sufficiency.model.table.Table;

/**
 * A table drawn as cards ({@link ChartSpec.Type#CARDS}), one a row: the key columns title the card,
 * the columns the spec names (its x labels) are badges and drop-down filters, and every other
 * non-blank cell is a labelled field; a cell listing items with " | " is drawn as a list, a
 * {@code _gbp} column as money. filter-tables.js filters the cards as it filters tables.
 *
 * <p>At most {@link #LIMIT} cards are drawn, in the table's order (the step orders it so the ones
 * that matter most come first), and the page says so: every row stays in the table's CSV and the
 * workbook. This keeps a report of thousands of waiting children a few megabytes at most.
 */
final class CardsView {

    /** Cards drawn in the page; about 1 kB each. */
    static final int LIMIT = 200;

    private CardsView() {
    }

    static String html(ChartSpec spec, Table table) {
        List<Integer> badges = spec.xLabels().stream().map(table.columns()::indexOf).filter(i -> i >= 0).toList();
        StringBuilder html = new StringBuilder("<figure class=\"card-list\"><figcaption>").append(esc(spec.title()))
                .append("</figcaption>");
        html.append("<div class=\"filters\" data-card-filters=\"").append(esc(table.name())).append("\">");
        for (int column : badges) {
            TreeSet<String> values = new TreeSet<>();
            table.rows().forEach(row -> values.add(text(row.get(column))));
            html.append("<label>").append(esc(label(table.columns().get(column)))).append(" <select data-field=\"")
                    .append(esc(table.columns().get(column))).append("\"><option value=\"\">all</option>");
            values.forEach(v -> html.append("<option>").append(esc(v)).append("</option>"));
            html.append("</select></label>");
        }
        html.append("<label>search <input type=\"search\" placeholder=\"id or text\"></label> <span class=\"shown\">"
                + "</span></div>");
        int shown = Math.min(LIMIT, table.rows().size());
        html.append("<p class=\"caption\">").append(shown < table.rows().size()
                ? "The first " + shown + " of " + CellText.human(table.rows().size()) + " cards are shown, in the"
                        + " table's order; every card is in"
                : CellText.human(table.rows().size()) + (table.rows().size() == 1 ? " card; also in" : " cards; also in"))
                .append(" <span class=\"file\">csv/").append(esc(table.name())).append(".csv</span></p>");
        html.append("<div class=\"card-grid\" data-cards=\"").append(esc(table.name())).append("\">\n");
        for (List<Object> row : table.rows().subList(0, shown)) {
            card(html, table, badges, row);
        }
        if (table.rows().isEmpty()) {
            html.append("<p>(no cards)</p>");
        }
        return html.append("</div></figure>\n").toString();
    }

    private static void card(StringBuilder html, Table table, List<Integer> badges, List<Object> row) {
        html.append("<article class=\"item-card\"");
        for (int column : badges) {
            html.append(" data-v-").append(esc(table.columns().get(column))).append("=\"").append(esc(text(row.get(column))))
                    .append('"');
        }
        html.append("><h4>");
        for (int c = 0; c < table.keyColumns(); c++) {
            html.append(c == 0 ? "" : " &middot; ").append(esc(text(row.get(c))));
        }
        html.append("</h4><p class=\"badges\">");
        for (int column : badges) {
            String value = text(row.get(column));
            html.append("<span class=\"badge b-").append(esc(value.replaceAll("[^A-Za-z0-9]+", "-").toLowerCase(Locale.ROOT)))
                    .append("\">").append(esc(value)).append("</span>");
        }
        html.append("</p><dl>");
        for (int c = table.keyColumns(); c < row.size(); c++) {
            String column = table.columns().get(c);
            String value = value(row.get(c), column);
            if (badges.contains(c) || value.isEmpty()) {
                continue;
            }
            html.append("<dt>").append(esc(label(column))).append("</dt><dd>");
            if (value.contains(" | ")) {
                html.append("<ul>");
                for (String item : value.split(" \\| ")) {
                    html.append("<li>").append(esc(item)).append("</li>");
                }
                html.append("</ul>");
            } else {
                html.append(esc(value));
            }
            html.append("</dd>");
        }
        html.append("</dl></article>\n");
    }

    private static String value(Object cell, String column) {
        if (cell instanceof Number number && column.endsWith("_gbp")) {
            return CellText.money(number.doubleValue());
        }
        return CellText.human(cell, column);
    }

    /** "weekly_cost_gbp" as "weekly cost": the unit shows in the value. */
    private static String label(String column) {
        return (column.endsWith("_gbp") ? column.substring(0, column.length() - 4) : column).replace('_', ' ');
    }

    private static String text(Object cell) {
        return cell == null ? "" : cell.toString();
    }
}
