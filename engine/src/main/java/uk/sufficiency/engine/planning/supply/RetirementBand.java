package uk.sufficiency.engine.planning.supply;

/** Yearly probability that a carer household whose main carer is aged {@code minAge}-{@code maxAge} retires. */
public record RetirementBand(int minAge, int maxAge, double yearlyProbability) {

    public boolean covers(int age) {
        return age >= minAge && age <= maxAge;
    }
}
