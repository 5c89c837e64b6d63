package uk.sufficiency.engine.planning;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import uk.sufficiency.engine.planning.allocation.PlacementCosts;
import uk.sufficiency.engine.planning.demand.CurrentMix;
import uk.sufficiency.engine.planning.supply.CarerHousehold;
import uk.sufficiency.engine.planning.supply.FosteringCalibration;
import uk.sufficiency.engine.planning.supply.OfstedFosteringTable;
import uk.sufficiency.engine.planning.supply.RetirementBand;
import uk.sufficiency.engine.planning.supply.SupplyParameters;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.cost.FeeTable;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Resolves {@link PlanSettings} from a scenario, its {@code plan:} section and the caller's
 * options, checking every value and reporting every problem in one pass (exit status 2). Each value
 * not set falls back to a documented default whose source is recorded (docs/methods/planning.md).
 */
public final class PlanSettingsReader {

    /** Leicestershire looked-after children 470 (31 Mar 2015) and 584 (31 Mar 2019): DOMAIN.md section 1. */
    static final double DEFAULT_GROWTH = Math.pow(584.0 / 470.0, 1.0 / 4.0) - 1.0;
    /** Spread of the two 2-year growth rates 470->510 (2015-17) and 510->584 (2017-19), DOMAIN.md. */
    static final double DEFAULT_GROWTH_SD = 0.02;
    static final double DEFAULT_RETIREMENT_70_PLUS = 0.30;
    static final double DEFAULT_PROGRESSION = 0.05;
    static final double DEFAULT_LEAD_TIME_MONTHS = 6;
    static final int DEFAULT_RECRUIT_AGE = 45;
    /** Midpoint of DOMAIN.md's external range £520-£989 a week (004 L451). */
    static final double DEFAULT_IFA_WEEKLY = (520.0 + 989.0) / 2.0;
    /** Top of DOMAIN.md's external range (004 L451). */
    static final double DEFAULT_RESIDENTIAL_WEEKLY = 989.0;
    /** 16+ supported accommodation average (004 L449). */
    static final double DEFAULT_SUPPORTED_WEEKLY = 257.0;
    /** External placements budget 2013/14 (004 L455). */
    static final double DEFAULT_BUDGET = 5_000_000.0;
    static final double DEFAULT_RECRUITMENT_COST = 8_000.0;
    /** Leicestershire's carer skill-level mix 5/18/43/24/7/2% (004 L438-439). */
    static final double[] DOMAIN_LEVEL_MIX = {0, 0.05, 0.18, 0.43, 0.24, 0.07, 0.02};

    private static final Set<String> TOP_KEYS = Set.of("years", "simulations", "seed", "fostering_file",
            "fostering_authority", "demand", "supply", "costs", "recruit", "goal");
    private static final Set<String> DEMAND_KEYS = Set.of("source", "growth_per_year", "growth_sd", "dispersion");
    private static final Set<String> SUPPLY_KEYS = Set.of("retirement", "other_deregistration_rate",
            "lead_time_months", "progression_rate", "unusable_place_share", "places_per_new_household",
            "recruit_age", "baseline_recruits_per_year", "recruit_cap_per_year");
    private static final Set<String> COST_KEYS = Set.of("ifa_weekly_gbp", "residential_weekly_gbp",
            "residential_in_house_weekly_gbp", "supported_weekly_gbp", "supported_in_house_weekly_gbp",
            "external_budget_gbp_per_year", "recruitment_gbp_per_household");

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(PlanSettingsReader.class);

    private final Scenario scenario;
    private final Path yaml;
    private final ProblemCollector problems = new ProblemCollector();
    private final List<Assumption> assumptions = new ArrayList<>();

    private PlanSettingsReader(Scenario scenario) {
        this.scenario = scenario;
        this.yaml = scenario.directory() == null ? null : scenario.directory().resolve("scenario.yaml");
    }

    public static PlanSettings read(Scenario scenario, PlanOptions options) {
        return new PlanSettingsReader(scenario).resolve(options == null ? PlanOptions.none() : options);
    }

