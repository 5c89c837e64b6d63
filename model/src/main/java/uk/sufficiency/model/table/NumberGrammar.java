package uk.sufficiency.model.table;

import java.util.regex.Pattern;

/**
 * The one number grammar of every input file. A number is plain decimal: an optional minus, digits,
 * an optional '.' and digits. Digits before the point may be grouped in thousands with ','
 * ("1,234,567.50"), a common spreadsheet export; any other comma is an error, so a European decimal
 * comma ("7,50") or a stray one ("-1,1") is never misread. A money cell may start with '£'. No
 * exponents, no language literals (hexadecimal, "500d", "NaN", "Infinity"), no spaces inside.
 */
public final class NumberGrammar {

    private static final Pattern DECIMAL = Pattern.compile("£?-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.\\d+)?");
    private static final Pattern WHOLE = Pattern.compile("-?(\\d+|\\d{1,3}(,\\d{3})+)(\\.0+)?");
    /** Longest number text accepted: far beyond any real count or cost, short of overflow. */
    private static final int MAX_LENGTH = 40;

    private NumberGrammar() {
    }

    public static boolean isDecimal(String text) {
        return text.length() <= MAX_LENGTH && DECIMAL.matcher(text).matches() && Double.isFinite(parse(text));
    }

    public static boolean isWholeNumber(String text) {
        return text.length() <= MAX_LENGTH && WHOLE.matcher(text).matches() && Math.abs(parse(text)) < 1e15;
    }

    /** The value of a text that {@link #isDecimal} accepts. */
    public static double parse(String text) {
        return Double.parseDouble(text.replace(",", "").replace("£", ""));
    }
}
