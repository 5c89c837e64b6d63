package uk.sufficiency.engine.matching.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.engine.matching.domain.EligibilityIndex;
import uk.sufficiency.engine.matching.domain.EligibilityRule;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PairRule;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.domain.SoftCosts;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.child.Sex;
import uk.sufficiency.model.placement.Placement;

/**
 * Says in plain words why a request is unplaced, and what rules out the nearest candidates.
 *
 * <p>The binding reason applies the static rules one after another (kind, skill level, age, sex,
 * specialist needs, connected carers, room for the group, then any rule of the problem's own such
 * as a region's pooling) and names the first at which no placement is left; if some placements pass
 * every rule, it says they are all full or hold a child the request may not live with.
 */
public final class UnplacedDiagnosis {

    /** One candidate placement and what rules it out, in plain words. */
    public record Candidate(String placementId, String placementType, double distanceKm, List<String> ruledOutBy) {
    }

    /**
     * @param reason     the binding reason, in a sentence naming the rule and the request's terms
     * @param rule       the binding rule in a few words ({@link #RULE_LABELS}), to count children by
     * @param candidates the nearest near-misses, best first
     */
    public record Diagnosis(String requestId, String reason, String rule, List<Candidate> candidates) {
    }

    /** The binding rule in a few words, by rule; {@link #MIXED_KINDS}, {@link #FULL}, {@link #SHARED} otherwise. */
    public static final java.util.Map<EligibilityRule, String> RULE_LABELS = java.util.Map.of(
            EligibilityRule.KIND, "no placement of the recommended kind",
            EligibilityRule.SKILL, "no carer at the skill level needed",
            EligibilityRule.AGE, "none approved for the child's age",
            EligibilityRule.SEX, "none approved for the child's sex",
            EligibilityRule.SPECIALIST, "none meeting the specialist needs",
            EligibilityRule.CONNECTED, "connected carer approved for another child",
            EligibilityRule.ROOM, "sibling group larger than any suitable placement");
    /** Siblings who must live together are recommended different kinds of placement: contradictory input. */
    public static final String MIXED_KINDS = "siblings recommended different kinds of placement";
    /** Suitable placements exist but every one is full with other children. */
    public static final String FULL = "every suitable placement is full";
    /** Suitable placements are full or hold a child the request may not live with. */
    public static final String SHARED = "suitable placements full or with a child they may not live with";

    private static final EligibilityRule[] RULES = EligibilityRule.values();
    private static final int ROOM_BIT = 1 << EligibilityRule.ROOM.ordinal();
    /** The problem's own rule ({@link PairRule}): after every static rule. */
    private static final int PAIR_BIT = 1 << RULES.length;

    private final List<Home> homes;
    private final Occupancy occupancy;
    /** Built once: every rule over primitive per-home arrays (at 50,000 children, 30,000 placements). */
    private final EligibilityIndex index;
    /** The problem's rule beyond the static ones (the one it was built with), or null. */
    private final PairRule pairRule;

    public UnplacedDiagnosis(MatchingSolution solution, Occupancy occupancy) {
        this(solution, occupancy, null);
    }

    /** @param pairRule the rule the problem was built with beyond the static ones (a region's pooling), or null */
    public UnplacedDiagnosis(MatchingSolution solution, Occupancy occupancy, PairRule pairRule) {
        this.homes = solution.getHomes();
        this.occupancy = occupancy;
        this.index = new EligibilityIndex(homes);
        this.pairRule = pairRule;
    }

    boolean hasPairRule() {
        return pairRule != null;
    }

    public Diagnosis diagnose(PlacementRequest request, int candidateCount) {
        int[] broken = brokenRules(request);
        String[] reason = reason(request, broken);
        return new Diagnosis(request.getId(), reason[0], reason[1], nearest(request, candidateCount, broken));
    }

    String reason(PlacementRequest request) {
        return reason(request, brokenRules(request))[0];
    }

    /**
     * Per home, the rules it breaks (bits by rule ordinal, {@link #PAIR_BIT} for the problem's own;
     * where the children live now always passes the problem's rule, as in the problem's build).
     */
    private int[] brokenRules(PlacementRequest request) {
        int[] broken = index.brokenRules(request);
        if (pairRule != null) {
            for (Home home : homes) {
                if (home != request.getCurrentHome() && !pairRule.test(request, home)) {
                    broken[home.getIndex()] |= PAIR_BIT;
                }
            }
        }
        return broken;
    }