    private PlanSettings resolve(PlanOptions options) {
        JsonNode plan = scenario.section("plan");
        if (!plan.isMissingNode() && !plan.isObject()) {
            problems.error(yaml, 0, "plan", plan.asText(), "plan must be a map of settings");
            problems.throwIfErrors();
        }
        checkKeys(plan, "plan", TOP_KEYS);
        JsonNode demandNode = plan.path("demand");
        JsonNode supplyNode = plan.path("supply");
        JsonNode costNode = plan.path("costs");
        checkKeys(demandNode, "plan.demand", DEMAND_KEYS);
        checkKeys(supplyNode, "plan.supply", SUPPLY_KEYS);
        checkKeys(costNode, "plan.costs", COST_KEYS);

        int years = (int) option(options.years() == null ? null : options.years().doubleValue(), "--years", plan.path("years"), "plan.years", 1, 30, 5,
                "default", "years", true);
        int simulations = (int) option(options.simulations() == null ? null : options.simulations().doubleValue(), "--simulations", plan.path("simulations"),
                "plan.simulations", 1, 100_000, 1000, "default", "demand simulations", true);
        long seed = (long) option(options.seed() == null ? null : options.seed().doubleValue(), "--seed",
                plan.path("seed"), "plan.seed", 0, 9.0e15, 1, "default", "random seed", true);

        FosteringCalibration calibration = calibration(plan);
        String cal = calibration.source();
        for (var figure : List.of(
                new Assumption("ofsted.households", Integer.toString(calibration.households()), "households", cal),
                new Assumption("ofsted.approved_places", Integer.toString(calibration.approvedPlaces()), "places", cal),
                new Assumption("ofsted.filled_places", Integer.toString(calibration.filledPlaces()), "places", cal),
                new Assumption("ofsted.vacant_places", Integer.toString(calibration.vacantPlaces()), "places", cal),
                new Assumption("ofsted.places_not_available", Integer.toString(calibration.placesNotAvailable()), "places", cal),
                new Assumption("ofsted.households_approved_in_year", Integer.toString(calibration.householdsApproved()), "households", cal),
                new Assumption("ofsted.family_and_friends_approved", Integer.toString(calibration.familyAndFriendsApproved()), "households", cal),
                new Assumption("ofsted.deregistered", Integer.toString(calibration.deregistered()), "households", cal),
                new Assumption("ofsted.deregistered_by_carer", Integer.toString(calibration.deregisteredByCarer()), "households", cal))) {
            assumptions.add(figure);
        }

        String demandSource = demandNode.path("source").asText("trend");
        if (!demandSource.equals("trend") && !demandSource.equals("lac_projection")) {
            problems.error(yaml, 0, "plan.demand.source", demandSource, "demand source must be trend or lac_projection");
        }
        assumptions.add(new Assumption("plan.demand.source", demandSource, "", demandNode.has("source")
                ? "scenario.yaml plan.demand.source" : "default: trend from the current children"));
        double growth = number(demandNode.path("growth_per_year"), "plan.demand.growth_per_year", -0.5, 1.0,
                DEFAULT_GROWTH, "DOMAIN.md s1: looked-after children 470 (2015) to 584 (2019), (584/470)^(1/4)-1",
                "share per year");
        double growthSd = number(demandNode.path("growth_sd"), "plan.demand.growth_sd", 0, 1, DEFAULT_GROWTH_SD,
                "DOMAIN.md s1: spread of 2-year growth 470->510 (2015-17, 4.2%/yr) and 510->584 (2017-19, 7.0%/yr)",
                "share per year");
        double dispersion = number(demandNode.path("dispersion"), "plan.demand.dispersion", 0, 1e6, 0,
                "assumption: 0 = Poisson count noise (set k > 0 for negative binomial)", "negative binomial k");

        List<RetirementBand> bands = retirementBands(supplyNode.path("retirement"), calibration);
        double other = number(supplyNode.path("other_deregistration_rate"), "plan.supply.other_deregistration_rate",
                0, 1, calibration.otherDeregistrationRate(),
                cal + ": (deregistered " + calibration.deregistered() + " - by carer " + calibration.deregisteredByCarer()
                        + ") / households " + calibration.households(), "share per year");
        double leadTime = number(supplyNode.path("lead_time_months"), "plan.supply.lead_time_months", 0, 24,
                DEFAULT_LEAD_TIME_MONTHS, "DOMAIN.md s3: approval lead time ~6 months", "months");
        double[] progression = progression(supplyNode.path("progression_rate"));
        double unusable = number(supplyNode.path("unusable_place_share"), "plan.supply.unusable_place_share", 0, 0.99,
                calibration.unusablePlaceShare(), cal + ": places not available " + calibration.placesNotAvailable()
                        + " / approved places " + calibration.approvedPlaces(), "share of approved places");
        double placesPerNew = number(supplyNode.path("places_per_new_household"), "plan.supply.places_per_new_household",
                0.1, 10, calibration.placesPerHousehold(), cal + ": approved places " + calibration.approvedPlaces()
                        + " / households " + calibration.households(), "places per household");
        int recruitAge = (int) number(supplyNode.path("recruit_age"), "plan.supply.recruit_age", 18, 90,
                DEFAULT_RECRUIT_AGE, "assumption: main carer's age when approved", "years");
        double baselineTotal = number(supplyNode.path("baseline_recruits_per_year"),
                "plan.supply.baseline_recruits_per_year", 0, 10_000, calibration.mainstreamApprovalsPerYear(),
                cal + ": households approved in year " + calibration.householdsApproved() + " - family and friends "
                        + calibration.familyAndFriendsApproved(), "households per year");
        int cap = (int) option(options.recruitCapPerYear() == null ? null : options.recruitCapPerYear().doubleValue(),
                "--recruit-cap", supplyNode.path("recruit_cap_per_year"), "plan.supply.recruit_cap_per_year", 0,
                100_000, calibration.householdsApproved(),
                cal + ": households approved in year (all kinds), taken as assessment capacity", "households per year",
                true);

        SupplyParameters supply = new SupplyParameters(bands, other, leadTime, progression, unusable, placesPerNew,
                recruitAge, 65, recruitAge, FosteringCalibration.SHARE_AGED_60_TO_70);
        assumptions.add(new Assumption("carer_age_when_unknown", "34% aged 65, 66% aged " + recruitAge, "years",
                "DOMAIN.md s1: 34% of carers aged 60-70 (004 L441); the rest at plan.supply.recruit_age"));

        List<CarerHousehold> households = new ArrayList<>();
        double residentialInHouse = 0;
        double supportedInHouse = 0;
        for (Placement placement : scenario.placements()) {
            PlacementType type = placement.type();
            if (type == PlacementType.IN_HOUSE_FOSTER || type == PlacementType.PARENT_AND_CHILD) {
                int level = placement.skillLevel() == null ? 1 : placement.skillLevel();
                households.add(new CarerHousehold(placement.placementId(), level, placement.places(), placement.carerAge()));
            } else if (type == PlacementType.RESIDENTIAL_IN_HOUSE) {
                residentialInHouse += placement.places();
            } else if (type == PlacementType.STAYING_PUT || type == PlacementType.SUPPORTED_LODGINGS) {
                supportedInHouse += placement.places();
            }
        }
        assumptions.add(new Assumption("in_house_foster_households", Integer.toString(households.size()), "households",
                "placements.csv: type in_house_foster or parent_and_child"));
        assumptions.add(new Assumption("residential_in_house_places", fmt(residentialInHouse), "places",
                "placements.csv: type residential_in_house (held constant)"));
        assumptions.add(new Assumption("supported_in_house_places", fmt(supportedInHouse), "places",
                "placements.csv: types staying_put, supported_lodgings (held constant)"));

        double[] baseline = baselineByLevel(households, baselineTotal);
        double[] extra = extraRecruits(plan.path("recruit"), options.recruit());
        PlanGoal goal = goal(plan.path("goal"), options.goal(), years);
        double extraTotal = Arrays.stream(extra).sum();
        if (baselineTotal + extraTotal > cap + 1e-9) {
            problems.error(null, 0, "--recruit", fmt(extraTotal), "baseline " + fmt(baselineTotal) + " plus extra "
                    + fmt(extraTotal) + " households a year exceeds the recruitment cap of " + cap + " a year");
        }

        CurrentMix mix = CurrentMix.of(scenario.children(), scenario.placements());
        assumptions.add(new Assumption("children_in_demand", Integer.toString(mix.total()), "children",
                "children.csv: every child, by recommended kind and required level"));
        assumptions.add(new Assumption("children_with_connected_carers_excluded", Integer.toString(mix.connectedExcluded()),
                "children", "children.csv current_placement_id of a connected placement (met by that carer)"));
        PlacementCosts costs = costs(costNode, households);
        double budget = number(costNode.path("external_budget_gbp_per_year"), "plan.costs.external_budget_gbp_per_year",
                0, 1e12, DEFAULT_BUDGET, "DOMAIN.md s1: external placements budget £5m in 2013/14 (004 L455)", "GBP per year");
        double recruitmentCost = number(costNode.path("recruitment_gbp_per_household"),
                "plan.costs.recruitment_gbp_per_household", 0, 1e9, DEFAULT_RECRUITMENT_COST,
                "assumption: no figure in the sources; set plan.costs.recruitment_gbp_per_household", "GBP per household");
        problems.throwIfErrors();
        return new PlanSettings(scenario.asOfDate(), years, simulations, seed, demandSource, growth, growthSd, dispersion, supply,
                costs, residentialInHouse, supportedInHouse, budget, recruitmentCost, baseline, extra, cap, goal,
                households, mix, assumptions);
    }

