package uk.sufficiency.engine.planning.demand;

import java.util.List;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlannerCategory;

/**
 * The scenario's children counted by the placement kind recommended for them and the skill level
 * they require ({@link Child#requiredLevel()}). Children living with a connected (family and
 * friends) carer are left out: that carer is approved for them alone, so they neither draw on nor
 * add to general in-house supply.
 *
 * @param counts            {@code [kind ordinal][level]}, level 1-6
 * @param connectedExcluded children left out because they live with a connected carer
 */
public record CurrentMix(int[][] counts, int connectedExcluded) {

    public static CurrentMix of(List<Child> children, List<Placement> placements) {
        java.util.Set<String> connected = new java.util.HashSet<>();
        for (Placement placement : placements) {
            if (placement.type().plannerCategory() == PlannerCategory.CONNECTED) {
                connected.add(placement.placementId());
            }
        }
        int[][] counts = new int[PlacementKind.values().length][SkillLevel.SLOTS];
        int excluded = 0;
        for (Child child : children) {
            if (child.currentPlacementId() != null && connected.contains(child.currentPlacementId())) {
                excluded++;
                continue;
            }
            counts[child.recommended().ordinal()][child.requiredLevel()]++;
        }
        return new CurrentMix(counts, excluded);
    }

    public int count(PlacementKind kind, int level) {
        return counts[kind.ordinal()][level];
    }

    public int total() {
        int total = 0;
        for (int[] kind : counts) {
            for (int n : kind) {
                total += n;
            }
        }
        return total;
    }
}
