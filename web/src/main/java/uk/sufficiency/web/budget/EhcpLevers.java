package uk.sufficiency.web.budget;

import java.util.Map;
import java.util.TreeMap;

/**
 * The finance officer's controls over the EHCP projection.
 *
 * @param joinerTrend         {@code constant} or {@code log_linear}: how the rate of new plans moves
 * @param newPlansFactor      multiplies the rate of new plans in every setting from the first projected year (1 = as fitted)
 * @param savingsStrength     scales the scenario's savings programme (its rate multipliers): 0 = none, 1 = as planned
 * @param capsOn              whether the scenario's capacity caps apply
 * @param costUpliftPerYear   yearly uplift of unit costs (a fraction, 0.02 = 2%)
 * @param costFactorBySetting multiplies each setting's unit cost (1 = as in the costs file)
 */
public record EhcpLevers(String joinerTrend, double newPlansFactor, double savingsStrength, boolean capsOn,
        double costUpliftPerYear, Map<String, Double> costFactorBySetting) {

    public EhcpLevers {
        costFactorBySetting = new TreeMap<>(costFactorBySetting);
    }

    /** A canonical text, for the result cache key. */
    public String key() {
        return joinerTrend + "|" + newPlansFactor + "|" + savingsStrength + "|" + capsOn + "|" + costUpliftPerYear + "|"
                + costFactorBySetting;
    }
}
