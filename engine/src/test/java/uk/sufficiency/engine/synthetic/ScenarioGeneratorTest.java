package uk.sufficiency.engine.synthetic;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.child.Urgency;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.scenario.ScenarioWriter;

class ScenarioGeneratorTest {

    private static final List<PlacementType> IN_HOUSE_CARERS = List.of(PlacementType.CONNECTED,
            PlacementType.IN_HOUSE_FOSTER, PlacementType.PARENT_AND_CHILD, PlacementType.SUPPORTED_LODGINGS);

    @Test
    void sameSeedGivesByteIdenticalFiles(@TempDir Path one, @TempDir Path two, @TempDir Path three) throws Exception {
        GenerationProfile profile = GenerationProfile.england();
        ScenarioWriter.write(ScenarioGenerator.generate(profile, 800, 42), one, List.of());
        ScenarioWriter.write(ScenarioGenerator.generate(profile, 800, 42), two, List.of());
        ScenarioWriter.write(ScenarioGenerator.generate(profile, 800, 43), three, List.of());
        for (String file : List.of("scenario.yaml", "children.csv", "placements.csv")) {
            assertArrayEquals(Files.readAllBytes(one.resolve(file)), Files.readAllBytes(two.resolve(file)), file);
        }
        assertFalse(Arrays.equals(Files.readAllBytes(one.resolve("children.csv")),
                Files.readAllBytes(three.resolve("children.csv"))), "another seed gives other children");
    }

    @Test
    void sizeMustBeFrom50To100000() {
        GenerationProfile profile = GenerationProfile.england();
        assertThrows(IllegalArgumentException.class, () -> ScenarioGenerator.generate(profile, 49, 1));
        assertThrows(IllegalArgumentException.class, () -> ScenarioGenerator.generate(profile, 100_001, 1));
        Scenario smallest = ScenarioGenerator.generate(profile, 50, 1);
        assertEquals(50, smallest.children().size());
        assertConsistent(smallest);
    }

    @Test
    void leicestershireMatchesItsPublishedFigures() {
        Scenario scenario = ScenarioGenerator.generate(GenerationProfile.leicestershire2015(), 456, 2015);
        assertEquals(456, scenario.children().size());
        Map<PlacementType, Long> types = countBy(scenario.placements(), Placement::type);
        long inHouse = IN_HOUSE_CARERS.stream().mapToLong(t -> types.getOrDefault(t, 0L)).sum();
        assertEquals(190, inHouse, "190 mainstream carers (004 L434)");
        assertEquals(38, types.get(PlacementType.CONNECTED), "38 connected carers");
        assertEquals(15, types.get(PlacementType.SUPPORTED_LODGINGS), "15 supported-lodgings hosts");
        int[] levels = new int[6];
        scenario.placements().stream().filter(p -> IN_HOUSE_CARERS.contains(p.type()))
                .forEach(p -> levels[p.skillLevel() - 1]++);
        assertArrayEquals(new int[] {10, 34, 82, 46, 14, 4}, levels, "5/18/43/24/7/2% of 190 (004 L438-439)");
        long external = scenario.placements().stream().filter(p -> !p.type().isInHouse()).count();
        assertEquals(151, external, "151 external placements (004 L455)");
        long waiting = scenario.children().stream().filter(c -> c.status() == ChildStatus.WAITING).count();
        assertTrue(waiting >= 40 && waiting <= 60, "waiting " + waiting);
        Map<String, Long> groups = scenario.children().stream().filter(Child::isInSiblingGroup)
                .collect(Collectors.groupingBy(Child::siblingGroup, Collectors.counting()));
        assertTrue(scenario.children().stream().anyMatch(c -> c.status() == ChildStatus.WAITING
                && c.isInSiblingGroup() && groups.get(c.siblingGroup()) == 4), "a waiting sibling group of 4");
        assertTrue(scenario.children().stream().filter(c -> c.status() == ChildStatus.WAITING)
                .filter(c -> c.requiredLevel() == 6 && c.ageYears(scenario.asOfDate()) >= 12
                        && c.ageYears(scenario.asOfDate()) <= 15).count() >= 3, "hard cases aged 12-15");
        assertConsistent(scenario);
    }

