package uk.sufficiency.engine.planning.settings;

import uk.sufficiency.model.child.SkillLevel;
import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.sufficiency.engine.planning.supply.CarerHousehold;
import uk.sufficiency.model.settings.Assumption;

/**
 * The recruitment the plan tests: the baseline spread over skill levels, the extra households of
 * {@code plan.recruit} (text {@code "L3=+12/yr,L4=+6/yr"} or a map level: households), or a goal
 * ({@code plan.goal}) to goal-seek with the probability {@code plan.goal_probability}.
 *
 * @param baselinePerYear index 1-6: households recruited each year without the plan
 * @param extraPerYear    index 1-6: households recruited each year on top, in the plan
 * @param goal            the goal to seek, or null
 * @param goalProbability the probability with which the goal must be met
 */
public record RecruitmentSettings(double[] baselinePerYear, double[] extraPerYear, PlanGoal goal,
        double goalProbability) {

    /** Leicestershire's carer skill-level mix 5/18/43/24/7/2% (004 L438-439). */
    static final double[] DOMAIN_LEVEL_MIX = {0, 0.05, 0.18, 0.43, 0.24, 0.07, 0.02};
    /** Goal-seek meets the goal in 4 simulations of 5 unless told otherwise. */
    static final double DEFAULT_GOAL_PROBABILITY = 0.8;

    public RecruitmentSettings {
        baselinePerYear = baselinePerYear.clone();
        extraPerYear = extraPerYear.clone();
    }

    static RecruitmentSettings read(PlanSection plan, SupplySettings supply, List<CarerHousehold> households,
            LocalDate asOf, int years, SectionReading in) {
        double[] baseline = baselineByLevel(households, supply.baselineRecruitsPerYear(), in);
        double[] extra = extra(plan.recruit(), in);
        PlanGoal goal = goal(plan.goal(), asOf, years, in);
        double probability = in.number(plan.goalProbability(), "/goal_probability", 0.5, 0.99,
                "a probability", DEFAULT_GOAL_PROBABILITY, "probability",
                "default: goal-seek meets the goal in at least 80% of demand simulations");
        double extraTotal = java.util.Arrays.stream(extra).sum();
        if (goal != null && extraTotal > 0) {
            in.section().warning(in.problems(), "/recruit", null, "plan.recruit is not used when plan.goal is set:"
                    + " goal-seek finds the least recruitment from none");
        } else if (supply.baselineRecruitsPerYear() + extraTotal > supply.recruitCapPerYear() + 1e-9) {
            in.error("/recruit", SectionReading.text(extraTotal), "baseline "
                    + SectionReading.text(supply.baselineRecruitsPerYear()) + " plus extra "
                    + SectionReading.text(extraTotal) + " households a year exceeds the recruitment cap of "
                    + supply.recruitCapPerYear() + " a year (plan.supply.recruit_cap_per_year)");
        }
        return new RecruitmentSettings(baseline, goal == null ? extra : new double[SkillLevel.SLOTS], goal, probability);
    }

    @Override
    public double[] baselinePerYear() {
        return baselinePerYear.clone();
    }

    @Override
    public double[] extraPerYear() {
        return extraPerYear.clone();
    }

    private static double[] baselineByLevel(List<CarerHousehold> households, double total, SectionReading in) {
        double[] mix = new double[SkillLevel.SLOTS];
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
        double[] perLevel = new double[SkillLevel.SLOTS];
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            perLevel[level] = total * mix[level];
            in.derived("baseline_recruits_per_year.L" + level, perLevel[level], "households per year",
                    "plan.supply.baseline_recruits_per_year spread by " + source);
        }
        return perLevel;
    }

    private static double[] extra(JsonNode node, SectionReading in) {
        double[] extra = new double[SkillLevel.SLOTS];
        String source = node == null || node.isNull() ? "none given (plan.recruit or --recruit)"
                : in.section().origin("/recruit").source();
        if (node == null || node.isNull()) {
            recordExtra(extra, source, in);
            return extra;
        }
        if (node.isTextual()) {
            try {
                RecruitmentSpec.parse(node.asText()).forEach((level, n) -> extra[level] += n);
            } catch (IllegalArgumentException e) {
                in.error("/recruit", node.asText(), e.getMessage());
            }
        } else if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> entry = it.next();
                String at = "/recruit/" + entry.getKey();
                int level = LevelKeys.level(entry.getKey());
                if (!SkillLevel.isValid(level)) {
                    in.error(at, entry.getKey(), "recruitment levels are " + SkillLevel.MIN + "-" + SkillLevel.MAX);
                } else if (!entry.getValue().isNumber()) {
                    in.error(at, entry.getValue().asText(), "wrong type: expected a number of households a year");
                } else {
                    in.section().checkRange(in.problems(), at, entry.getValue().doubleValue(), 0, 10_000,
                            "households a year");
                    extra[level] = entry.getValue().doubleValue();
                }
            }
        } else {
            in.error("/recruit", node.toString(), "recruit must be like 'L3=+12/yr,L4=+6/yr' or a map level: households");
        }
        recordExtra(extra, source, in);
        return extra;
    }

    private static void recordExtra(double[] extra, String source, SectionReading in) {
        for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
            in.derived("extra_recruits_per_year.L" + level, extra[level], "households per year", source);
        }
    }

    private static PlanGoal goal(String text, LocalDate asOf, int years, SectionReading in) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            PlanGoal goal = PlanGoal.parse(text);
            int first = asOf.plusYears(1).getYear();
            int last = asOf.plusYears(years).getYear();
            if (goal.year() < first || goal.year() > last) {
                in.error("/goal", text, "the goal's year must be a plan year, " + first + " to " + last
                        + " (plan years end on " + asOf.getDayOfMonth() + " "
                        + asOf.getMonth().toString().toLowerCase(Locale.ROOT) + ")");
            }
            in.assumptions().add(new Assumption("plan.goal", goal.toString(), "", in.section().origin("/goal").source()));
            return goal;
        } catch (IllegalArgumentException e) {
            in.error("/goal", text, e.getMessage());
            return null;
        }
    }
}
