package uk.sufficiency.engine.projection.lac;

import java.util.List;

/**
 * The model's states: age band x placement category, indexed {@code band * K + category}. A state's
 * monthly outcomes are indexed 0..K-1 (the category the child is in at the next month end; its own
 * category means "stayed") and K (left care).
 */
public record LacStates(List<String> categories, AgeBands bands) {

    public LacStates {
        categories = List.copyOf(categories);
    }

    public int categoryCount() {
        return categories.size();
    }

    public int stateCount() {
        return categories.size() * bands.size();
    }

    /** Outcome index meaning "left care". */
    public int exitOutcome() {
        return categories.size();
    }

    public int state(int band, int category) {
        return band * categories.size() + category;
    }

    public int bandOfState(int state) {
        return state / categories.size();
    }

    public int categoryOfState(int state) {
        return state % categories.size();
    }

    public int categoryIndex(String id) {
        return categories.indexOf(id);
    }

    public String outcomeName(int outcome) {
        return outcome == exitOutcome() ? LacProjectionSettings.EXIT : categories.get(outcome);
    }
}