    /**
     * The binding reason and its rule label. A sibling group whose members are recommended different
     * kinds is refused by every placement's kind rule: that contradiction, not a missing kind, binds.
     *
     * @param broken per home, the rules it breaks (bits by rule ordinal)
     */
    private String[] reason(PlacementRequest request, int[] broken) {
        // Homes left after the rules in order: those whose first broken rule comes later.
        int[] firstBroken = new int[RULES.length + 2];
        for (int mask : broken) {
            firstBroken[mask == 0 ? RULES.length + 1 : Integer.numberOfTrailingZeros(mask)]++;
        }
        int remaining = broken.length;
        for (EligibilityRule rule : RULES) {
            remaining -= firstBroken[rule.ordinal()];
            if (remaining == 0) {
                if (rule == EligibilityRule.KIND && mixedKinds(request)) {
                    return new String[] {"the siblings must be placed together but are recommended different kinds"
                            + " of placement (" + kindsByChild(request) + "), so no one placement suits them all",
                        MIXED_KINDS};
                }
                return new String[] {"no " + description(request, rule) + " exists", RULE_LABELS.get(rule)};
            }
        }
        remaining -= firstBroken[RULES.length];
        if (remaining == 0) {
            return new String[] {"every " + description(request, EligibilityRule.ROOM) + " is another council's,"
                    + " not shared under the region's rules", pairRule.label()};
        }
        int full = 0;
        int conflicting = 0;
        for (Home home : homes) {
            if (broken[home.getIndex()] != 0) {
                continue;
            }
            if (occupancy.freePlacesFor(request, home) < request.getSize()) {
                full++;
            } else if (!occupancy.conflicts(request, home).isEmpty()) {
                conflicting++;
            }
        }
        String what = description(request, EligibilityRule.ROOM);
        String free = request.getSize() > 1 ? request.getSize() + " free places" : "a free place";
        if (conflicting == 0) {
            return new String[] {"no " + what + " has " + free + ": "
                    + (remaining == 1 ? "the only one is" : "all " + remaining + " are") + " full with other children",
                FULL};
        }
        return new String[] {"no " + what + " has " + free + " without a child " + pronoun(request)
                + " may not live with (" + full + " full, " + conflicting + " with such a child)",
            SHARED};
    }

    static boolean mixedKinds(PlacementRequest request) {
        return request.getChildren().stream().map(Child::recommended).distinct().count() > 1;
    }

    /** "foster for C0188, C0190 and C0191; residential for C0189". */
    static String kindsByChild(PlacementRequest request) {
        java.util.Map<String, List<String>> byKind = new java.util.TreeMap<>();
        for (Child child : request.getChildren()) {
            byKind.computeIfAbsent(child.recommended().word(), k -> new ArrayList<>()).add(child.childId());
        }
        List<String> parts = new ArrayList<>();
        byKind.forEach((kind, ids) -> parts.add(kind + " for " + EligibilityRule.inWords(ids)));
        return String.join("; ", parts);
    }

    /** "foster placement at level 5 or above approved for age 14 ...", up to and including the rule. */
    static String description(PlacementRequest request, EligibilityRule upTo) {
        Child first = request.getChildren().get(0);
        StringBuilder text = new StringBuilder(first.recommended().word()).append(" placement");
        for (EligibilityRule rule : EligibilityRule.values()) {
            if (rule.ordinal() > upTo.ordinal()) {
                break;
            }
            switch (rule) {
                case SKILL -> text.append(" at level ").append(request.getRequiredLevel()).append(" or above");
                case AGE -> text.append(" approved for ").append(ages(request));
                case SEX -> text.append(sexes(request));
                case SPECIALIST -> text.append(specialisms(request));
                case CONNECTED -> { }
                case ROOM -> {
                    if (request.getSize() > 1) {
                        text.append(" with room for ").append(request.getSize()).append(" siblings");
                    }
                }
                default -> { }
            }
        }
        return text.toString();
    }

    private static String ages(PlacementRequest request) {
        int[] ages = request.agesYears();
        if (ages.length == 1) {
            return "age " + ages[0];
        }
        int min = Integer.MAX_VALUE;
        int max = Integer.MIN_VALUE;
        for (int age : ages) {
            min = Math.min(min, age);
            max = Math.max(max, age);
        }
        return "ages " + min + " to " + max;
    }

    private static String sexes(PlacementRequest request) {
        boolean female = false;
        boolean male = false;
        boolean unknown = false;
        for (Child child : request.getChildren()) {
            female |= child.sex() == Sex.FEMALE;
            male |= child.sex() == Sex.MALE;
            unknown |= child.sex() == Sex.UNKNOWN;
        }
        if (unknown || (female && male)) {
            return " for children of any sex";
        }
        return female ? " for girls" : " for boys";
    }

    private static String specialisms(PlacementRequest request) {
        List<String> needs = new ArrayList<>();
        for (Child child : request.getChildren()) {
            for (Need need : child.needs()) {
                String word = need.word().replace('_', ' ');
                if (need.needsSpecialistPlacement() && !needs.contains(word)) {
                    needs.add(word);
                }
            }
        }
        return needs.isEmpty() ? "" : " meeting " + String.join(" and ", needs) + " needs";
    }

