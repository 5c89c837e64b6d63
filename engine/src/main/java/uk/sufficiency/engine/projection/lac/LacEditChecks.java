package uk.sufficiency.engine.projection.lac;

import java.time.LocalDate;
import java.util.Set;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The cross-reference rules of the scenario edits (rate_edits, entry_edits, duration_caps) and of any
 * key naming a category: every category and age band named must be a configured one, and each edit
 * must say exactly one thing. Each problem is placed at the key that broke the rule.
 */
final class LacEditChecks {

    private final ConfigSection section;
    private final ProblemCollector problems;
    private final Set<String> ids;

    LacEditChecks(ConfigSection section, ProblemCollector problems, Set<String> ids) {
        this.section = section;
        this.problems = problems;
        this.ids = ids;
    }

    void check(LacProjectionSettings s, AgeBands bands) {
        var rateEdits = s.rateEdits() == null ? java.util.List.<LacProjectionSettings.RateEdit>of() : s.rateEdits();
        for (int i = 0; i < rateEdits.size(); i++) {
            var e = rateEdits.get(i);
            String at = "/rate_edits/" + i;
            category(at + "/from_category", e.fromCategory(), true, false);
            category(at + "/to", e.to(), false, true);
            band(at + "/age_band", e.ageBand(), bands);
            oneOf(at, e.multiply(), "multiply", e.addMonthlyProbability(), "add_monthly_probability");
            section.checkRange(problems, at + "/add_monthly_probability", e.addMonthlyProbability(), -1, 1,
                    "a change of a monthly probability");
            dates(at, e.from(), e.until());
        }
        var entryEdits = s.entryEdits() == null ? java.util.List.<LacProjectionSettings.EntryEdit>of() : s.entryEdits();
        for (int i = 0; i < entryEdits.size(); i++) {
            var e = entryEdits.get(i);
            String at = "/entry_edits/" + i;
            category(at + "/category", e.category(), true, false);
            band(at + "/age_band", e.ageBand(), bands);
            oneOf(at, e.multiply(), "multiply", e.addPerMonth(), "add_per_month");
            dates(at, e.from(), e.until());
        }
        var caps = s.durationCaps() == null ? java.util.List.<LacProjectionSettings.DurationCap>of() : s.durationCaps();
        for (int i = 0; i < caps.size(); i++) {
            var cap = caps.get(i);
            String at = "/duration_caps/" + i;
            category(at + "/category", cap.category(), false, false);
            category(at + "/move_to", cap.moveTo(), false, true);
            if (cap.maxMonths() == null) {
                section.error(problems, at, null, "max_months is required: a whole number of months >= 1");
            }
            section.checkRange(problems, at + "/max_months", cap.maxMonths(), 1, 1200, "a number of months");
            section.checkRange(problems, at + "/probability", cap.probability(), 0, 1, "a probability");
            dates(at, cap.from(), cap.until());
        }
    }

    void category(String pointer, String value, boolean allowAny, boolean allowExit) {
        if (value == null) {
            section.error(problems, pointer, null, "a category is required here");
        } else if (!ids.contains(value) && !(allowAny && value.equals(LacProjectionSettings.ANY))
                && !(allowExit && value.equals(LacProjectionSettings.EXIT))) {
            section.error(problems, pointer, value, "unknown category; expected one of " + String.join(", ", new java.util.TreeSet<>(ids))
                    + (allowAny ? ", any" : "") + (allowExit ? ", exit" : ""));
        }
    }

    private void band(String pointer, String value, AgeBands bands) {
        if (bands != null && !value.equals(LacProjectionSettings.ANY) && bands.indexOf(value) < 0) {
            section.error(problems, pointer, value, "unknown age band; expected 'any' or one of the age_bands");
        }
    }

    private void oneOf(String at, Double a, String aName, Double b, String bName) {
        if ((a == null) == (b == null)) {
            section.error(problems, at, null, "give exactly one of " + aName + " and " + bName);
        } else if (a != null && (!(a >= 0) || !Double.isFinite(a))) {
            section.error(problems, at + "/" + aName, String.valueOf(a), aName + " must be a finite number >= 0");
        } else if (b != null && !Double.isFinite(b)) {
            section.error(problems, at + "/" + bName, String.valueOf(b), bName + " must be a finite number");
        }
    }

    private void dates(String at, LocalDate from, LocalDate until) {
        if (from != null && until != null && until.isBefore(from)) {
            section.error(problems, at + "/until", until.toString(), "until must not be before from");
        }
    }
}
