package uk.sufficiency.engine.market;

/**
 * The {@code simulation:} section of scenario.yaml as written, bound strictly (unknown keys and
 * wrong types are reported with their file and line). Every key is optional: null means the
 * documented default ({@link MarketSettingsReader}).
 *
 * @param months                   months simulated after the as-of date
 * @param simulations              simulations (each its own draws of every rate and event)
 * @param seed                     the section's seed (--seed wins)
 * @param externalOffersPerMonth   mean vacancies the external market offers each month
 * @param outOfCountyKm            a placement further than this from the child's home counts as out of county
 * @param matcherSteps             local-search steps of the matching service in months it is called
 */
public record SimulationSection(Integer months, Integer simulations, Long seed, Double externalOffersPerMonth,
        Double outOfCountyKm, Integer matcherSteps) {
}