    private static String pronoun(PlacementRequest request) {
        return request.getSize() > 1 ? "they" : "the child";
    }

    /**
     * Placements closest to fitting: fewest reasons ({@link #whyNot}), then nearest to the child's
     * home, then by id. Reasons are counted from the rule masks and occupancy; distances and words
     * are worked out only for homes that can still make the list.
     */
    List<Candidate> nearest(PlacementRequest request, int count) {
        return nearest(request, count, brokenRules(request));
    }

    private List<Candidate> nearest(PlacementRequest request, int count, int[] broken) {
        record Ranked(Home home, int reasons, double km) {
        }
        Comparator<Ranked> order = Comparator.comparingInt(Ranked::reasons).thenComparingDouble(Ranked::km)
                .thenComparing(r -> r.home().getId());
        List<Ranked> best = new ArrayList<>(count + 1);
        for (Home home : homes) {
            int reasons = home == request.getCurrentHome() ? 0 : Integer.bitCount(broken[home.getIndex()] & ~ROOM_BIT);
            reasons += occupancy.freePlacesFor(request, home) < request.getSize() ? 1 : 0;
            int worst = best.size() < count ? Integer.MAX_VALUE : best.get(best.size() - 1).reasons();
            if (reasons > worst) {
                continue;
            }
            reasons += occupancy.conflicts(request, home).size();
            if (reasons == 0 || reasons > worst) {
                continue; // fits now: not a near-miss (only possible for a request that is placed)
            }
            if (reasons == worst && farther(request, home, best.get(best.size() - 1).km())) {
                continue; // ties on reasons, and surely farther: no need for the exact distance
            }
            double km = request.getSize() == 0 ? 0 : SoftCosts.childDistanceKm(request.getChildren().get(0), home);
            Ranked ranked = new Ranked(home, reasons, km);
            int at = 0;
            while (at < best.size() && order.compare(best.get(at), ranked) <= 0) {
                at++;
            }
            if (at < count) {
                best.add(at, ranked);
                if (best.size() > count) {
                    best.remove(count);
                }
            }
        }
        List<Candidate> candidates = new ArrayList<>();
        for (Ranked r : best) {
            candidates.add(new Candidate(r.home().getId(), r.home().getPlacement().type().word(), r.km(),
                    whyNot(request, r.home())));
        }
        return candidates;
    }

    /** Kilometres per degree of latitude, a little under the true figure: a lower bound on distance. */
    private static final double KM_PER_DEGREE_BELOW = 111.19 * 0.999;

    /**
     * Whether the home is certainly farther than {@code km} from the first child's home: the
     * latitude difference alone already is (great-circle distance is at least that arc).
     */
    private static boolean farther(PlacementRequest request, Home home, double km) {
        var from = request.getSize() == 0 ? null : request.getChildren().get(0).home();
        var to = home.getPlacement().location();
        return from != null && to != null
                && Math.abs(from.latitude() - to.latitude()) * KM_PER_DEGREE_BELOW > km;
    }

    /** "full: 2 of 2 places taken by C0012 and C0013": who fills the home in the proposal. */
    private String full(PlacementRequest request, Home home, int free) {
        List<String> residents = new ArrayList<>();
        for (PlacementRequest other : occupancy.residents(home)) {
            if (other != request) {
                other.getChildren().forEach(c -> residents.add(c.childId()));
            }
        }
        return String.format(Locale.ROOT, "full: %d of %d %s taken by %s", home.getPlaces() - free, home.getPlaces(),
                home.getPlaces() == 1 ? "place" : "places", EligibilityRule.inWords(residents));
    }

    /** Everything that stops this request going to this home now (static rules, room, living-with). */
    public List<String> whyNot(PlacementRequest request, Home home) {
        List<String> reasons = new ArrayList<>();
        Placement placement = home.getPlacement();
        if (home != request.getCurrentHome()) {
            for (EligibilityRule rule : EligibilityRule.values()) {
                if (rule != EligibilityRule.ROOM && !rule.admits(request, placement)) {
                    reasons.add(rule.whyNot(request, placement));
                }
            }
            if (pairRule != null && !pairRule.test(request, home)) {
                reasons.add(pairRule.whyNot(request, home));
            }
        }
        int free = occupancy.freePlacesFor(request, home);
        if (home.getPlaces() < request.getSize()) {
            reasons.add(EligibilityRule.ROOM.whyNot(request, placement));
        } else if (free < request.getSize()) {
            reasons.add(full(request, home, free));
        }
        for (PlacementRequest other : occupancy.conflicts(request, home)) {
            reasons.add("lives with " + other.getId() + ", whom a living-with rule forbids sharing with");
        }
        return reasons;
    }
}