    private FosteringCalibration calibration(JsonNode plan) {
        JsonNode file = plan.path("fostering_file");
        if (file.isMissingNode() || file.isNull()) {
            return FosteringCalibration.LEICESTERSHIRE_2018_19;
        }
        String authority = plan.path("fostering_authority").asText("Leicestershire");
        try {
            return FosteringCalibration.from(OfstedFosteringTable.read(Path.of(file.asText())), authority);
        } catch (InvalidInputException e) {
            e.problems().forEach(problems::add);
            return FosteringCalibration.LEICESTERSHIRE_2018_19;
        }
    }

    private List<RetirementBand> retirementBands(JsonNode node, FosteringCalibration calibration) {
        if (node.isMissingNode()) {
            double r60 = calibration.retirementRate60To69();
            assumptions.add(new Assumption("plan.supply.retirement[60-69]", fmt(r60), "probability per year",
                    calibration.source() + ": deregistered by carer " + calibration.deregisteredByCarer() + " / households "
                            + calibration.households() + " / 0.34 aged 60-70 (DOMAIN.md s1, 004 L441)"));
            assumptions.add(new Assumption("plan.supply.retirement[70-120]", fmt(DEFAULT_RETIREMENT_70_PLUS),
                    "probability per year", "assumption: no public figure; set plan.supply.retirement"));
            return List.of(new RetirementBand(60, 69, r60), new RetirementBand(70, 120, DEFAULT_RETIREMENT_70_PLUS));
        }
        List<RetirementBand> bands = new ArrayList<>();
        if (!node.isArray()) {
            problems.error(yaml, 0, "plan.supply.retirement", node.asText(), "retirement must be a list of {min_age, max_age, rate}");
            return bands;
        }
        for (int i = 0; i < node.size(); i++) {
            String key = "plan.supply.retirement[" + i + "]";
            JsonNode band = node.get(i);
            int min = (int) required(band.path("min_age"), key + ".min_age", 18, 120);
            int max = (int) required(band.path("max_age"), key + ".max_age", 18, 120);
            double rate = required(band.path("rate"), key + ".rate", 0, 1);
            if (max < min) {
                problems.error(yaml, 0, key, min + "-" + max, "max_age must be at least min_age");
            }
            for (RetirementBand other : bands) {
                if (min <= other.maxAge() && max >= other.minAge()) {
                    problems.error(yaml, 0, key, min + "-" + max, "retirement age bands must not overlap");
                }
            }
            bands.add(new RetirementBand(min, max, rate));
            assumptions.add(new Assumption("plan.supply.retirement[" + min + "-" + max + "]", fmt(rate),
                    "probability per year", "scenario.yaml " + key));
        }
        return bands;
    }

