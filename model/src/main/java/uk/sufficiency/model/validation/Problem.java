package uk.sufficiency.model.validation;

import java.nio.file.Path;

/**
 * One thing wrong (or worth a warning) in an input file, located precisely enough that a
 * spreadsheet user can find and fix it: file, 1-based line and column, the offending value and
 * the rule it breaks.
 *
 * @param file   the input file; null when the problem is not tied to a file
 * @param line   1-based line number in the file (the header is line 1); 0 when not known
 * @param column the column name (CSV) or key path (YAML); null when the whole row is at fault
 * @param value  the offending value as written; null when the value is missing
 * @param rule   the rule broken, in plain words ("skill_level must be a whole number from 1 to 6")
 */
public record Problem(Severity severity, Path file, int line, String column, String value, String rule) {

    public enum Severity { ERROR, WARNING }

    public static Problem error(Path file, int line, String column, String value, String rule) {
        return new Problem(Severity.ERROR, file, line, column, value, rule);
    }

    public static Problem warning(Path file, int line, String column, String value, String rule) {
        return new Problem(Severity.WARNING, file, line, column, value, rule);
    }

    public boolean isError() {
        return severity == Severity.ERROR;
    }

    /** "children.csv:12: column required_level, value '7': required_level must be 1-6". */
    public String describe() {
        StringBuilder text = new StringBuilder();
        text.append(severity == Severity.ERROR ? "error: " : "warning: ");
        text.append(file == null ? "(input)" : file.toString());
        if (line > 0) {
            text.append(':').append(line);
        }
        text.append(':');
        if (column != null) {
            text.append(" column ").append(column);
        }
        if (value != null) {
            text.append(column != null ? ", " : " ").append("value '").append(value).append('\'');
        }
        if (column != null || value != null) {
            text.append(':');
        }
        text.append(' ').append(rule);
        return text.toString();
    }

    @Override
    public String toString() {
        return describe();
    }
}
