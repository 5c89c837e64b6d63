package uk.sufficiency.engine.planning.settings;

import uk.sufficiency.model.child.SkillLevel;
import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import uk.sufficiency.engine.planning.supply.FosteringCalibration;
import uk.sufficiency.engine.planning.supply.OfstedFosteringTable;
import uk.sufficiency.engine.planning.supply.RetirementBand;
import uk.sufficiency.engine.planning.supply.SupplyParameters;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.validation.InvalidInputException;

/**
 * How in-house supply moves, read from {@code plan.supply} over the Ofsted calibration
 * ({@code plan.fostering_file}, else Leicestershire 2018-19): every unset rate defaults to the
 * calibration's figure, whose arithmetic is recorded as its source.
 *
 * @param parameters           the supply projection's parameters
 * @param baselineRecruitsPerYear households recruited a year without the plan (all levels)
 * @param recruitCapPerYear    most households recruited in a year, baseline and plan together
 * @param recruitmentYieldSd   spread of the share of planned recruitment achieved (0 = always all of it)
 */
public record SupplySettings(SupplyParameters parameters, double baselineRecruitsPerYear, int recruitCapPerYear,
        double recruitmentYieldSd) {

    static final double DEFAULT_RETIREMENT_70_PLUS = 0.30;
    static final double DEFAULT_PROGRESSION = 0.05;
    static final double DEFAULT_LEAD_TIME_MONTHS = 6;
    static final int DEFAULT_RECRUIT_AGE = 45;
    /** Assumption: one recruitment year in four falls a quarter short of (or beats) its target. */
    static final double DEFAULT_RECRUITMENT_YIELD_SD = 0.2;

    static SupplySettings read(PlanSection plan, SectionReading in) {
        FosteringCalibration calibration = calibration(plan, in);
        recordCalibration(calibration, in.assumptions());
        PlanSection.Supply s = plan.supply();
        String cal = calibration.source();
        List<RetirementBand> bands = retirementBands(s.retirement(), calibration, in);
        double other = in.number(s.otherDeregistrationRate(), "/supply/other_deregistration_rate", 0, 1,
                "a yearly share", calibration.otherDeregistrationRate(), "share per year",
                cal + ": (deregistered " + calibration.deregistered() + " - by carer "
                        + calibration.deregisteredByCarer() + ") / households " + calibration.households());
        double leadTime = in.number(s.leadTimeMonths(), "/supply/lead_time_months", 0, 24, "a lead time in months",
                DEFAULT_LEAD_TIME_MONTHS, "months", "DOMAIN.md s3: approval lead time ~6 months");
        double[] progression = progression(s.progressionRate(), in);
        double unusable = in.number(s.unusablePlaceShare(), "/supply/unusable_place_share", 0, 0.99,
                "a share of approved places", calibration.unusablePlaceShare(), "share of approved places",
                cal + ": places not available " + calibration.placesNotAvailable() + " / approved places "
                        + calibration.approvedPlaces());
        double placesPerNew = in.number(s.placesPerNewHousehold(), "/supply/places_per_new_household", 0.1, 10,
                "places per household", calibration.placesPerHousehold(), "places per household",
                cal + ": approved places " + calibration.approvedPlaces() + " / households " + calibration.households());
        int recruitAge = in.whole(s.recruitAge(), "/supply/recruit_age", 18, 90, "an age in years",
                DEFAULT_RECRUIT_AGE, "years", "assumption: main carer's age when approved");
        double baseline = in.number(s.baselineRecruitsPerYear(), "/supply/baseline_recruits_per_year", 0, 10_000,
                "households a year", calibration.mainstreamApprovalsPerYear(), "households per year",
                cal + ": households approved in year " + calibration.householdsApproved() + " - family and friends "
                        + calibration.familyAndFriendsApproved());
        int cap = in.whole(s.recruitCapPerYear(), "/supply/recruit_cap_per_year", 0, 100_000, "households a year",
                calibration.householdsApproved(), "households per year",
                cal + ": households approved in year (all kinds), taken as assessment capacity");
        double yieldSd = in.number(s.recruitmentYieldSd(), "/supply/recruitment_yield_sd", 0, 1,
                "a standard deviation of the share of recruitment achieved", DEFAULT_RECRUITMENT_YIELD_SD,
                "share of planned households", "assumption: no public figure on how far recruitment misses its target");
        in.assumptions().add(new Assumption("carer_age_when_unknown", "34% aged 65, 66% aged " + recruitAge, "years",
                "DOMAIN.md s1: 34% of carers aged 60-70 (004 L441); the rest at plan.supply.recruit_age"));
        SupplyParameters parameters = new SupplyParameters(bands, other, leadTime, progression, unusable, placesPerNew,
                recruitAge, 65, recruitAge, FosteringCalibration.SHARE_AGED_60_TO_70);
        return new SupplySettings(parameters, baseline, cap, yieldSd);
    }

    private static FosteringCalibration calibration(PlanSection plan, SectionReading in) {
        if (plan.fosteringFile() == null) {
            return FosteringCalibration.LEICESTERSHIRE_2018_19;
        }
        String authority = plan.fosteringAuthority() == null ? "Leicestershire" : plan.fosteringAuthority();
        try {
            return FosteringCalibration.from(OfstedFosteringTable.read(Path.of(plan.fosteringFile())), authority);
        } catch (InvalidInputException e) {
            e.problems().forEach(in.problems()::add);
            return FosteringCalibration.LEICESTERSHIRE_2018_19;
        }
    }

    private static void recordCalibration(FosteringCalibration c, List<Assumption> assumptions) {
        String source = c.source();
        int[] values = {c.households(), c.approvedPlaces(), c.filledPlaces(), c.vacantPlaces(), c.placesNotAvailable(),
            c.householdsApproved(), c.familyAndFriendsApproved(), c.deregistered(), c.deregisteredByCarer()};
        String[] names = {"households", "approved_places", "filled_places", "vacant_places", "places_not_available",
            "households_approved_in_year", "family_and_friends_approved", "deregistered", "deregistered_by_carer"};
        for (int i = 0; i < names.length; i++) {
            assumptions.add(new Assumption("ofsted." + names[i], Integer.toString(values[i]),
                    names[i].contains("places") ? "places" : "households", source));
        }
    }

    private static List<RetirementBand> retirementBands(List<PlanSection.RetirementBandSetting> given,
            FosteringCalibration calibration, SectionReading in) {
        if (given == null) {
            double r60 = calibration.retirementRate60To69();
            in.derived("plan.supply.retirement[60-69]", r60, "probability per year", calibration.source()
                    + ": deregistered by carer " + calibration.deregisteredByCarer() + " / households "
                    + calibration.households() + " / 0.34 aged 60-70 (DOMAIN.md s1, 004 L441)");
            in.derived("plan.supply.retirement[70-120]", DEFAULT_RETIREMENT_70_PLUS, "probability per year",
                    "assumption: no public figure; set plan.supply.retirement");
            return List.of(new RetirementBand(60, 69, r60), new RetirementBand(70, 120, DEFAULT_RETIREMENT_70_PLUS));
        }
        List<RetirementBand> bands = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String at = "/supply/retirement/" + i;
            PlanSection.RetirementBandSetting band = given.get(i);
            if (band == null || band.minAge() == null || band.maxAge() == null || band.rate() == null) {
                in.error(at, null, "a retirement band needs min_age, max_age and rate");
                continue;
            }
            in.section().checkRange(in.problems(), at + "/min_age", band.minAge(), 18, 120, "an age in years");
            in.section().checkRange(in.problems(), at + "/max_age", band.maxAge(), 18, 120, "an age in years");
            in.section().checkRange(in.problems(), at + "/rate", band.rate(), 0, 1, "a yearly probability");
            if (band.maxAge() < band.minAge()) {
                in.error(at, band.minAge() + "-" + band.maxAge(), "max_age must be at least min_age");
            }
            for (RetirementBand other : bands) {
                if (band.minAge() <= other.maxAge() && band.maxAge() >= other.minAge()) {
                    in.error(at, band.minAge() + "-" + band.maxAge(), "retirement age bands must not overlap");
                }
            }
            bands.add(new RetirementBand(band.minAge(), band.maxAge(), band.rate()));
            in.assumptions().add(new Assumption("plan.supply.retirement[" + band.minAge() + "-" + band.maxAge() + "]",
                    SectionReading.text(band.rate()), "probability per year", in.section().origin(at).source()));
        }
        return bands;
    }

    /** One rate for levels 1-5, or a map from level (1-5) to its rate; levels not in the map do not progress. */
    private static double[] progression(JsonNode node, SectionReading in) {
        double[] rate = new double[SkillLevel.SLOTS];
        String at = "/supply/progression_rate";
        if (node == null || node.isNull() || node.isNumber()) {
            double r = in.number(node == null || node.isNull() ? null : node.numberValue(), at, 0, 1, "a yearly share",
                    DEFAULT_PROGRESSION, "share per year",
                    "assumption: no public figure; share of level " + SkillLevel.MIN + "-" + (SkillLevel.MAX - 1)
                            + " households trained up a level each year");
            // the top level has no level above it to progress to
            for (int level = SkillLevel.MIN; level < SkillLevel.MAX; level++) {
                rate[level] = r;
            }
            return rate;
        }
        if (!node.isObject()) {
            in.error(at, node.asText(), "progression_rate must be a number or a map from level (" + SkillLevel.MIN + "-"
                    + (SkillLevel.MAX - 1) + ") to a share");
            return rate;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> entry = it.next();
            String key = at + "/" + entry.getKey();
            int level = LevelKeys.level(entry.getKey());
            if (!SkillLevel.isValid(level) || level == SkillLevel.MAX) {
                in.error(key, entry.getKey(), "progression levels are " + SkillLevel.MIN + "-" + (SkillLevel.MAX - 1)
                        + " (level " + SkillLevel.MAX + " is the top)");
            } else if (!entry.getValue().isNumber()) {
                in.error(key, entry.getValue().asText(), "wrong type: expected a plain decimal number (e.g. 0.05)");
            } else {
                rate[level] = in.number(entry.getValue().doubleValue(), key, 0, 1, "a yearly share", 0,
                        "share per year", "");
            }
        }
        return rate;
    }
}