    private double[] progression(JsonNode node) {
        double[] rate = new double[7];
        if (node.isMissingNode() || node.isNumber()) {
            double r = number(node, "plan.supply.progression_rate", 0, 1, DEFAULT_PROGRESSION,
                    "assumption: no public figure; share of level 1-5 households trained up a level each year",
                    "share per year");
            for (int level = 1; level <= 5; level++) {
                rate[level] = r;
            }
            return rate;
        }
        if (!node.isObject()) {
            problems.error(yaml, 0, "plan.supply.progression_rate", node.asText(),
                    "progression_rate must be a number or a map from level (1-5) to a share");
            return rate;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            var entry = it.next();
            String key = "plan.supply.progression_rate." + entry.getKey();
            int level;
            try {
                level = Integer.parseInt(entry.getKey());
            } catch (NumberFormatException e) {
                level = 0;
            }
            if (level < 1 || level > 5) {
                problems.error(yaml, 0, key, entry.getKey(), "progression levels are 1-5 (level 6 is the top)");
                continue;
            }
            rate[level] = required(entry.getValue(), key, 0, 1);
            assumptions.add(new Assumption(key, fmt(rate[level]), "share per year", "scenario.yaml " + key));
        }
        return rate;
    }

    private double[] baselineByLevel(List<CarerHousehold> households, double total) {
        double[] mix = new double[7];
        String source;
        if (households.isEmpty()) {
            mix = DOMAIN_LEVEL_MIX.clone();
            source = "DOMAIN.md s1 carer level mix 5/18/43/24/7/2% (004 L438-439)";
        } else {
            for (CarerHousehold household : households) {
                mix[household.skillLevel()] += 1.0 / households.size();
            }
            source = "placements.csv: level mix of in-house foster households";
        }
        double[] perLevel = new double[7];
        for (int level = 1; level <= 6; level++) {
            perLevel[level] = total * mix[level];
            assumptions.add(new Assumption("baseline_recruits_per_year.L" + level, fmt(perLevel[level]),
                    "households per year", "plan.supply.baseline_recruits_per_year spread by " + source));
        }
        return perLevel;
    }

