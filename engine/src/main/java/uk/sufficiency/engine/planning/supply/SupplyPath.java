package uk.sufficiency.engine.planning.supply;

/**
 * In-house foster supply, plan year by year ({@code [year][level]}, year 1..Y, level 1..6; index 0
 * of each is unused). Households and places are expected values (they may be fractional), averaged
 * over the year: households still in assessment count by their usable share of the year.
 *
 * @param households      approved households, usable-share weighted
 * @param approvedPlaces  approved places, usable-share weighted
 * @param usablePlaces    approved places less the share never usable
 * @param recruited       households recruited in the year
 * @param retired         households that retired at the end of the year
 * @param deregistered    households that left for other reasons at the end of the year
 * @param progressedUp    households that moved from this level to the next at the end of the year
 */
public record SupplyPath(
        double[][] households,
        double[][] approvedPlaces,
        double[][] usablePlaces,
        double[][] recruited,
        double[][] retired,
        double[][] deregistered,
        double[][] progressedUp) {

    public int years() {
        return households.length - 1;
    }
}
