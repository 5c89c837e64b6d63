package uk.sufficiency.engine.matching.bench;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
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
 * Seeded synthetic matching problems for tests and the {@code bench match} command: a small
 * builder API for hand-made cases and {@link #random} for large ones. ({@code singletonsOnly}
 * instances have no sibling groups and no living_with rules, so min-cost flow solves them exactly.)
 */
public final class BenchInstances {

    public static final LocalDate AS_OF = LocalDate.of(2015, 3, 31);

    private BenchInstances() {
    }

    public static Scenario scenario(List<Child> children, List<Placement> placements) {
        return scenario(children, placements, MatchingWeights.defaults());
    }

    public static Scenario scenario(List<Child> children, List<Placement> placements, MatchingWeights weights) {
        return new Scenario("test", "", AS_OF, Path.of("."), List.of(Path.of(".")), children, placements,
                FeeTable.defaults(), weights, List.of(), Map.of(), null, List.of());
    }

    /** A waiting planned child of the given age and level, living at the given point. */
    public static Child child(String id, int age, int level, double lat, double lon) {
        return new Child(id, AS_OF.minusYears(age).minusDays(10), Sex.FEMALE, new GeoPoint(lat, lon), null, false,
                level, null, Set.of(), null, LivingWith.ANY, PlacementKind.FOSTER, null, ChildStatus.WAITING, null,
                Urgency.PLANNED);
    }

    public static Placement foster(String id, PlacementType type, int level, int places, double lat, double lon,
            Double weeklyCost) {
        return new Placement(id, type, level, places, null, null, SexApproval.ANY, Set.of(), new GeoPoint(lat, lon),
                weeklyCost, null, ContractKind.SPOT, null, null);
    }

    /**
     * A seeded random scenario shaped like a large authority's: in-house, IFA and residential
     * placements with Leicestershire's skill-level mix; children with needs, urgencies and, unless
     * {@code singletonsOnly}, sibling groups and living_with rules.
     */
    public static Scenario random(int childCount, long seed, boolean singletonsOnly) {
        Random random = new Random(seed);
        int placementCount = Math.max(4, (int) Math.round(childCount * 0.55));
        List<Placement> placements = new ArrayList<>();
        double[] levelMix = {0.05, 0.18, 0.43, 0.24, 0.07, 0.03};
        for (int i = 0; i < placementCount; i++) {
            String id = String.format("P%05d", i);
            GeoPoint at = point(random);
            double roll = random.nextDouble();
            if (roll < 0.68) {
                int level = pick(levelMix, random) + 1;
                int min = random.nextInt(3) == 0 ? 0 : random.nextInt(8);
                Set<Specialism> specialisms = random.nextDouble() < 0.08 ? Set.of(Specialism.DISABILITY) : Set.of();
                placements.add(new Placement(id, PlacementType.IN_HOUSE_FOSTER, level, 1 + random.nextInt(3), min,
                        Math.min(17, min + 8 + random.nextInt(10)), SexApproval.ANY, specialisms, at, null, null,
                        null, null, 50 + random.nextInt(30)));
            } else if (roll < 0.92) {
                int level = 2 + random.nextInt(5);
                placements.add(new Placement(id, PlacementType.IFA_FOSTER, level, 1 + random.nextInt(3), 0, 17,
                        SexApproval.ANY, random.nextDouble() < 0.15 ? Set.of(Specialism.DISABILITY) : Set.of(), at,
                        (double) (800 + random.nextInt(400)), "IFA" + random.nextInt(5), ContractKind.FRAMEWORK, null,
                        null));
            } else if (roll < 0.97) {
                placements.add(new Placement(id, PlacementType.RESIDENTIAL_EXTERNAL, null, 2 + random.nextInt(3), 10,
                        17, SexApproval.ANY, Set.of(), at, (double) (3000 + random.nextInt(3000)), "RES", ContractKind.SPOT,
                        null, null));
            } else {
                placements.add(new Placement(id, PlacementType.SUPPORTED_ACCOMMODATION, null, 1 + random.nextInt(4), 16,
                        17, SexApproval.ANY, Set.of(), at, (double) (257 + random.nextInt(45)), "SA", ContractKind.SPOT,
                        null, null));
            }
        }
        List<Child> children = new ArrayList<>();
        int i = 0;
        int group = 0;
        while (children.size() < childCount) {
            int siblings = 1;
            if (!singletonsOnly && random.nextDouble() < 0.12) {
                siblings = Math.min(childCount - children.size(), 2 + random.nextInt(2));
            }
            String groupId = siblings > 1 ? String.format("G%04d", group++) : null;
            GeoPoint home = point(random);
            boolean emergency = random.nextDouble() < 0.15;
            for (int s = 0; s < siblings; s++) {
                int age = random.nextInt(18);
                Set<Need> needs = EnumSet.noneOf(Need.class);
                if (random.nextDouble() < 0.25) {
                    needs.add(Need.EBD);
                }
                if (age >= 11 && random.nextDouble() < 0.08) {
                    needs.add(random.nextBoolean() ? Need.CSE : Need.MISSING);
                }
                if (random.nextDouble() < 0.04) {
                    needs.add(Need.DISABILITY);
                }
                PlacementKind kind = PlacementKind.FOSTER;
                if (age >= 16 && random.nextDouble() < 0.3) {
                    kind = PlacementKind.SUPPORTED;
                } else if (age >= 10 && siblings == 1 && random.nextDouble() < 0.08) {
                    kind = PlacementKind.RESIDENTIAL;
                }
                LivingWith livingWith = LivingWith.ANY;
                if (!singletonsOnly && random.nextDouble() < 0.06) {
                    livingWith = LivingWith.values()[1 + random.nextInt(3)];
                }
                GeoPoint school = age >= 5 ? near(home, random) : null;
                children.add(new Child(String.format("C%05d", i++), AS_OF.minusYears(age).minusDays(random.nextInt(360)),
                        random.nextBoolean() ? Sex.FEMALE : Sex.MALE, home, school, school != null && random.nextDouble() < 0.4,
                        null, random.nextInt(30), needs, groupId, livingWith, kind, null, ChildStatus.WAITING, null,
                        emergency ? Urgency.EMERGENCY : Urgency.PLANNED));
            }
        }
        return scenario(children, placements);
    }

    private static int pick(double[] mix, Random random) {
        double roll = random.nextDouble();
        for (int i = 0; i < mix.length; i++) {
            roll -= mix[i];
            if (roll < 0) {
                return i;
            }
        }
        return mix.length - 1;
    }

    private static GeoPoint point(Random random) {
        return new GeoPoint(52.4 + random.nextDouble() * 0.5, -1.6 + random.nextDouble() * 0.8);
    }

    private static GeoPoint near(GeoPoint home, Random random) {
        return new GeoPoint(home.latitude() + (random.nextDouble() - 0.5) * 0.1,
                home.longitude() + (random.nextDouble() - 0.5) * 0.15);
    }
}