    private double[] extraRecruits(JsonNode node, List<String> fromOptions) {
        double[] extra = new double[7];
        if (fromOptions != null) {
            for (String spec : fromOptions) {
                try {
                    RecruitmentSpec.parse(spec).forEach((level, n) -> extra[level] += n);
                } catch (IllegalArgumentException e) {
                    problems.error(null, 0, "--recruit", spec, e.getMessage());
                }
            }
            recordExtra(extra, "command line --recruit");
            return extra;
        }
        if (node.isMissingNode() || node.isNull()) {
            recordExtra(extra, "none given (plan.recruit or --recruit)");
            return extra;
        }
        if (node.isTextual()) {
            try {
                RecruitmentSpec.parse(node.asText()).forEach((level, n) -> extra[level] += n);
            } catch (IllegalArgumentException e) {
                problems.error(yaml, 0, "plan.recruit", node.asText(), e.getMessage());
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                var entry = it.next();
                String key = "plan.recruit." + entry.getKey();
                int level;
                try {
                    level = Integer.parseInt(entry.getKey().replaceFirst("^[lL]", ""));
                } catch (NumberFormatException e) {
                    level = 0;
                }
                if (level < 1 || level > 6) {
                    problems.error(yaml, 0, key, entry.getKey(), "recruitment levels are 1-6");
                    continue;
                }
                extra[level] = required(entry.getValue(), key, 0, 10_000);
            }
        } else {
            problems.error(yaml, 0, "plan.recruit", node.asText(), "recruit must be like 'L3=+12/yr,L4=+6/yr' or a map level: households");
        }
        recordExtra(extra, "scenario.yaml plan.recruit");
        return extra;
    }

    private void recordExtra(double[] extra, String source) {
        for (int level = 1; level <= 6; level++) {
            assumptions.add(new Assumption("extra_recruits_per_year.L" + level, fmt(extra[level]), "households per year", source));
        }
    }

