package uk.sufficiency.model.settings;

import java.util.List;
import uk.sufficiency.model.table.Table;

/**
 * One input a result rests on, with where it came from, so that every figure can be traced: a
 * value read from scenario.yaml (file and line), a command-line option, or a documented default.
 *
 * @param parameter the setting's key, dotted from its section ({@code plan.supply.lead_time_months})
 *                  or a derived quantity
 * @param value     the value used, as text
 * @param unit      its unit (GBP per child per week, households, a share, ...)
 * @param source    where it comes from: "file:line", "--option", or the default's documented source
 */
public record Assumption(String parameter, String value, String unit, String source) {

    /** A settings table ("parameter, value, unit, source", keyed by parameter) with these rows first. */
    public static Table.Builder table(String name, String title, List<Assumption> assumptions) {
        Table.Builder table = Table.builder(name, title, "parameter", "value", "unit", "source").keys(1);
        addRows(table, assumptions);
        return table;
    }

    /** One row per assumption, in order, to a table made by {@link #table}. */
    public static void addRows(Table.Builder table, List<Assumption> assumptions) {
        for (Assumption a : assumptions) {
            table.row(a.parameter(), a.value(), a.unit(), a.source());
        }
    }
}
