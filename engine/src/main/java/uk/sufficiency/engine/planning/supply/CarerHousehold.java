package uk.sufficiency.engine.planning.supply;

/**
 * An in-house foster household at the start of the plan (from placements.csv).
 *
 * @param carerAge age of the main carer in years, or null when not known
 */
public record CarerHousehold(String placementId, int skillLevel, int places, Integer carerAge) {
}
