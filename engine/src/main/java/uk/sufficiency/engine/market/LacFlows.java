package uk.sufficiency.engine.market;

import java.util.List;
import uk.sufficiency.engine.projection.lac.EntryModel;
import uk.sufficiency.engine.projection.lac.LacFit;
import uk.sufficiency.engine.projection.lac.LacProjectionConfig;
import uk.sufficiency.engine.projection.lac.LacStates;
import uk.sufficiency.engine.projection.lac.RateDrift;
import uk.sufficiency.engine.projection.lac.TransitionPosterior;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;

/**
 * The looked-after children projection's fitted model as the market simulation uses it: the monthly
 * outcome probabilities by age band and category (stay, move category, leave care), the entry model,
 * the observed entry ages, the rate drift, and how the model's categories map onto placement types.
 *
 * @param inMarket per category: true when a placement type is priced as it (a sufficiency placement);
 *                 children entering or moving to a category outside the market (placed with parents,
 *                 adoption, custody) leave the simulated market
 */
public record LacFlows(LacStates space, TransitionPosterior transitions, EntryModel entries, int[][] entryAgesByBand,
        RateDrift drift, List<LacProjectionConfig.PricedCategory> categories, boolean[] inMarket) {

    public LacFlows {
        inMarket = inMarket.clone();
        categories = List.copyOf(categories);
    }

    public static LacFlows of(LacFit fit, LacProjectionConfig config) {
        List<LacProjectionConfig.PricedCategory> categories = config.categories();
        boolean[] inMarket = new boolean[categories.size()];
        for (int c = 0; c < inMarket.length; c++) {
            inMarket[c] = categories.get(c).placementType() != null;
        }
        return new LacFlows(config.states(), fit.transitions(), fit.entries(), fit.observations().entryAgesByBand(),
                fit.drift(), categories, inMarket);
    }

    @Override
    public boolean[] inMarket() {
        return inMarket.clone();
    }

    boolean isInMarket(int category) {
        return inMarket[category];
    }

    /** The model's category of a placement type: same id, else the category priced as it, else -1. */
    int categoryOf(PlacementType type) {
        int c = space.categoryIndex(type.lacCategory().id());
        if (c >= 0) {
            return c;
        }
        for (int i = 0; i < categories.size(); i++) {
            if (categories.get(i).placementType() == type) {
                return i;
            }
        }
        return -1;
    }

    /** The category a waiting child of the scenario is counted in before any placement: by recommended kind. */
    int categoryOf(PlacementKind kind) {
        int c = categoryOf(switch (kind) {
            case FOSTER -> PlacementType.IN_HOUSE_FOSTER;
            case RESIDENTIAL -> PlacementType.RESIDENTIAL_EXTERNAL;
            case SUPPORTED -> PlacementType.SUPPORTED_ACCOMMODATION;
        });
        return c >= 0 ? c : firstInMarket();
    }

    /** The placement kind a category's priced type belongs to, or null outside the market. */
    PlacementKind kindOf(int category) {
        PlacementType type = categories.get(category).placementType();
        return type == null ? null : type.kind();
    }

    private int firstInMarket() {
        for (int c = 0; c < inMarket.length; c++) {
            if (inMarket[c]) {
                return c;
            }
        }
        return 0;
    }
}
