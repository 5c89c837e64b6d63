package uk.sufficiency.model.cost;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementType;

class WeeklyCostTest {

    private static final LocalDate AS_OF = LocalDate.of(2015, 3, 31);
    private final WeeklyCost cost = new WeeklyCost(FeeTable.defaults(), AS_OF);

    private static Child childBorn(LocalDate birth) {
        return new Child("C1", birth, null, null, null, false, null, null, null, null, null, null, null, null, null, null);
    }

    private static Placement placement(PlacementType type, Integer level, Double weekly) {
        return new Placement("P1", type, level, 2, null, null, null, null, null, weekly, null, null, null, null);
    }

    @Test
    void inHouseCostIsAgeAllowancePlusSkillFee() {
        // 14 years old: allowance 159; level 4 fee 250
        assertEquals(409.0, cost.gbp(childBorn(LocalDate.of(2000, 6, 1)), placement(PlacementType.IN_HOUSE_FOSTER, 4, null)));
        // a baby: allowance 123; level 1 fee 50
        assertEquals(173.0, cost.gbp(childBorn(LocalDate.of(2014, 12, 1)), placement(PlacementType.IN_HOUSE_FOSTER, 1, null)));
    }

    @Test
    void statedCostWins() {
        assertEquals(850.0, cost.gbp(childBorn(LocalDate.of(2005, 1, 1)), placement(PlacementType.IFA_FOSTER, 3, 850.0)));
        assertEquals(300.0, cost.gbp(childBorn(LocalDate.of(2005, 1, 1)), placement(PlacementType.IN_HOUSE_FOSTER, 3, 300.0)));
    }

    @Test
    void externalPlacementWithoutCostCannotBeCosted() {
        assertThrows(IllegalArgumentException.class,
                () -> cost.gbp(childBorn(LocalDate.of(2005, 1, 1)), placement(PlacementType.RESIDENTIAL_EXTERNAL, null, null)));
    }

    @Test
    void annualCostUses365Point25DaysPerYear() {
        assertEquals(52.178571, WeeklyCost.annualGbp(1.0), 1e-6);
    }
}
