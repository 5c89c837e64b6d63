package uk.sufficiency.engine.planning.allocation;

/**
 * Weekly costs per child (GBP) the planner prices placements at.
 *
 * @param inHouseFosterWeeklyGbp index 1-6: a child with an in-house carer of that level (skill
 *                               fee plus the mean age allowance)
 * @param ifaWeeklyGbp           independent fostering agency placement
 * @param residentialInHouseWeeklyGbp  the authority's own children's home place
 * @param residentialExternalWeeklyGbp external residential placement
 * @param supportedInHouseWeeklyGbp    staying put or supported lodgings
 * @param supportedExternalWeeklyGbp   external supported accommodation
 */
public record PlacementCosts(
        double[] inHouseFosterWeeklyGbp,
        double ifaWeeklyGbp,
        double residentialInHouseWeeklyGbp,
        double residentialExternalWeeklyGbp,
        double supportedInHouseWeeklyGbp,
        double supportedExternalWeeklyGbp) {

    public PlacementCosts {
        inHouseFosterWeeklyGbp = inHouseFosterWeeklyGbp.clone();
    }

    public double inHouseFoster(int level) {
        return inHouseFosterWeeklyGbp[level];
    }

    @Override
    public double[] inHouseFosterWeeklyGbp() {
        return inHouseFosterWeeklyGbp.clone();
    }
}
