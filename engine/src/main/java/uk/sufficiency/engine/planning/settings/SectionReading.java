package uk.sufficiency.engine.planning.settings;

import java.util.List;
import java.util.Locale;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * One pass over the {@code plan:} section: where problems and assumptions go while its parts are
 * read, and the one way a number is taken (range-checked at its file and line, its default and the
 * default's source recorded as an assumption).
 */
record SectionReading(ConfigSection section, ProblemCollector problems, List<Assumption> assumptions) {

    /** The value set at {@code pointer} (checked against min..max), else the default; recorded either way. */
    double number(Number value, String pointer, double min, double max, String meaning, double defaultValue,
            String unit, String defaultSource) {
        section.checkRange(problems, pointer, value, min, max, meaning);
        return section.valueOrDefault(value == null ? null : value.doubleValue(), pointer, defaultValue, unit,
                defaultSource, assumptions);
    }

    /** As {@link #number} for a whole number. */
    int whole(Integer value, String pointer, int min, int max, String meaning, int defaultValue, String unit,
            String defaultSource) {
        section.checkRange(problems, pointer, value, min, max, meaning);
        return section.valueOrDefault(value, pointer, defaultValue, unit, defaultSource, assumptions);
    }

    /** Records a derived figure (not a key of the section) with its source. */
    void derived(String parameter, double value, String unit, String source) {
        assumptions.add(new Assumption(parameter, text(value), unit, source));
    }

    void error(String pointer, String value, String rule) {
        section.error(problems, pointer, value, rule);
    }

    /** A number as people write it: whole numbers without a decimal point, else up to 4 decimals. */
    static String text(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "");
    }
}
