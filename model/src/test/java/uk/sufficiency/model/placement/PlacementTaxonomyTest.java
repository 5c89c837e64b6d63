package uk.sufficiency.model.placement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import uk.sufficiency.model.Word;
import uk.sufficiency.model.cost.UnitCosts;

class PlacementTaxonomyTest {

    @Test
    void everyTypeBelongsToTheCategoryItNames() {
        for (PlacementType type : PlacementType.values()) {
            assertTrue(type.plannerCategory().types().contains(type), type.word());
            assertTrue(type.lacCategory().types().contains(type), type.word());
            assertEquals(type.plannerCategory().kind(), type.kind(), type.word());
            assertEquals(type.plannerCategory().isInHouse(), type.isInHouse(), type.word());
        }
    }

    @Test
    void everyCategoryIsPricedByOneOfItsOwnTypes() {
        for (PlannerCategory category : PlannerCategory.values()) {
            assertTrue(category.types().contains(category.pricedAs()), category.word());
        }
        for (LacCategory category : LacCategory.values()) {
            assertEquals(category == LacCategory.OTHER, category.types().isEmpty(), category.id());
            category.pricedAs().ifPresent(type -> assertEquals(category, type.lacCategory(), category.id()));
            assertEquals(category != LacCategory.OTHER, category.pricedAs().isPresent(), category.id());
        }
    }

    @Test
    void lacCategoryIdsAreTheProjectionsIds() {
        assertEquals(List.of("in_house_foster", "ifa_foster", "connected", "residential_in_house",
                "residential_external", "supported", "other"),
                Arrays.stream(LacCategory.values()).map(LacCategory::id).toList());
        assertEquals(LacCategory.IFA_FOSTER, LacCategory.byId("IFA-foster").orElseThrow());
        assertTrue(LacCategory.byId("kinship").isEmpty());
    }

    @Test
    void inHouseFosterSupplyIsInHouseCarersAndParentAndChild() {
        assertEquals(List.of(PlacementType.IN_HOUSE_FOSTER, PlacementType.PARENT_AND_CHILD),
                PlannerCategory.IN_HOUSE_FOSTER.types());
        assertEquals(List.of(PlacementType.STAYING_PUT, PlacementType.SUPPORTED_LODGINGS),
                PlannerCategory.SUPPORTED_IN_HOUSE.types());
        assertFalse(PlannerCategory.IFA.isInHouse());
    }

    @Test
    void everyTypeIsPricedByTheOnePriceList() {
        UnitCosts costs = UnitCosts.defaults(LocalDate.of(2015, 3, 31));
        Set<String> keys = Arrays.stream(PlacementType.values()).map(PlacementType::costKey).collect(Collectors.toSet());
        assertEquals(PlacementType.values().length, keys.size(), "one cost key per type");
        for (PlacementType type : PlacementType.values()) {
            double weekly = costs.weeklyGbp(type, 3);
            assertTrue(weekly > 0 && Double.isFinite(weekly), type.word() + " " + weekly);
            assertEquals(type, Word.parse(PlacementType.class, type.costKey()).orElseThrow());
        }
    }
}