    private PlanGoal goal(JsonNode node, String fromOption, int years) {
        String text;
        String where;
        if (fromOption != null) {
            text = fromOption;
            where = "--goal";
        } else if (!node.isMissingNode() && !node.isNull()) {
            text = node.asText();
            where = "plan.goal";
        } else {
            return null;
        }
        if (text.isBlank()) {
            return null;
        }
        try {
            PlanGoal goal = PlanGoal.parse(text);
            int first = scenario.asOfDate().plusYears(1).getYear();
            int last = scenario.asOfDate().plusYears(years).getYear();
            if (goal.year() < first || goal.year() > last) {
                problems.error(where.equals("--goal") ? null : yaml, 0, where, text,
                        "the goal's year must be a plan year, " + first + " to " + last + " (plan years end on "
                                + scenario.asOfDate().getDayOfMonth() + " " + scenario.asOfDate().getMonth()
                                .toString().toLowerCase(Locale.ROOT) + ")");
            }
            assumptions.add(new Assumption("goal", goal.toString(), "", where.equals("--goal") ? "command line --goal" : "scenario.yaml plan.goal"));
            return goal;
        } catch (IllegalArgumentException e) {
            problems.error(where.equals("--goal") ? null : yaml, 0, where, text, e.getMessage());
            return null;
        }
    }

    private PlacementCosts costs(JsonNode node, List<CarerHousehold> households) {
        FeeTable fees = scenario.fees();
        double allowanceTotal = 0;
        int fostered = 0;
        for (Child child : scenario.children()) {
            if (child.recommended() == PlacementKind.FOSTER) {
                allowanceTotal += fees.allowanceGbp(child.ageYears(scenario.asOfDate()));
                fostered++;
            }
        }
        double meanAllowance = fostered == 0 ? fees.allowanceGbp(10) : allowanceTotal / fostered;
        assumptions.add(new Assumption("mean_age_allowance_gbp_per_week", fmt(meanAllowance), "GBP per week",
                "scenario fees.age_allowances averaged over children recommended foster (ages at as_of)"));
        double[] inHouse = new double[7];
        for (int level = 1; level <= 6; level++) {
            inHouse[level] = fees.skillFeeGbp(level) + meanAllowance;
            assumptions.add(new Assumption("in_house_foster_weekly_gbp.L" + level, fmt(inHouse[level]), "GBP per week",
                    "scenario fees.skill_fee_gbp_per_week[" + level + "] + mean age allowance"));
        }
        double ifa = cost(node.path("ifa_weekly_gbp"), "plan.costs.ifa_weekly_gbp", Set.of(PlacementType.IFA_FOSTER),
                DEFAULT_IFA_WEEKLY, "DOMAIN.md s1: midpoint of external £520-£989 a week (004 L451)");
        double residential = cost(node.path("residential_weekly_gbp"), "plan.costs.residential_weekly_gbp",
                Set.of(PlacementType.RESIDENTIAL_EXTERNAL), DEFAULT_RESIDENTIAL_WEEKLY,
                "DOMAIN.md s1: top of external £520-£989 a week (004 L451)");
        double residentialInHouse = cost(node.path("residential_in_house_weekly_gbp"),
                "plan.costs.residential_in_house_weekly_gbp", Set.of(PlacementType.RESIDENTIAL_IN_HOUSE), residential,
                "as plan.costs.residential_weekly_gbp (no in-house home with a weekly_cost)");
        double supported = cost(node.path("supported_weekly_gbp"), "plan.costs.supported_weekly_gbp",
                Set.of(PlacementType.SUPPORTED_ACCOMMODATION), DEFAULT_SUPPORTED_WEEKLY,
                "DOMAIN.md s1: 16+ supported accommodation average £257 a week (004 L449)");
        double supportedInHouse = cost(node.path("supported_in_house_weekly_gbp"),
                "plan.costs.supported_in_house_weekly_gbp", Set.of(PlacementType.STAYING_PUT, PlacementType.SUPPORTED_LODGINGS),
                fees.skillFeeGbp(1) + fees.allowanceGbp(17), "scenario fees: skill fee L1 + allowance at 17");
        for (int level = 1; level <= 6; level++) {
            if (inHouse[level] > ifa) {
                LOG.warn("an in-house level-{} placement ({} GBP a week) costs more than IFA ({}): recruiting can raise cost",
                        level, fmt(inHouse[level]), fmt(ifa));
            }
        }
        return new PlacementCosts(inHouse, ifa, residentialInHouse, residential, supportedInHouse, supported);
    }

