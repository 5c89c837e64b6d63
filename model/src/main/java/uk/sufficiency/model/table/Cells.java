package uk.sufficiency.model.table;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Set;
import uk.sufficiency.model.Word;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Typed access to the cells of one CSV row. Each getter returns null (or an empty value) and
 * records a problem naming file, line, column, value and rule when a cell breaks its rule, so that
 * a whole file is checked in one pass.
 */
public final class Cells {

    private final CsvTable table;
    private final CsvTable.Row row;
    private final ProblemCollector problems;

    public Cells(CsvTable table, CsvTable.Row row, ProblemCollector problems) {
        this.table = table;
        this.row = row;
        this.problems = problems;
    }

    public int line() {
        return row.line();
    }

    public String raw(String column) {
        return table.cell(row, column);
    }

    public void error(String column, String value, String rule) {
        problems.error(table.file(), row.line(), column, value, rule);
    }

    public void warning(String column, String value, String rule) {
        problems.warning(table.file(), row.line(), column, value, rule);
    }

    public String text(String column, boolean required) {
        String value = raw(column);
        if (value == null && required) {
            error(column, null, column + " is required");
        }
        return value;
    }

    public Integer integer(String column, boolean required, int min, int max, String meaning) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        if (!NumberGrammar.isWholeNumber(value)) {
            error(column, value, column + " must be a whole number written in digits (" + meaning + ")");
            return null;
        }
        double parsed = NumberGrammar.parse(value);
        if (parsed < min || parsed > max) {
            error(column, value, column + " must be " + meaning);
            return null;
        }
        return (int) parsed;
    }

    /**
     * A number in the one grammar every reader uses ({@link NumberGrammar}): plain decimal with a
     * '.' point, optionally grouped in thousands with ','; "7,50" and "-1,1" are errors, as are
     * exponents and language literals ("0x1p9", "500d", "NaN").
     */
    public Double decimal(String column, boolean required, double min, double max, String meaning) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        if (!NumberGrammar.isDecimal(value)) {
            error(column, value, column + " must be a plain decimal number such as 1234.5 or 1,234.5 (" + meaning + ")");
            return null;
        }
        double parsed = NumberGrammar.parse(value);
        if (parsed < min || parsed > max) {
            error(column, value, column + " must be " + meaning);
            return null;
        }
        return parsed;
    }

    public LocalDate date(String column, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            error(column, value, column + " must be an ISO date (YYYY-MM-DD)");
            return null;
        }
    }

    public Boolean bool(String column) {
        String value = raw(column);
        if (value == null) {
            return null;
        }
        return switch (value.toLowerCase(Locale.ROOT)) {
            case "true", "yes", "y", "1" -> Boolean.TRUE;
            case "false", "no", "n", "0" -> Boolean.FALSE;
            default -> {
                error(column, value, column + " must be true or false");
                yield null;
            }
        };
    }

    public <E extends Enum<E> & Word> E word(String column, Class<E> type, boolean required) {
        String value = text(column, required);
        if (value == null) {
            return null;
        }
        return Word.parse(type, value).orElseGet(() -> {
            error(column, value, "unknown word: " + column + " must be " + Word.choices(type));
            return null;
        });
    }

    /** A semicolon-separated list of words, e.g. {@code ebd;cse}. */
    public <E extends Enum<E> & Word> Set<E> words(String column, Class<E> type) {
        String value = raw(column);
        Set<E> result = EnumSet.noneOf(type);
        if (value == null) {
            return result;
        }
        for (String part : value.split(";")) {
            if (part.isBlank()) {
                continue;
            }
            Word.parse(type, part).ifPresentOrElse(result::add,
                    () -> error(column, part.trim(), "unknown word in " + column + ": each must be " + Word.choices(type)));
        }
        return result;
    }
}
