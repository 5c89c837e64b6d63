package uk.sufficiency.engine.planning.supply;

import java.util.List;

/**
 * How in-house foster supply changes each year.
 *
 * @param retirementBands          yearly retirement probability by carer age band; ages in no band: 0
 * @param otherDeregistrationRate  yearly probability a household leaves for any other reason
 * @param leadTimeMonths           months from recruitment to approval (see {@link LeadTime})
 * @param progressionRate          index 1-5: yearly share of level-l households that move to l+1
 * @param unusablePlaceShare       share of approved places never usable (0-1)
 * @param placesPerNewHousehold    approved places of a newly recruited household
 * @param recruitAgeYears          main-carer age of a new recruit
 * @param unknownOlderAgeYears     age given to the older share of carers whose age is not known
 * @param unknownYoungerAgeYears   age given to the rest of carers whose age is not known
 * @param shareOlderWhenUnknown    share of carers of unknown age taken to be older (aged 60-70)
 */
public record SupplyParameters(
        List<RetirementBand> retirementBands,
        double otherDeregistrationRate,
        double leadTimeMonths,
        double[] progressionRate,
        double unusablePlaceShare,
        double placesPerNewHousehold,
        int recruitAgeYears,
        int unknownOlderAgeYears,
        int unknownYoungerAgeYears,
        double shareOlderWhenUnknown) {

    public SupplyParameters {
        retirementBands = List.copyOf(retirementBands);
        progressionRate = progressionRate.clone();
        if (progressionRate.length != 7) {
            throw new IllegalArgumentException("progressionRate is indexed by level 1-6");
        }
    }

    public double retirementProbability(int age) {
        for (RetirementBand band : retirementBands) {
            if (band.covers(age)) {
                return band.yearlyProbability();
            }
        }
        return 0;
    }

    @Override
    public double[] progressionRate() {
        return progressionRate.clone();
    }

    double progression(int level) {
        return progressionRate[level];
    }
}
