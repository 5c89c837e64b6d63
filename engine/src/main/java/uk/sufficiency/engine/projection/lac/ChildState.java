package uk.sufficiency.engine.projection.lac;

/**
 * A looked-after child as the simulation sees them: no identity, only what drives the model.
 *
 * @param ageMonths         completed months of age at the snapshot
 * @param category          placement category index
 * @param monthsInCategory  completed months since the child last entered this category
 */
public record ChildState(int ageMonths, int category, int monthsInCategory) {
}
