package uk.sufficiency.model.child;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.Set;
import org.junit.jupiter.api.Test;
import uk.sufficiency.model.geo.GeoPoint;
import uk.sufficiency.model.placement.PlacementKind;

class ChildCopiesTest {

    private final Child placed = new Child("C1", LocalDate.of(2008, 5, 17), Sex.FEMALE, new GeoPoint(52.6, -1.1),
            null, true, 3, 18, Set.of(Need.EBD), "G1", LivingWith.SOLO,
            PlacementKind.FOSTER, "P7", ChildStatus.PLACED, LocalDate.of(2015, 4, 1), Urgency.EMERGENCY);

    @Test
    void withPlacementChangesOnlyWhereTheChildLives() {
        Child waiting = placed.withPlacement(null, ChildStatus.WAITING);
        assertNull(waiting.currentPlacementId());
        assertEquals(ChildStatus.WAITING, waiting.status());
        assertEquals(placed, waiting.withPlacement("P7", ChildStatus.PLACED));
    }

    @Test
    void aloneDropsOnlyTheSiblingGroupAndLivingWithRule() {
        Child alone = placed.alone();
        assertNull(alone.siblingGroup());
        assertEquals(LivingWith.ANY, alone.livingWith());
        assertEquals(new Child("C1", placed.birthDate(), Sex.FEMALE, placed.home(), null, true, 3, 18, placed.needs(),
                null, LivingWith.ANY, PlacementKind.FOSTER, "P7", ChildStatus.PLACED, placed.neededBy(),
                Urgency.EMERGENCY), alone);
    }
}