    @Test
    void distributionsAreWithinTolerance() {
        Scenario scenario = ScenarioGenerator.generate(GenerationProfile.england(), 5000, 9);
        assertConsistent(scenario);
        List<Placement> carers = scenario.placements().stream().filter(p -> IN_HOUSE_CARERS.contains(p.type()))
                .toList();
        double[] mix = {0.05, 0.18, 0.43, 0.24, 0.07, 0.02};
        for (int level : SkillLevel.all()) {
            int wanted = level;
            double share = carers.stream().filter(p -> p.skillLevel() == wanted).count() / (double) carers.size();
            assertEquals(mix[level - 1] / 0.99, share, 0.005, "share of carers at level " + level);
        }
        double siblings = scenario.children().stream().filter(Child::isInSiblingGroup).count() / 5000.0;
        assertEquals(0.25, siblings, 0.03, "share of children in sibling groups");
        List<Placement> withAge = scenario.placements().stream().filter(p -> p.carerAge() != null).toList();
        double older = withAge.stream().filter(p -> p.carerAge() >= 60 && p.carerAge() <= 70).count()
                / (double) withAge.size();
        assertEquals(0.34, older, 0.04, "share of carers aged 60-70 (004 L441)");
        double waiting = scenario.children().stream().filter(c -> c.status() == ChildStatus.WAITING).count() / 5000.0;
        assertEquals(0.11, waiting, 0.005);
        long emergencies = scenario.children().stream().filter(c -> c.status() == ChildStatus.WAITING)
                .filter(c -> c.urgency() == Urgency.EMERGENCY).count();
        assertTrue(emergencies > 0.15 * 550 && emergencies < 0.35 * 550, "emergencies " + emergencies);
        for (Placement placement : scenario.placements()) {
            if (placement.type() == PlacementType.IFA_FOSTER || placement.type() == PlacementType.RESIDENTIAL_EXTERNAL) {
                assertTrue(placement.statedWeeklyCostGbp() >= 520 && placement.statedWeeklyCostGbp() <= 989);
            }
            if (placement.type() == PlacementType.SUPPORTED_ACCOMMODATION) {
                assertTrue(placement.statedWeeklyCostGbp() >= 257 && placement.statedWeeklyCostGbp() <= 300);
            }
        }
    }

    @Test
    void waitingShareCanBeRaisedForMatchingBenchmarks() {
        Scenario scenario = ScenarioGenerator.generate(GenerationProfile.england().withWaitingShare(0.3), 2000, 3);
        long waiting = scenario.children().stream().filter(c -> c.status() == ChildStatus.WAITING).count();
        assertEquals(600, waiting, 5);
        assertConsistent(scenario);
    }

    @Test
    void largestRemainderKeepsThePublishedSplit() {
        assertArrayEquals(new int[] {10, 34, 82, 46, 14, 4}, LevelPool.largestRemainder(190,
                GenerationProfile.LEICESTERSHIRE_LEVEL_MIX));
        assertEquals(41_667, Arrays.stream(LevelPool.largestRemainder(41_667,
                GenerationProfile.LEICESTERSHIRE_LEVEL_MIX)).sum());
    }

    /**
     * What validation demands and realism wants: unique ids; placed children in placements that
     * exist, have room and suit them; waiting children in none; siblings together; connected
     * carers linked to children that exist, some of them waiting; locations in England.
     */
    static void assertConsistent(Scenario scenario) {
        Map<String, Placement> placements = scenario.placements().stream()
                .collect(Collectors.toMap(Placement::placementId, Function.identity()));
        Map<String, Child> children = scenario.children().stream()
                .collect(Collectors.toMap(Child::childId, Function.identity()));
        assertEquals(scenario.placements().size(), placements.size(), "unique placement ids");
        assertEquals(scenario.children().size(), children.size(), "unique child ids");
        Map<String, Integer> occupied = new HashMap<>();
        Map<String, String> groupPlacement = new HashMap<>();
        for (Child child : scenario.children()) {
            assertTrue(child.home().latitude() > 49.9 && child.home().latitude() < 55.9
                    && child.home().longitude() > -5.8 && child.home().longitude() < 1.8, child.childId());
            if (child.status() == ChildStatus.WAITING) {
                assertNull(child.currentPlacementId(), child.childId());
                assertNotNull(child.neededBy(), child.childId());
                continue;
            }
            Placement placement = placements.get(child.currentPlacementId());
            assertNotNull(placement, child.childId() + " lives in a placement that exists");
            occupied.merge(placement.placementId(), 1, Integer::sum);
            int age = child.ageYears(scenario.asOfDate());
            assertTrue(placement.admitsAge(age), child.childId() + " age " + age + " in " + placement);
            assertTrue(placement.effectiveSkillLevel() >= child.requiredLevel(), child.childId() + " level");
            assertTrue(placement.sex().admits(child.sex()), child.childId() + " sex");
            child.needs().stream().filter(n -> n.needsSpecialistPlacement()).forEach(need ->
                    assertTrue(placement.specialisms().contains(
                            uk.sufficiency.model.placement.Specialism.meeting(need)), child.childId() + " " + need));
            if (child.isInSiblingGroup()) {
                String before = groupPlacement.putIfAbsent(child.siblingGroup(), placement.placementId());
                assertTrue(before == null || before.equals(placement.placementId()), "siblings together");
            }
        }
        occupied.forEach((id, count) -> assertTrue(count <= placements.get(id).places(), id + " over capacity"));
        long linkedToWaiting = 0;
        for (Placement placement : scenario.placements()) {
            if (placement.type() == PlacementType.CONNECTED) {
                Child linked = children.get(placement.linkedChildId());
                assertNotNull(linked, placement.placementId() + " linked to a child that exists");
                if (linked.status() == ChildStatus.WAITING) {
                    linkedToWaiting++;
                }
            }
        }
        if (scenario.children().size() >= 400) {
            assertTrue(linkedToWaiting > 0, "some connected carers wait for their child");
        }
    }

    private static <T, K> Map<K, Long> countBy(List<T> items, Function<T, K> key) {
        return items.stream().collect(Collectors.groupingBy(key, Collectors.counting()));
    }
}
