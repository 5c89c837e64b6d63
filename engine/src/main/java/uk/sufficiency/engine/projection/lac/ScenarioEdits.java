package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * Scenario edits resolved against the state space and the projected months. A rate edit, entry edit
 * or duration cap applies to a month if the month's first day lies in its from..until range
 * (inclusive; an open end is unbounded).
 *
 * <p>Renormalisation rule (decision record 0032): after the edited outcomes of a state are set (and
 * clipped to [0, 1]), the unedited outcomes, staying included, are scaled together so the row sums to
 * one; they keep their relative odds. If the edited outcomes alone exceed one they are scaled to sum
 * to one and the rest get zero.
 */
public final class ScenarioEdits {

    record RateEdit(boolean[] bands, boolean[] fromCategories, int outcome, Double multiply, Double add,
            LocalDate from, LocalDate until) {
    }

    record EntryEdit(boolean[] bands, boolean[] categories, Double multiply, Double addPerMonth,
            LocalDate from, LocalDate until) {
    }

    /** A resolved cap: target is a category index or the exit outcome. */
    public record Cap(int category, int maxMonths, int target, double probability, LocalDate from, LocalDate until) {
    }

    private final LacStates space;
    private final List<RateEdit> rateEdits = new ArrayList<>();
    private final List<EntryEdit> entryEdits = new ArrayList<>();
    private final List<Cap> caps = new ArrayList<>();

    public ScenarioEdits(LacProjectionConfig config, LacStates space) {
        this.space = space;
        for (var e : config.rateEdits()) {
            rateEdits.add(new RateEdit(bands(e.ageBand()), categories(e.fromCategory()), outcome(e.to()),
                    e.multiply(), e.addMonthlyProbability(), e.from(), e.until()));
        }
        for (var e : config.entryEdits()) {
            entryEdits.add(new EntryEdit(bands(e.ageBand()), categories(e.category()), e.multiply(), e.addPerMonth(),
                    e.from(), e.until()));
        }
        for (var c : config.durationCaps()) {
            caps.add(new Cap(space.categoryIndex(c.category()), c.maxMonths(), outcome(c.moveTo()), c.probability(),
                    c.from(), c.until()));
        }
    }

    public boolean hasRateEdits() {
        return !rateEdits.isEmpty();
    }

    private int outcome(String id) {
        return LacProjectionSettings.EXIT.equals(id) ? space.exitOutcome() : space.categoryIndex(id);
    }

    private boolean[] bands(String label) {
        boolean[] on = new boolean[space.bands().size()];
        for (int b = 0; b < on.length; b++) {
            on[b] = LacProjectionSettings.ANY.equals(label) || space.bands().bands().get(b).label().equals(label);
        }
        return on;
    }

    private boolean[] categories(String id) {
        boolean[] on = new boolean[space.categoryCount()];
        for (int c = 0; c < on.length; c++) {
            on[c] = LacProjectionSettings.ANY.equals(id) || space.categories().get(c).equals(id);
        }
        return on;
    }

    static boolean active(LocalDate from, LocalDate until, YearMonth month) {
        LocalDate first = month.atDay(1);
        return (from == null || !first.isBefore(from)) && (until == null || !first.isAfter(until));
    }

    /** Applies the rate edits active in the month to a copy of the probabilities [state][outcome]. */
    public double[][] applyRates(double[][] probabilities, YearMonth month) {
        double[][] out = new double[probabilities.length][];
        for (int s = 0; s < probabilities.length; s++) {
            double[] row = probabilities[s].clone();
            boolean[] edited = new boolean[row.length];
            boolean any = false;
            int band = space.bandOfState(s);
            int cat = space.categoryOfState(s);
            for (RateEdit e : rateEdits) {
                if (e.bands()[band] && e.fromCategories()[cat] && active(e.from(), e.until(), month)) {
                    int o = e.outcome();
                    row[o] = e.multiply() != null ? row[o] * e.multiply() : row[o] + e.add();
                    edited[o] = true;
                    any = true;
                }
            }
            out[s] = any ? renormalise(row, edited) : row;
        }
        return out;
    }

    /**
     * Makes a row of outcome probabilities valid after edits: edited entries clipped to [0, 1] and
     * kept; unedited entries scaled together to fill what is left.
     */
    public static double[] renormalise(double[] row, boolean[] edited) {
        double[] p = row.clone();
        double editedSum = 0;
        double uneditedSum = 0;
        for (int o = 0; o < p.length; o++) {
            if (edited[o]) {
                p[o] = Math.max(0.0, Math.min(1.0, p[o]));
                editedSum += p[o];
            } else {
                uneditedSum += p[o];
            }
        }
        if (editedSum >= 1.0 || uneditedSum <= 0) {
            double total = editedSum;
            for (int o = 0; o < p.length; o++) {
                p[o] = edited[o] && total > 0 ? p[o] / total : 0.0;
            }
            if (total <= 0) {
                // Nothing left to give probability to: share evenly over the unedited outcomes.
                int n = 0;
                for (boolean e : edited) {
                    n += e ? 0 : 1;
                }
                for (int o = 0; o < p.length; o++) {
                    p[o] = edited[o] ? 0.0 : 1.0 / n;
                }
            }
            return p;
        }
        double scale = (1.0 - editedSum) / uneditedSum;
        for (int o = 0; o < p.length; o++) {
            if (!edited[o]) {
                p[o] *= scale;
            }
        }
        return p;
    }

    /** Applies the entry edits active in the month to expected entries [state], in place. */
    public void applyEntries(double[] expected, YearMonth month) {
        for (EntryEdit e : entryEdits) {
            if (!active(e.from(), e.until(), month)) {
                continue;
            }
            int targets = 0;
            for (int s = 0; s < expected.length; s++) {
                if (e.bands()[space.bandOfState(s)] && e.categories()[space.categoryOfState(s)]) {
                    targets++;
                }
            }
            for (int s = 0; s < expected.length; s++) {
                if (e.bands()[space.bandOfState(s)] && e.categories()[space.categoryOfState(s)]) {
                    // add_per_month is children per month over all the states the edit covers, shared evenly.
                    expected[s] = e.multiply() != null ? expected[s] * e.multiply()
                            : Math.max(0.0, expected[s] + e.addPerMonth() / targets);
                }
            }
        }
    }

    /** The cap on the category active in the month, or null. The first listed active cap wins. */
    public Cap capFor(int category, YearMonth month) {
        for (Cap cap : caps) {
            if (cap.category() == category && active(cap.from(), cap.until(), month)) {
                return cap;
            }
        }
        return null;
    }
}
