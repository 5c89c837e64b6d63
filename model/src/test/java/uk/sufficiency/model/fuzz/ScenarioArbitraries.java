package uk.sufficiency.model.fuzz;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.LivingWith;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.child.Sex;
import uk.sufficiency.model.child.Urgency;
import uk.sufficiency.model.cost.FeeTable;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.ContractKind;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.placement.SexApproval;
import uk.sufficiency.model.placement.Specialism;
import uk.sufficiency.model.scenario.MatchingWeights;
import uk.sufficiency.model.scenario.Scenario;

/**
 * Valid scenarios, small and varied: every value within the interchange contract's rules, so the
 * loader must accept each one. Texts (names, ids, suppliers) draw on the characters that trouble
 * CSV and YAML writers (commas, quotes, colons, '#', '*', '&amp;', accents) and on words a YAML
 * reader would take for something else (yes, null, 1.50, 2015-03-31). Numbers are written as a
 * spreadsheet holds them: coordinates to 6 decimals, money to 2.
 */
public final class ScenarioArbitraries {

    /** Texts that look like other YAML types or carry CSV/YAML syntax. */
    private static final List<String> AWKWARD = List.of("yes", "No", "null", "~", "true", "1.50", "007", "2015-03-31",
            "0x1F", "1e3", "- item", "key: value", "#hash", "*star", "&amp", "!tag", "'single'", "\"double\"",
            "a, b", "semi;colon", "Zoë Brontë", "£750", "[x]", "{y}", "|", ">", "@at", "%pct", "`tick`");

    private ScenarioArbitraries() {
    }

    /** Text a user could type in a cell or a YAML value: trimmed, not blank, on one line; a quarter awkward. */
    public static String text(Random random) {
        if (random.nextInt(4) == 0) {
            return pick(random, AWKWARD);
        }
        String chars = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789 ,;:'\"#*&!-_.\u00e9\u00eb\u00a3";
        StringBuilder text = new StringBuilder();
        int length = 1 + random.nextInt(16);
        for (int i = 0; i < length; i++) {
            text.append(chars.charAt(random.nextInt(chars.length())));
        }
        String trimmed = text.toString().trim();
        return trimmed.isEmpty() ? "x" : trimmed;
    }

    /** Built from one seed so that cross-references (current placement, linked child, capacity) hold. */
    public static Scenario scenario(long seed) {
        Random random = new Random(seed);
        LocalDate asOf = LocalDate.of(2010, 1, 1).plusDays(random.nextInt(7000));
        List<Placement> placements = new ArrayList<>();
        int placementCount = 1 + random.nextInt(8);
        for (int i = 0; i < placementCount; i++) {
            placements.add(placement(random, "P" + i + pick(random, List.of("", ",x", " \"q\"", ";é"))));
        }
        Map<String, Integer> spare = new HashMap<>();
        placements.forEach(p -> spare.put(p.placementId(), p.places()));
        List<Child> children = new ArrayList<>();
        int childCount = 1 + random.nextInt(12);
        for (int i = 0; i < childCount; i++) {
            String id = "C" + i + pick(random, List.of("", ", a", "'b'", "#c"));
            String current = null;
            Placement home = placements.get(random.nextInt(placements.size()));
            if (random.nextBoolean() && spare.get(home.placementId()) > 0) {
                current = home.placementId();
                spare.merge(current, -1, Integer::sum);
            }
            children.add(child(random, id, asOf, current));
        }
        linkConnectedCarers(placements, children);
        return new Scenario(pick(random, AWKWARD) + " " + seed, pick(random, List.of("", "A test", "Line: two", "é")),
                asOf, null, List.of(), children, placements, fees(random), weights(random), List.of(), Map.of(), null,
                List.of());
    }

