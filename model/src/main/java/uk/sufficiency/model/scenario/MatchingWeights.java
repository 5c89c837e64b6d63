package uk.sufficiency.model.scenario;

/**
 * Weights of the soft matching objectives, from {@code scenario.yaml} key {@code weights}.
 * Every weight may be 0 to switch its objective off. The solver scores in whole "points"; each
 * weight says how many points one unit of its objective costs, so a user can read trade-offs
 * directly: with the defaults, 1 km of extra distance is worth £2 a week.
 *
 * @param costPerGbp           points per £1 of weekly cost
 * @param distancePerKm        points per km between the placement and the child's home
 * @param schoolContinuity     points when a child who should keep their school is placed more
 *                             than {@code schoolReachKm} from it
 * @param schoolReachKm        distance from school beyond which school continuity is broken
 * @param preferenceStep       points per step down the preference order (connected 0, in-house 1,
 *                             IFA 2, residential 3)
 * @param movePlacedChild      points for moving a child who is already placed
 * @param overQualification    points per level by which the carer's skill exceeds the child's need
 */
public record MatchingWeights(
        double costPerGbp,
        double distancePerKm,
        double schoolContinuity,
        double schoolReachKm,
        double preferenceStep,
        double movePlacedChild,
        double overQualification) {

    public static MatchingWeights defaults() {
        return new MatchingWeights(1.0, 2.0, 300.0, 20.0, 100.0, 1000.0, 25.0);
    }
}
