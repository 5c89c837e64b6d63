package uk.sufficiency.engine.planning.supply;

import uk.sufficiency.model.child.SkillLevel;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.solver.MatchingResult;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlannerCategory;
import uk.sufficiency.model.scenario.Scenario;

/**
 * The plan's starting point at the as-of date: in-house foster places by carer level and how many
 * are filled now, and the in-house share of foster placements. "Now" is the matching proposal of
 * the same run when there is one (waiting children placed as proposed), else where the scenario's
 * children live today.
 *
 * @param places          index 1-6: approved places of in-house foster households at that level
 * @param filled          index 1-6: of those, places with a child in them
 * @param fosterChildren  children needing foster care (connected carers apart)
 * @param source          where the occupancy comes from, in words
 */
public record CurrentSupply(double[] places, double[] filled, int fosterChildren, String source) {

    public CurrentSupply {
        places = places.clone();
        filled = filled.clone();
    }

    /** From the run's matching proposal. */
    public static CurrentSupply of(Scenario scenario, MatchingResult matching) {
        Map<String, Integer> occupants = new HashMap<>();
        for (PlacementRequest request : matching.solution().getRequests()) {
            if (request.getHome() != null) {
                occupants.merge(request.getHome().getPlacement().placementId(), request.getSize(), Integer::sum);
            }
        }
        return build(scenario, occupants, "the matching proposal of this run (waiting children placed as proposed)");
    }

    /** From where the scenario's children live today. */
    public static CurrentSupply of(Scenario scenario) {
        Map<String, Integer> occupants = new HashMap<>();
        for (Child child : scenario.children()) {
            if (child.currentPlacementId() != null) {
                occupants.merge(child.currentPlacementId(), 1, Integer::sum);
            }
        }
        return build(scenario, occupants, "the scenario's placed children (children.csv current_placement_id)");
    }

    private static CurrentSupply build(Scenario scenario, Map<String, Integer> occupants, String source) {
        double[] places = new double[SkillLevel.SLOTS];
        double[] filled = new double[SkillLevel.SLOTS];
        List<String> connected = scenario.placements().stream()
                .filter(p -> p.type().plannerCategory() == PlannerCategory.CONNECTED).map(Placement::placementId).toList();
        for (Placement placement : scenario.placements()) {
            if (placement.type().plannerCategory() == PlannerCategory.IN_HOUSE_FOSTER) {
                int level = placement.skillLevel() == null ? SkillLevel.MIN : placement.skillLevel();
                places[level] += placement.places();
                filled[level] += Math.min(placement.places(), occupants.getOrDefault(placement.placementId(), 0));
            }
        }
        int foster = 0;
        for (Child child : scenario.children()) {
            boolean withConnectedCarer = child.currentPlacementId() != null && connected.contains(child.currentPlacementId());
            if (child.recommended() == PlacementKind.FOSTER && !withConnectedCarer) {
                foster++;
            }
        }
        return new CurrentSupply(places, filled, foster, source);
    }

    @Override
    public double[] places() {
        return places.clone();
    }

    @Override
    public double[] filled() {
        return filled.clone();
    }

    public double filledTotal() {
        double total = 0;
        for (double f : filled) {
            total += f;
        }
        return total;
    }

    /** Share of the children needing foster care who are (or are proposed to be) with in-house carers. */
    public double inHouseShareOfFoster() {
        return fosterChildren == 0 ? 1.0 : filledTotal() / fosterChildren;
    }
}
