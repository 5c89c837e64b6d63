package uk.sufficiency.web.matching;

import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * What the commissioner has fixed on the board: pinned matches (request id to placement id),
 * forbidden matches ("request|placement") and placements marked unavailable for new matches.
 * Immutable; each change makes a new value, so two users never see half a change.
 */
public record BoardConstraints(Map<String, String> pins, Set<String> forbidden, Set<String> unavailable) {

    public static final BoardConstraints NONE = new BoardConstraints(Map.of(), Set.of(), Set.of());

    public BoardConstraints {
        pins = Map.copyOf(pins);
        forbidden = Set.copyOf(forbidden);
        unavailable = Set.copyOf(unavailable);
    }

    public BoardConstraints pin(String request, String placement) {
        Map<String, String> next = new TreeMap<>(pins);
        next.put(request, placement);
        Set<String> stillForbidden = new TreeSet<>(forbidden);
        stillForbidden.remove(request + "|" + placement);
        return new BoardConstraints(next, stillForbidden, unavailable);
    }

    public BoardConstraints forbid(String request, String placement) {
        Set<String> next = new TreeSet<>(forbidden);
        next.add(request + "|" + placement);
        Map<String, String> stillPinned = new TreeMap<>(pins);
        stillPinned.remove(request, placement);
        return new BoardConstraints(stillPinned, next, unavailable);
    }

    public BoardConstraints markUnavailable(String placement) {
        Set<String> next = new TreeSet<>(unavailable);
        next.add(placement);
        return new BoardConstraints(pins, forbidden, next);
    }

    public boolean isForbidden(String request, String placement) {
        return forbidden.contains(request + "|" + placement);
    }

    /** A canonical text of the constraints, for the result cache key. */
    public String key() {
        return new TreeMap<>(pins) + ";" + new TreeSet<>(forbidden) + ";" + new TreeSet<>(unavailable);
    }

    public boolean isEmpty() {
        return pins.isEmpty() && forbidden.isEmpty() && unavailable.isEmpty();
    }
}
