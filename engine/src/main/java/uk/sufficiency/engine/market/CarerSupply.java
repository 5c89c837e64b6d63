package uk.sufficiency.engine.market;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import uk.sufficiency.engine.planning.supply.SupplyParameters;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementType;

/**
 * The planner's supply model (docs/methods/planning.md) stepped month by month for individual
 * households in one simulation. Yearly rates become monthly probabilities {@code 1 - (1 - p)^(1/12)}:
 * a household leaves (retirement by the main carer's age, plus other deregistration) or is trained
 * up a level; carers age a year every 12 months. Recruits of the plan (baseline plus extra, times the
 * simulation's recruitment yield) arrive as a Poisson number a month per level and are approved
 * after the lead time, with the places of a new household and the usable share of them.
 */
final class CarerSupply {

    private record Pending(int approvalMonth, int level) {
    }

    private final SupplyParameters parameters;
    /** {@code [year][level]}: mean recruits a month in each simulated year. */
    private final double[][] recruitsPerMonth;
    private final List<Placement> templates;
    private final RandomGenerator rng;
    private final List<Pending> pending = new ArrayList<>();
    private final double otherMonthly;
    private final String idPrefix;
    private int recruited;

    /**
     * @param recruitsByYear  {@code [year][level]}, level 1-6: households recruited a year (baseline plus the
     *                        plan's extra) in each simulated year of 12 months; the last year's rate continues
     * @param yield           this simulation's share of planned recruitment achieved
     * @param templates       in-house foster households whose location, ages and specialisms recruits take
     * @param idPrefix        prefix of the recruits' ids ("" alone, the member's in a region)
     */
    CarerSupply(SupplyParameters parameters, double[][] recruitsByYear, double yield, List<Placement> templates,
            RandomGenerator rng, String idPrefix) {
        this.parameters = parameters;
        this.idPrefix = idPrefix;
        this.recruitsPerMonth = new double[recruitsByYear.length][SkillLevel.SLOTS];
        for (int y = 0; y < recruitsByYear.length; y++) {
            for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                recruitsPerMonth[y][level] = recruitsByYear[y][level] * yield / 12.0;
            }
        }
        this.templates = List.copyOf(templates);
        this.rng = rng;
        this.otherMonthly = monthly(parameters.otherDeregistrationRate());
    }

    static double monthly(double yearlyProbability) {
        return 1.0 - Math.pow(1.0 - Math.min(1.0, yearlyProbability), 1.0 / 12.0);
    }

    /** An age for a household whose carer's age is not recorded: older with the calibration's share. */
    int unknownAge() {
        return rng.nextDouble() < parameters.shareOlderWhenUnknown() ? parameters.unknownOlderAgeYears()
                : parameters.unknownYoungerAgeYears();
    }

    /** Whether this household deregisters or retires this month. */
    boolean leaves(SimHome home) {
        double retire = parameters.retirementProbability(home.carerAgeYears);
        double yearly = Math.min(1.0, retire + parameters.otherDeregistrationRate());
        double p = retire == 0 ? otherMonthly : monthly(yearly);
        return rng.nextDouble() < p;
    }

    /** Trains the household up a level this month with the monthly progression probability. */
    void progress(SimHome home) {
        Integer level = home.placement.skillLevel();
        if (level == null || level >= SkillLevel.MAX) {
            return;
        }
        double rate = parameters.progressionRate()[level];
        if (rate > 0 && rng.nextDouble() < monthly(rate)) {
            Placement p = home.placement;
            home.placement = new Placement(p.placementId(), p.type(), level + 1, p.places(), p.minAge(), p.maxAge(),
                    p.sex(), p.specialisms(), p.location(), p.statedWeeklyCostGbp(), p.supplier(), p.contract(),
                    p.linkedChildId(), home.carerAgeYears);
        }
    }

    /** Month t's recruits enter assessment; returns the households approved this month, usable from now. */
    List<SimHome> recruitAndApprove(int t) {
        double[] thisYear = recruitsPerMonth[Math.min(t / 12, recruitsPerMonth.length - 1)];
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            double mean = thisYear[level];
            int n = mean > 0 ? new PoissonDistribution(rng, mean, PoissonDistribution.DEFAULT_EPSILON,
                    PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample() : 0;
            for (int i = 0; i < n; i++) {
                pending.add(new Pending(t + leadMonths(), level));
            }
        }
        List<SimHome> approved = new ArrayList<>();
        for (var it = pending.iterator(); it.hasNext(); ) {
            Pending p = it.next();
            if (p.approvalMonth() <= t) {
                it.remove();
                SimHome home = newHousehold(p.level());
                if (home != null) {
                    approved.add(home);
                }
            }
        }
        return approved;
    }

    /** The lead time in whole months: its fraction as the chance of one month more. */
    private int leadMonths() {
        double lead = parameters.leadTimeMonths();
        int whole = (int) Math.floor(lead);
        return whole + (rng.nextDouble() < lead - whole ? 1 : 0);
    }

    private SimHome newHousehold(int level) {
        double placesMean = parameters.placesPerNewHousehold();
        int approved = (int) Math.floor(placesMean) + (rng.nextDouble() < placesMean - Math.floor(placesMean) ? 1 : 0);
        int usable = 0;
        for (int i = 0; i < approved; i++) {
            usable += rng.nextDouble() < 1.0 - parameters.unusablePlaceShare() ? 1 : 0;
        }
        if (usable == 0 || templates.isEmpty()) {
            return null;
        }
        Placement t = templates.get(rng.nextInt(templates.size()));
        recruited++;
        Placement placement = new Placement(idPrefix + "R" + recruited, PlacementType.IN_HOUSE_FOSTER, level, usable, t.minAge(),
                t.maxAge(), t.sex(), t.specialisms(), t.location(), null, null, null, null, parameters.recruitAgeYears());
        return new SimHome(placement, parameters.recruitAgeYears());
    }
}
