package uk.sufficiency.engine.projection.ehcp.budget;

import uk.sufficiency.model.uncertainty.Interval;

/**
 * High-needs position in one financial year (GBP). Balances are allocation minus spend, so a
 * negative balance is a deficit. {@code allocationGbp}, balances and savings target are null when
 * no allocation (or target) was given for the year.
 *
 * @param observed             true when both January censuses of the year are observed
 * @param savingsDeliveredGbp  baseline spend minus scenario spend, paired by simulation
 * @param probabilityOfDeficit share of simulations with a negative in-year balance
 */
public record BudgetRow(String financialYear, int startYear, boolean observed, Interval spendGbp,
        Double allocationGbp, Interval inYearBalanceGbp, Interval cumulativeBalanceGbp, Double savingsTargetGbp,
        Interval savingsDeliveredGbp, Double probabilityOfDeficit, Double probabilitySavingsMet) {
}
