package uk.sufficiency.engine.synthetic;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Stage 6: pseudonymous ids for children, sibling groups and placements, and the order rows are written in. */
final class Ids {

    /** Ids have at least this many digits ("C0042"), more for larger scenarios. */
    private static final int MIN_DIGITS = 4;

    private Ids() {
    }

    /**
     * Child ids in a shuffled family order, so ids say nothing about how a child was drawn;
     * siblings get consecutive ids and share a sibling-group id. Returns the families in id order.
     */
    static List<Family> assignChildIds(Draft draft) {
        int width = Math.max(MIN_DIGITS, Integer.toString(draft.childCount).length());
        int nextChild = 1;
        int nextGroup = 1;
        List<Family> order = draft.random.shuffled(draft.families);
        for (Family family : order) {
            String group = family.size() > 1 ? id("S", nextGroup++, MIN_DIGITS) : null;
            for (Kid kid : family.members) {
                kid.id = id("C", nextChild++, width);
                kid.group = group;
            }
        }
        return order;
    }

    /** Placement ids by type (in the contract's order) then creation order, so the table reads in groups. */
    static List<House> assignPlacementIds(List<House> houses) {
        List<House> ordered = new ArrayList<>(houses);
        ordered.sort(Comparator.comparingInt((House h) -> h.type.ordinal()));
        int width = Math.max(MIN_DIGITS, Integer.toString(ordered.size()).length());
        for (int i = 0; i < ordered.size(); i++) {
            ordered.get(i).id = id("P", i + 1, width);
        }
        return ordered;
    }

    /** "C0042": a prefix and a zero-padded number (String.format is slow at 100,000 rows). */
    static String id(String prefix, int number, int width) {
        String digits = Integer.toString(number);
        StringBuilder id = new StringBuilder(prefix.length() + Math.max(width, digits.length())).append(prefix);
        for (int i = digits.length(); i < width; i++) {
            id.append('0');
        }
        return id.append(digits).toString();
    }
}
