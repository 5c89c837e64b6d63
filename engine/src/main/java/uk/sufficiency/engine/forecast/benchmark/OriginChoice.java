package uk.sufficiency.engine.forecast.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import uk.sufficiency.engine.forecast.evaluation.OriginForecasts;
import uk.sufficiency.engine.forecast.series.Frequency;
import uk.sufficiency.engine.forecast.series.TimeSeries;

/**
 * Which forecast origins a benchmark evaluates in each series, as written after {@code --origins}:
 * {@code holdout} (one origin, the last {@code horizon} values held out), {@code last:K} (the
 * {@code K} latest origins, each with at least one outcome), or periods such as {@code 2013-2018}
 * or {@code 2013,2016} (origins whose last observed period is one of them: a year for yearly
 * series, the period label otherwise).
 *
 * @param text   as written
 * @param latest number of latest origins, or 0
 * @param labels period labels, or empty
 */
public record OriginChoice(String text, int latest, Set<String> labels) {

    public static final OriginChoice HOLDOUT = new OriginChoice("holdout", 0, Set.of());

    public OriginChoice {
        labels = Set.copyOf(labels);
    }

    /** Parses the option; throws {@link IllegalArgumentException} with the rule broken. */
    public static OriginChoice parse(String text) {
        String trimmed = text.trim().toLowerCase(Locale.ROOT);
        if (trimmed.equals("holdout")) {
            return HOLDOUT;
        }
        if (trimmed.startsWith("last:")) {
            try {
                int count = Integer.parseInt(trimmed.substring(5));
                if (count >= 1) {
                    return new OriginChoice(trimmed, count, Set.of());
                }
            } catch (NumberFormatException e) {
                // reported below
            }
            throw new IllegalArgumentException("--origins last:K needs a whole number K of at least 1: " + text);
        }
        Set<String> labels = new TreeSet<>();
        for (String part : trimmed.split(",")) {
            String[] range = part.trim().split("(?<=\\d)-(?=\\d{4}$)");
            if (range.length == 2 && range[0].matches("\\d{4}") && range[1].matches("\\d{4}")) {
                for (int year = Integer.parseInt(range[0]); year <= Integer.parseInt(range[1]); year++) {
                    labels.add(Integer.toString(year));
                }
            } else if (!part.isBlank()) {
                labels.add(part.trim().toUpperCase(Locale.ROOT));
            }
        }
        if (labels.isEmpty()) {
            throw new IllegalArgumentException("--origins must be holdout, last:K, or periods such as 2013-2018: " + text);
        }
        return new OriginChoice(trimmed, 0, labels);
    }

    /** The origins (training lengths) to evaluate in the series, oldest first. */
    public List<Integer> origins(TimeSeries series, int horizon) {
        int n = series.length();
        List<Integer> origins = new ArrayList<>();
        for (int origin = OriginForecasts.FIRST_ORIGIN; origin < n; origin++) {
            if (chosen(series, origin, horizon)) {
                origins.add(origin);
            }
        }
        return origins;
    }

    private boolean chosen(TimeSeries series, int origin, int horizon) {
        int n = series.length();
        if (latest > 0) {
            return origin >= n - latest;
        }
        if (labels.isEmpty()) {
            return origin == n - horizon;
        }
        var last = series.periods().get(origin - 1);
        String label = series.frequency() == Frequency.YEARLY ? Integer.toString(last.year()) : last.label().toUpperCase(Locale.ROOT);
        return labels.contains(label);
    }
}