    private static Child child(Random random, String id, LocalDate asOf, String current) {
        LocalDate birth = asOf.minusDays(random.nextInt(25 * 365));
        GeoPoint school = random.nextBoolean() ? point(random) : null;
        ChildStatus status = current == null ? ChildStatus.WAITING : pick(random, List.of(ChildStatus.values()));
        return new Child(id, birth, pick(random, List.of(Sex.values())), random.nextBoolean() ? point(random) : null,
                school, school != null && random.nextBoolean(), random.nextBoolean() ? 1 + random.nextInt(6) : null,
                random.nextBoolean() ? random.nextInt(41) : null, subset(random, Need.class),
                random.nextInt(4) == 0 ? "S" + random.nextInt(3) : null, pick(random, List.of(LivingWith.values())),
                pick(random, List.of(PlacementKind.values())), current, status,
                random.nextBoolean() ? asOf.plusDays(random.nextInt(200)) : null,
                pick(random, List.of(Urgency.values())));
    }

    private static Placement placement(Random random, String id) {
        PlacementType type = pick(random, List.of(PlacementType.values()));
        Integer level = type.isFoster() || random.nextBoolean() ? 1 + random.nextInt(6) : null;
        Integer minAge = random.nextBoolean() ? random.nextInt(18) : null;
        Integer maxAge = random.nextBoolean() ? (minAge == null ? 0 : minAge) + random.nextInt(8) : null;
        Double cost = !type.usesFeeTables() || level == null || random.nextBoolean() ? money(random, 5000) : null;
        return new Placement(id, type, level, 1 + random.nextInt(4), minAge, maxAge,
                pick(random, List.of(SexApproval.values())), subset(random, Specialism.class),
                random.nextBoolean() ? point(random) : null, cost,
                random.nextBoolean() ? pick(random, AWKWARD) : null,
                random.nextBoolean() ? pick(random, List.of(ContractKind.values())) : null, null,
                random.nextBoolean() ? 18 + random.nextInt(83) : null);
    }

    /** Each connected carer is approved for one child, as the contract requires of a usable one. */
    private static void linkConnectedCarers(List<Placement> placements, List<Child> children) {
        for (int i = 0; i < placements.size(); i++) {
            Placement p = placements.get(i);
            if (p.type() == PlacementType.CONNECTED) {
                placements.set(i, new Placement(p.placementId(), p.type(), p.skillLevel(), p.places(), p.minAge(),
                        p.maxAge(), p.sex(), p.specialisms(), p.location(), p.statedWeeklyCostGbp(), p.supplier(),
                        p.contract(), children.get(i % children.size()).childId(), p.carerAge()));
            }
        }
    }

    private static FeeTable fees(Random random) {
        if (random.nextBoolean()) {
            return FeeTable.defaults();
        }
        Map<Integer, Double> skill = new LinkedHashMap<>();
        for (int level = 1; level <= 6; level++) {
            skill.put(level, money(random, 1000));
        }
        int split = 1 + random.nextInt(16);
        return new FeeTable(skill, List.of(new FeeTable.AgeAllowance(0, split, money(random, 400)),
                new FeeTable.AgeAllowance(split + 1, 25, money(random, 400))));
    }

    private static MatchingWeights weights(Random random) {
        if (random.nextBoolean()) {
            return MatchingWeights.defaults();
        }
        return new MatchingWeights(money(random, 10), money(random, 10), money(random, 1000), money(random, 50),
                money(random, 500), money(random, 5000), money(random, 100));
    }

    private static GeoPoint point(Random random) {
        return new GeoPoint(decimal(random, -90, 90, 6), decimal(random, -180, 180, 6));
    }

    private static double money(Random random, int max) {
        return decimal(random, 0, max, 2);
    }

    private static double decimal(Random random, double min, double max, int scale) {
        return BigDecimal.valueOf(min + random.nextDouble() * (max - min)).setScale(scale, java.math.RoundingMode.DOWN)
                .doubleValue();
    }

    private static <E extends Enum<E>> Set<E> subset(Random random, Class<E> type) {
        Set<E> set = EnumSet.noneOf(type);
        for (E value : type.getEnumConstants()) {
            if (random.nextInt(4) == 0) {
                set.add(value);
            }
        }
        return set;
    }

    private static <T> T pick(Random random, List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
