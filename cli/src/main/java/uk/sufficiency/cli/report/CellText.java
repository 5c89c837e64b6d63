package uk.sufficiency.cli.report;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Locale;

/** Turns cells and figures into text: plain for CSV (machine-readable), grouped for people. */
public final class CellText {

    private CellText() {
    }

    /** Plain text for CSV: ISO dates, numbers without grouping or exponent, blank for null. */
    public static String plain(Object cell) {
        if (cell == null) {
            return "";
        }
        if (cell instanceof Double d) {
            return plainNumber(d);
        }
        if (cell instanceof Float f) {
            return plainNumber(f.doubleValue());
        }
        if (cell instanceof LocalDate date) {
            return date.toString();
        }
        return cell.toString();
    }

    private static String plainNumber(double value) {
        if (Double.isNaN(value) || Double.isInfinite(value)) {
            return "";
        }
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return BigDecimal.valueOf(value).stripTrailingZeros().toPlainString();
    }

    /** Text for people: thousands separators and at most two decimals. */
    public static String human(Object cell) {
        if (cell instanceof Double || cell instanceof Float) {
            double value = ((Number) cell).doubleValue();
            if (Double.isNaN(value)) {
                return "";
            }
            return format(value, Math.abs(value) >= 100 ? "#,##0" : "#,##0.##");
        }
        if (cell instanceof Number number) {
            return format(number.doubleValue(), "#,##0");
        }
        return plain(cell);
    }

    /** A headline figure with its unit: "£12,345 a week", "1,234 children", "12.5%". */
    public static String figure(double value, String unit) {
        String number = format(value, Math.abs(value) >= 100 || value == Math.rint(value) ? "#,##0" : "#,##0.#");
        return switch (unit) {
            case "GBP" -> money(value);
            case "GBP/week" -> money(value) + " a week";
            case "GBP/year" -> money(value) + " a year";
            case "%" -> number + "%";
            case "year" -> Long.toString(Math.round(value));
            case "" -> number;
            default -> number + " " + unit;
        };
    }

    private static String money(double value) {
        String sign = value < 0 ? "-" : "";
        return sign + "£" + format(Math.abs(value), "#,##0");
    }

    private static String format(double value, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
        String text = format.format(value);
        return "-0".equals(text) ? "0" : text;
    }
}
