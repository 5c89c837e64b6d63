package uk.sufficiency.engine.planning;

import java.util.List;

/**
 * What the caller (command line or report) sets over the scenario's {@code plan:} section; every
 * field may be null to keep the scenario's value (or the documented default).
 *
 * @param recruit     extra recruitment specs such as {@code L3=+12/yr,L4=+6/yr}; null keeps plan.recruit
 * @param goal        e.g. {@code in_house_share>=0.70@2019}; null keeps plan.goal; "" for none
 * @param recruitCapPerYear most mainstream households recruited in a year, baseline included
 */
public record PlanOptions(Integer years, Integer simulations, Long seed, List<String> recruit,
        String goal, Integer recruitCapPerYear) {

    public static PlanOptions none() {
        return new PlanOptions(null, null, null, null, null, null);
    }

    public PlanOptions {
        recruit = recruit == null ? null : List.copyOf(recruit);
    }
}