    /** Plan config, else median stated weekly_cost of the scenario's placements of those types, else default. */
    private double cost(JsonNode node, String key, Set<PlacementType> types, double fallback, String fallbackSource) {
        if (!node.isMissingNode()) {
            return number(node, key, 0, 100_000, fallback, "", "GBP per week");
        }
        double[] stated = scenario.placements().stream()
                .filter(p -> types.contains(p.type()) && p.statedWeeklyCostGbp() != null)
                .mapToDouble(Placement::statedWeeklyCostGbp).sorted().toArray();
        if (stated.length > 0) {
            double median = stated.length % 2 == 1 ? stated[stated.length / 2]
                    : (stated[stated.length / 2 - 1] + stated[stated.length / 2]) / 2.0;
            assumptions.add(new Assumption(key, fmt(median), "GBP per week",
                    "placements.csv: median weekly_cost of " + stated.length + " placement(s) of type "
                            + types.stream().map(PlacementType::word).sorted().toList()));
            return median;
        }
        assumptions.add(new Assumption(key, fmt(fallback), "GBP per week", fallbackSource));
        return fallback;
    }

    private double option(Double fromOption, String optionName, JsonNode node, String key, double min, double max,
            double fallback, String fallbackSource, String unit, boolean whole) {
        if (fromOption != null) {
            if (fromOption < min || fromOption > max || (whole && fromOption != Math.rint(fromOption))) {
                problems.error(null, 0, optionName, fmt(fromOption), optionName + " must be a whole number from "
                        + fmt(min) + " to " + fmt(max));
            }
            assumptions.add(new Assumption(key, fmt(fromOption), unit, "command line " + optionName));
            return fromOption;
        }
        double value = number(node, key, min, max, fallback, fallbackSource, unit);
        if (whole && value != Math.rint(value)) {
            problems.error(yaml, 0, key, fmt(value), key + " must be a whole number");
        }
        return value;
    }

    private double number(JsonNode node, String key, double min, double max, double fallback, String fallbackSource,
            String unit) {
        if (node.isMissingNode() || node.isNull()) {
            assumptions.add(new Assumption(key, fmt(fallback), unit, fallbackSource));
            return fallback;
        }
        double value = required(node, key, min, max);
        assumptions.add(new Assumption(key, fmt(value), unit, "scenario.yaml " + key));
        return value;
    }

    private double required(JsonNode node, String key, double min, double max) {
        if (!node.isNumber()) {
            problems.error(yaml, 0, key, node.isMissingNode() ? null : node.asText(),
                    key + " must be a number from " + fmt(min) + " to " + fmt(max));
            return min;
        }
        double value = node.asDouble();
        if (value < min || value > max || Double.isNaN(value)) {
            problems.error(yaml, 0, key, node.asText(), key + " must be from " + fmt(min) + " to " + fmt(max));
            return min;
        }
        return value;
    }

    private void checkKeys(JsonNode node, String where, Set<String> known) {
        if (node.isMissingNode()) {
            return;
        }
        if (!node.isObject()) {
            problems.error(yaml, 0, where, node.asText(), where + " must be a map");
            return;
        }
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
            String name = it.next();
            if (!known.contains(name)) {
                problems.error(yaml, 0, where + "." + name, null, "unknown key; known keys: "
                        + known.stream().sorted().toList());
            }
        }
    }

    static String fmt(double value) {
        if (value == Math.rint(value) && Math.abs(value) < 1e15) {
            return Long.toString((long) value);
        }
        return String.format(Locale.ROOT, "%.4f", value).replaceAll("0+$", "");
    }
}
