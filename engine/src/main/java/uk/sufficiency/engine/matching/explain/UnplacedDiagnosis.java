package uk.sufficiency.engine.matching.explain;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.engine.matching.domain.EligibilityIndex;
import uk.sufficiency.engine.matching.domain.EligibilityRule;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
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
 * specialist needs, connected carers, room for the group) and names the first at which no
 * placement is left; if some placements pass every rule, it says they are all full or hold a child
 * the request may not live with.
 */
public final class UnplacedDiagnosis {

    /** One candidate placement and what rules it out, in plain words. */
    public record Candidate(String placementId, String placementType, double distanceKm, List<String> ruledOutBy) {
    }

    /** @param reason the binding reason; @param candidates the nearest near-misses, best first */
    public record Diagnosis(String requestId, String reason, List<Candidate> candidates) {
    }

    private static final EligibilityRule[] RULES = EligibilityRule.values();
    private static final int ROOM_BIT = 1 << EligibilityRule.ROOM.ordinal();

    private final List<Home> homes;
    private final Occupancy occupancy;
    /** Built once: every rule over primitive per-home arrays (at 50,000 children, 30,000 placements). */
    private final EligibilityIndex index;

    public UnplacedDiagnosis(MatchingSolution solution, Occupancy occupancy) {
        this.homes = solution.getHomes();
        this.occupancy = occupancy;
        this.index = new EligibilityIndex(homes);
    }

    public Diagnosis diagnose(PlacementRequest request, int candidateCount) {
        int[] broken = index.brokenRules(request);
        return new Diagnosis(request.getId(), reason(request, broken), nearest(request, candidateCount, broken));
    }

    String reason(PlacementRequest request) {
        return reason(request, index.brokenRules(request));
    }

    /** @param broken per home, the rules it breaks (bits by rule ordinal) */
    private String reason(PlacementRequest request, int[] broken) {
        // Homes left after the rules in order: those whose first broken rule comes later.
        int[] firstBroken = new int[RULES.length + 1];
        for (int mask : broken) {
            firstBroken[mask == 0 ? RULES.length : Integer.numberOfTrailingZeros(mask)]++;
        }
        int remaining = broken.length;
        for (EligibilityRule rule : RULES) {
            remaining -= firstBroken[rule.ordinal()];
            if (remaining == 0) {
                return "no " + description(request, rule) + " exists";
            }
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
            return "no " + what + " has " + free + " (all " + remaining + " are full)";
        }
        return "no " + what + " has " + free + " without a child " + pronoun(request) + " may not live with ("
                + full + " full, " + conflicting + " with such a child)";
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
        return nearest(request, count, index.brokenRules(request));
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
        }
        int free = occupancy.freePlacesFor(request, home);
        if (free < request.getSize()) {
            int taken = home.getPlaces() - free;
            reasons.add(String.format(Locale.ROOT, "full (%d of %d places taken)", taken, home.getPlaces()));
        }
        for (PlacementRequest other : occupancy.conflicts(request, home)) {
            reasons.add("lives with " + other.getId() + ", whom a living-with rule forbids sharing with");
        }
        return reasons;
    }
}
