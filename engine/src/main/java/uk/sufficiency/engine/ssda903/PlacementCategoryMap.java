package uk.sufficiency.engine.ssda903;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import uk.sufficiency.model.placement.LacCategory;

/**
 * Maps a 903 PLACE x PLACE_PROVIDER pair to a placement category id: by default a {@link LacCategory}'s
 * id; a scenario's {@code lac_projection} may map to categories of its own. Rules are tried in order and the
 * first match wins; a rule with no providers matches any provider. Pairs no rule matches go to the
 * default category (the importer warns about them).
 */
public final class PlacementCategoryMap {

    /** One mapping rule. Empty {@code providers} matches every provider; {@code category} is a category id. */
    public record Rule(Set<String> places, Set<String> providers, String category) {
        public Rule {
            places = upper(places);
            providers = upper(providers == null ? Set.of() : providers);
        }

        boolean matches(String place, String provider) {
            return places.contains(place) && (providers.isEmpty() || providers.contains(provider));
        }

        private static Set<String> upper(Set<String> codes) {
            return Set.copyOf(codes.stream().map(c -> c.trim().toUpperCase(Locale.ROOT)).toList());
        }
    }

    private static final Set<String> FOSTER_OTHER_CARER = Set.of("U4", "U5", "U6");
    private static final Set<String> RESIDENTIAL = Set.of("K1", "K2", "R1", "S1");
    /** Codes we know and deliberately put in "other": adoption, with parents, health, custody, temporary. */
    private static final Set<String> KNOWN_OTHER = Set.of("A3", "A4", "A5", "A6", "P1", "P3", "R2", "R3", "R5",
            "T0", "T1", "T2", "T3", "T4", "Z1");

    private final List<Rule> rules;
    private final String defaultCategory;

    public PlacementCategoryMap(List<Rule> rules, String defaultCategory) {
        this.rules = List.copyOf(rules);
        this.defaultCategory = defaultCategory;
    }

    /**
     * The default mapping (see docs/methods/lac-projection.md): U1-U3 connected; U4-U6 with a private
     * or voluntary provider (PR4, PR5) IFA, otherwise in-house; K1, K2, R1, S1 in-house residential
     * when the LA provides it (PR1), otherwise external; H5, K3, P2 supported; everything else other.
     */
    public static List<Rule> defaultRules() {
        return List.of(
                new Rule(Set.of("U1", "U2", "U3"), Set.of(), LacCategory.CONNECTED.id()),
                new Rule(FOSTER_OTHER_CARER, Set.of("PR4", "PR5"), LacCategory.IFA_FOSTER.id()),
                new Rule(FOSTER_OTHER_CARER, Set.of(), LacCategory.IN_HOUSE_FOSTER.id()),
                new Rule(RESIDENTIAL, Set.of("PR1"), LacCategory.RESIDENTIAL_IN_HOUSE.id()),
                new Rule(RESIDENTIAL, Set.of(), LacCategory.RESIDENTIAL_EXTERNAL.id()),
                new Rule(Set.of("H5", "K3", "P2"), Set.of(), LacCategory.SUPPORTED.id()),
                new Rule(KNOWN_OTHER, Set.of(), LacCategory.OTHER.id()));
    }

    public static PlacementCategoryMap defaults() {
        return new PlacementCategoryMap(defaultRules(), LacCategory.OTHER.id());
    }

    public List<Rule> rules() {
        return rules;
    }

    public String defaultCategory() {
        return defaultCategory;
    }

    /** The category of a pair, or null when no rule matches (the caller then uses the default). */
    public String match(String place, String provider) {
        String p = place.toUpperCase(Locale.ROOT);
        String pr = provider.toUpperCase(Locale.ROOT);
        for (Rule rule : rules) {
            if (rule.matches(p, pr)) {
                return rule.category();
            }
        }
        return null;
    }
}
