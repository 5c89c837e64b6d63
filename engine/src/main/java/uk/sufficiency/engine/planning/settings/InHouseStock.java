package uk.sufficiency.engine.planning.settings;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.planning.supply.CarerHousehold;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.placement.PlannerCategory;

/**
 * The authority's own places at the as-of date, from the scenario's placements: the in-house foster
 * households that the supply projection moves year by year, and the residential and supported
 * places it holds constant.
 *
 * @param households              in-house foster and parent-and-child households
 * @param residentialInHousePlaces places in the authority's own children's homes
 * @param supportedInHousePlaces   staying-put and supported-lodgings places
 */
public record InHouseStock(List<CarerHousehold> households, double residentialInHousePlaces,
        double supportedInHousePlaces) {

    public InHouseStock {
        households = List.copyOf(households);
    }

    /** Whether a placement of this type is an in-house foster household the plan projects. */
    public static boolean isProjectedHousehold(PlacementType type) {
        return type.plannerCategory() == PlannerCategory.IN_HOUSE_FOSTER;
    }

    static InHouseStock of(List<Placement> placements, SectionReading in) {
        List<CarerHousehold> households = new ArrayList<>();
        double residential = 0;
        double supported = 0;
        for (Placement placement : placements) {
            PlacementType type = placement.type();
            if (isProjectedHousehold(type)) {
                int level = placement.skillLevel() == null ? SkillLevel.MIN : placement.skillLevel();
                households.add(new CarerHousehold(placement.placementId(), level, placement.places(), placement.carerAge()));
            } else if (type.plannerCategory() == PlannerCategory.RESIDENTIAL_IN_HOUSE) {
                residential += placement.places();
            } else if (type.plannerCategory() == PlannerCategory.SUPPORTED_IN_HOUSE) {
                supported += placement.places();
            }
        }
        in.derived("in_house_foster_households", households.size(), "households",
                "placements.csv: type " + types(PlannerCategory.IN_HOUSE_FOSTER, " or "));
        in.derived("residential_in_house_places", residential, "places",
                "placements.csv: type " + types(PlannerCategory.RESIDENTIAL_IN_HOUSE, " or ") + " (held constant)");
        in.derived("supported_in_house_places", supported, "places",
                "placements.csv: types " + types(PlannerCategory.SUPPORTED_IN_HOUSE, ", ") + " (held constant)");
        return new InHouseStock(households, residential, supported);
    }

    /** "in_house_foster or parent_and_child": the placement types of a planner category. */
    private static String types(PlannerCategory category, String separator) {
        return String.join(separator, category.types().stream().map(PlacementType::word).toList());
    }
}
