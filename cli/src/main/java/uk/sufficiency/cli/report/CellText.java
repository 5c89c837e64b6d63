package uk.sufficiency.cli.report;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.LocalDate;
import java.util.Arrays;
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

    /** Text for people in a named column: years and ids stay as written ("2010", not "2,010"). */
    public static String human(Object cell, String column) {
        if (cell instanceof Number number && isYearColumn(column) && number.doubleValue() == Math.rint(number.doubleValue())) {
            return Long.toString(number.longValue());
        }
        return human(cell);
    }

    /** Columns that hold calendar years ("year", "census_year", "payback_year", "period"). */
    static boolean isYearColumn(String column) {
        String name = column == null ? "" : column.toLowerCase(Locale.ROOT);
        return name.equals("year") || name.endsWith("_year") || name.startsWith("year_") || name.equals("period")
                || name.equals("census");
    }

    /** A headline with its 80% interval when it has one: "£117.2m (80%: £91.5m to £144.4m)". */
    public static String figure(Headline headline) {
        String value = value(headline);
        if (!headline.hasInterval()) {
            return value;
        }
        return value + " (80%: " + range(headline) + ")";
    }

    /**
     * A headline's 80% interval, "£91.5m to £144.4m": money at both ends on one scale, so an interval
     * reads "-£7.2m to -£0.8m", not "-£7.2m to -£795,259".
     */
    public static String range(Headline headline) {
        double lower = headline.lower80();
        double upper = headline.upper80();
        String unit = headline.unit();
        if (headline.moneyInMillions() || inMillions(unit, lower, upper)) {
            return figure(lower, unit, true) + " to " + figure(upper, unit, true);
        }
        return figure(lower, unit) + " to " + figure(upper, unit);
    }

    /**
     * Whether money figures shown side by side (an interval's ends; A, B and the change between them)
     * read in millions: when any of them is a million or more, so all are on one scale.
     */
    public static boolean inMillions(String unit, double... figures) {
        return unit != null && unit.startsWith("GBP") && Arrays.stream(figures).anyMatch(f -> Math.abs(f) >= 1_000_000);
    }

    /**
     * A headline's value alone: its figure, signed when it is a change between runs ("+£700 a week"),
     * money on its interval's scale ("£1.0m" beside "£0.8m to £1.1m", not "£950,000").
     * A change on the millions scale that would read "£0.0m" is given in pounds instead ("+£23,400"):
     * a card saying the change is nothing when it is not answers the wrong question.
     */
    public static String value(Headline headline) {
        boolean millions = headline.moneyInMillions() || Math.abs(headline.value()) >= 1_000_000
                || headline.hasInterval() && inMillions(headline.unit(), headline.lower80(), headline.upper80());
        String text = figure(headline.value(), headline.unit(), millions);
        if (headline.change() && millions && !hasNonZeroDigit(text) && Math.round(headline.value()) != 0) {
            text = figure(headline.value(), headline.unit(), false);
        }
        return headline.change() ? withSign(headline.value(), text) : text;
    }

    private static boolean hasNonZeroDigit(String text) {
        return text.chars().anyMatch(c -> c >= '1' && c <= '9');
    }

    /** A change with its sign: "+£700 a week", "-1 child", and "0" with none when it rounds to nothing. */
    public static String signed(double value, String unit) {
        return withSign(value, figure(value, unit));
    }

    /** A change's text with "+" before it when it is a rise that does not round to nothing. */
    private static String withSign(double value, String text) {
        return value > 0 && hasNonZeroDigit(text) ? "+" + text : text;
    }

    /**
     * A headline figure with its unit: "£12,345 a week", "1,234 children", "12.5%". Halves round up
     * (600.5 is 601), as {@code String.format} rounds them, so an answer's sentence and its card agree.
     */
    public static String figure(double value, String unit) {
        return figure(value, unit, Math.abs(value) >= 1_000_000);
    }

    private static String figure(double value, String unit, boolean millions) {
        if (Double.isNaN(value)) {
            return "n/a";
        }
        String number = format(value, Math.abs(value) >= 100 || value == Math.rint(value) ? "#,##0" : "#,##0.#");
        return switch (unit) {
            case "GBP" -> money(value, millions);
            case "GBP/week" -> money(value, millions) + " a week";
            case "GBP/year" -> money(value, millions) + " a year";
            case "%" -> number + "%";
            case "year" -> Long.toString(Math.round(value));
            case "" -> number;
            default -> number + " " + (number.equals("1") || number.equals("-1") ? singular(unit) : unit);
        };
    }

    /** "1 child", not "1 children": the units headlines count in, each with its one. */
    private static String singular(String unit) {
        return switch (unit) {
            case "children" -> "child";
            case "carers" -> "carer";
            case "placements" -> "placement";
            case "households" -> "household";
            case "plans" -> "plan";
            case "places" -> "place";
            case "moves" -> "move";
            case "homes" -> "home";
            default -> unit;
        };
    }

    /** "£12,345", and "£117.2m" from a million up (millions to one decimal, as budget papers write them). */
    static String money(double value) {
        return money(value, Math.abs(value) >= 1_000_000);
    }

    private static String money(double value, boolean millions) {
        String sign = value < 0 && (!millions || Math.abs(value) >= 50_000) ? "-" : "";
        double size = Math.abs(value);
        if (millions) {
            // the decimal shift, not a division: £150,000 is £0.2m (halves up), where 0.15 as a double is below a half
            return sign + "£" + format(BigDecimal.valueOf(size).movePointLeft(6), "#,##0.0") + "m";
        }
        return sign + "£" + format(size, "#,##0");
    }

    private static String format(Object value, String pattern) {
        DecimalFormat format = new DecimalFormat(pattern, DecimalFormatSymbols.getInstance(Locale.UK));
        format.setRoundingMode(RoundingMode.HALF_UP);
        String text = format.format(value);
        return "-0".equals(text) ? "0" : text;
    }
}
