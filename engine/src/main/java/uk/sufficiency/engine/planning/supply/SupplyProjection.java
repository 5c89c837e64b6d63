package uk.sufficiency.engine.planning.supply;

import uk.sufficiency.model.child.SkillLevel;
import java.util.List;

/**
 * Projects in-house foster supply year by year from the households at the start of the plan and a
 * recruitment plan. Deterministic (expected values): the planner's uncertainty comes from demand.
 *
 * <p>Each plan year t: recruits of year t join at the recruit age and count by their usable share
 * ({@link LeadTime}); the year's households and places are measured; at the end of the year,
 * households recruited before year t retire (probability by the carer's age) or deregister (a flat
 * rate), then a share at each level 1-5 progresses one level (training); then everyone ages a year.
 * Households recruited in year t are still being approved, so they neither leave nor progress until
 * the end of year t+1.
 */
public final class SupplyProjection {

    private static final int MAX_AGE = 120;

    private final SupplyParameters parameters;

    public SupplyProjection(SupplyParameters parameters) {
        this.parameters = parameters;
    }

    /**
     * @param households start-of-plan households
     * @param recruits   {@code [year][level]} households recruited, year 1..Y, level 1..6
     */
    public SupplyPath project(List<CarerHousehold> households, double[][] recruits) {
        int years = recruits.length - 1;
        // state[level][age][cohort]: cohort 0 = already approved at the start, t = recruited in year t
        double[][][] count = new double[SkillLevel.SLOTS][MAX_AGE + 1][years + 1];
        double[][][] places = new double[SkillLevel.SLOTS][MAX_AGE + 1][years + 1];
        for (CarerHousehold household : households) {
            int level = household.skillLevel();
            if (household.carerAge() != null) {
                add(count, places, level, household.carerAge(), 0, 1.0, household.places());
            } else {
                double older = parameters.shareOlderWhenUnknown();
                add(count, places, level, parameters.unknownOlderAgeYears(), 0, older, older * household.places());
                add(count, places, level, parameters.unknownYoungerAgeYears(), 0, 1 - older,
                        (1 - older) * household.places());
            }
        }
        double[][] h = new double[years + 1][SkillLevel.SLOTS];
        double[][] approved = new double[years + 1][SkillLevel.SLOTS];
        double[][] usable = new double[years + 1][SkillLevel.SLOTS];
        double[][] recruited = new double[years + 1][SkillLevel.SLOTS];
        double[][] retired = new double[years + 1][SkillLevel.SLOTS];
        double[][] deregistered = new double[years + 1][SkillLevel.SLOTS];
        double[][] progressed = new double[years + 1][SkillLevel.SLOTS];
        double usableShareOfPlaces = 1 - parameters.unusablePlaceShare();
        double[] leadShare = new double[years + 1];
        for (int k = 0; k <= years; k++) {
            leadShare[k] = LeadTime.usableShare(parameters.leadTimeMonths(), k);
        }
        for (int t = 1; t <= years; t++) {
            for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                double r = recruits[t][level];
                recruited[t][level] = r;
                add(count, places, level, parameters.recruitAgeYears(), t, r, r * parameters.placesPerNewHousehold());
            }
            for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                for (int age = 0; age <= MAX_AGE; age++) {
                    for (int cohort = 0; cohort <= t; cohort++) {
                        double n = count[level][age][cohort];
                        if (n == 0) {
                            continue;
                        }
                        double share = cohort == 0 ? 1.0 : leadShare[t - cohort];
                        h[t][level] += n * share;
                        approved[t][level] += places[level][age][cohort] * share;
                    }
                }
                usable[t][level] = approved[t][level] * usableShareOfPlaces;
            }
            endOfYear(t, count, places, retired[t], deregistered[t], progressed[t]);
        }
        return new SupplyPath(h, approved, usable, recruited, retired, deregistered, progressed);
    }

    private void endOfYear(int t, double[][][] count, double[][][] places, double[] retired,
            double[] deregistered, double[] progressed) {
        int cohorts = count[1][0].length;
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            for (int age = 0; age <= MAX_AGE; age++) {
                double retire = parameters.retirementProbability(age);
                double other = parameters.otherDeregistrationRate();
                double leave = Math.min(1.0, retire + other);
                // when the two rates sum past 1, both shrink in proportion
                double retireShare = retire + other == 0 ? 0 : leave * retire / (retire + other);
                for (int cohort = 0; cohort < Math.min(t, cohorts); cohort++) {
                    double n = count[level][age][cohort];
                    if (n == 0) {
                        continue;
                    }
                    retired[level] += n * retireShare;
                    deregistered[level] += n * (leave - retireShare);
                    count[level][age][cohort] = n * (1 - leave);
                    places[level][age][cohort] *= 1 - leave;
                }
            }
        }
        // progression: from the top down, so a household moves at most one level a year
        for (int level = 5; level >= 1; level--) {
            double rate = parameters.progression(level);
            if (rate == 0) {
                continue;
            }
            for (int age = 0; age <= MAX_AGE; age++) {
                for (int cohort = 0; cohort < Math.min(t, cohorts); cohort++) {
                    double moving = count[level][age][cohort] * rate;
                    double movingPlaces = places[level][age][cohort] * rate;
                    progressed[level] += moving;
                    count[level][age][cohort] -= moving;
                    places[level][age][cohort] -= movingPlaces;
                    count[level + 1][age][cohort] += moving;
                    places[level + 1][age][cohort] += movingPlaces;
                }
            }
        }
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            for (int age = MAX_AGE; age >= 1; age--) {
                for (int cohort = 0; cohort < cohorts; cohort++) {
                    if (age == MAX_AGE) {
                        count[level][age][cohort] += count[level][age - 1][cohort];
                        places[level][age][cohort] += places[level][age - 1][cohort];
                    } else {
                        count[level][age][cohort] = count[level][age - 1][cohort];
                        places[level][age][cohort] = places[level][age - 1][cohort];
                    }
                }
            }
            for (int cohort = 0; cohort < cohorts; cohort++) {
                count[level][0][cohort] = 0;
                places[level][0][cohort] = 0;
            }
        }
    }

    private static void add(double[][][] count, double[][][] places, int level, int age, int cohort,
            double households, double approvedPlaces) {
        int a = Math.max(0, Math.min(MAX_AGE, age));
        count[level][a][cohort] += households;
        places[level][a][cohort] += approvedPlaces;
    }
}
