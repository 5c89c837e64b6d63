package uk.sufficiency.engine.planning.allocation;

/**
 * Weekly costs per child (GBP) the planner prices placements at, all from the scenario's one price
 * list ({@code unit_costs}, model.cost.UnitCosts) at its price date, and the price index of each plan
 * year (the list's inflation to the middle of the year).
 *
 * @param inHouseFosterWeeklyGbp index 1-6: a child with an in-house carer of that level (skill
 *                               fee plus age allowance, averaged over the children needing foster care)
 * @param ifaWeeklyGbp           independent fostering agency placement
 * @param residentialInHouseWeeklyGbp  the authority's own children's home place
 * @param residentialExternalWeeklyGbp external residential placement
 * @param supportedInHouseWeeklyGbp    staying put or supported lodgings
 * @param supportedExternalWeeklyGbp   external supported accommodation
 * @param priceIndex             index 1..years: prices in plan year t are the weekly costs times this
 */
public record PlacementCosts(
        double[] inHouseFosterWeeklyGbp,
        double ifaWeeklyGbp,
        double residentialInHouseWeeklyGbp,
        double residentialExternalWeeklyGbp,
        double supportedInHouseWeeklyGbp,
        double supportedExternalWeeklyGbp,
        double[] priceIndex) {

    public PlacementCosts {
        inHouseFosterWeeklyGbp = inHouseFosterWeeklyGbp.clone();
        priceIndex = priceIndex.clone();
    }

    public double inHouseFoster(int level) {
        return inHouseFosterWeeklyGbp[level];
    }

    /** Price index of plan year t (1 = prices at the price date). */
    public double index(int year) {
        return priceIndex[year];
    }

    @Override
    public double[] inHouseFosterWeeklyGbp() {
        return inHouseFosterWeeklyGbp.clone();
    }

    @Override
    public double[] priceIndex() {
        return priceIndex.clone();
    }
}
