package uk.sufficiency.model.scenario;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.child.LivingWith;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * Rules that span rows and tables: references that must point somewhere, occupancy within
 * capacity, dates consistent with the scenario's as-of date, and warnings for cases that are valid
 * but will be hard to place.
 */
final class ScenarioChecks {

    private ScenarioChecks() {
    }

    static void check(Scenario scenario, Map<String, Located<Child>> children,
            Map<String, Located<Placement>> placements, ProblemCollector problems) {
        Map<String, Integer> occupancy = new HashMap<>();
        Map<String, Integer> siblingGroupSizes = new TreeMap<>();
        Map<String, Located<Child>> siblingGroupFirst = new HashMap<>();
        for (Located<Child> located : children.values()) {
            Child child = located.value();
            if (scenario.asOfDate() != null && child.birthDate().isAfter(scenario.asOfDate())) {
                problems.error(located.file(), located.line(), "birth_date", child.birthDate().toString(),
                        "birth_date is after the scenario's as_of date " + scenario.asOfDate());
            } else if (scenario.asOfDate() != null && child.ageYears(scenario.asOfDate()) > 25) {
                problems.error(located.file(), located.line(), "birth_date", child.birthDate().toString(),
                        "child would be over 25 at the as_of date; children's services support ages 0-25");
            }
            String current = child.currentPlacementId();
            if (current != null) {
                Located<Placement> placement = placements.get(current);
                if (placement == null) {
                    problems.error(located.file(), located.line(), "current_placement_id", current,
                            "current_placement_id names no placement in placements.csv");
                } else {
                    int count = occupancy.merge(current, 1, Integer::sum);
                    if (count == placement.value().places() + 1) {
                        problems.error(located.file(), located.line(), "current_placement_id", current,
                                "placement " + current + " (" + placement.file().getFileName() + " line " + placement.line()
                                        + ") has " + placement.value().places()
                                        + " place(s) but more children than that live there");
                    }
                }
            } else if (child.status() != ChildStatus.WAITING) {
                problems.error(located.file(), located.line(), "current_placement_id", null,
                        "a " + child.status().word() + " child must have a current_placement_id");
            }
            if (child.siblingGroup() != null) {
                siblingGroupSizes.merge(child.siblingGroup(), 1, Integer::sum);
                Located<Child> first = siblingGroupFirst.putIfAbsent(child.siblingGroup(), located);
                checkGroupAgrees(located, first, problems);
            }
        }
        int largestPlacement = placements.values().stream().mapToInt(p -> p.value().places()).max().orElse(0);
        siblingGroupSizes.forEach((group, size) -> {
            Located<Child> first = siblingGroupFirst.get(group);
            if (size == 1) {
                problems.warning(first.file(), first.line(), "sibling_group", group,
                        "sibling group has only one child");
            } else if (size > largestPlacement) {
                problems.warning(first.file(), first.line(), "sibling_group", group, "sibling group of " + size
                        + " is larger than any placement (" + largestPlacement + " places at most): it cannot be placed together");
            }
        });
        for (Located<Placement> located : placements.values()) {
            Placement placement = located.value();
            String linked = placement.linkedChildId();
            if (linked != null && !children.containsKey(linked)) {
                problems.error(located.file(), located.line(), "linked_child_id", linked,
                        "linked_child_id names no child in children.csv");
            }
            if (placement.type() == PlacementType.CONNECTED && linked == null) {
                problems.warning(located.file(), located.line(), "linked_child_id", null,
                        "connected carer is not linked to a child, so no child can be matched to it");
            }
            if (placement.skillLevel() == null && placement.type().usesFeeTables()
                    && placement.statedWeeklyCostGbp() == null) {
                problems.error(located.file(), located.line(), "skill_level", null,
                        "skill_level or weekly_cost is needed to cost this in-house placement");
            }
        }
        checkNoUnusedLevels(scenario, problems);
    }

    /**
     * Siblings are placed together in one placement, so attributes that contradict that are warned
     * about for waiting children (a placed group stays where it lives): members recommended different kinds of placement can never be placed (no placement is of
     * two kinds), and a member marked solo is solo only towards children outside the group.
     */
    private static void checkGroupAgrees(Located<Child> located, Located<Child> first, ProblemCollector problems) {
        Child child = located.value();
        boolean waiting = child.status() == ChildStatus.WAITING;
        if (first != null && first.value().recommended() != child.recommended() && waiting) {
            problems.warning(located.file(), located.line(), "recommended", child.recommended().word(),
                    "sibling group " + child.siblingGroup() + " must be placed together, but " + first.value().childId()
                            + " (line " + first.line() + ") is recommended " + first.value().recommended().word()
                            + " and " + child.childId() + " " + child.recommended().word()
                            + ": no placement suits both, so the group cannot be placed");
        }
        if (child.livingWith() == LivingWith.SOLO && waiting) {
            problems.warning(located.file(), located.line(), "living_with", "solo", child.childId()
                    + " is to live alone but is in sibling group " + child.siblingGroup()
                    + ", which is placed together: solo then applies only to children outside the group");
        }
    }

    private static void checkNoUnusedLevels(Scenario scenario, ProblemCollector problems) {
        List<Integer> missing = new java.util.ArrayList<>();
        for (int level : SkillLevel.all()) {
            if (!scenario.fees().skillFeeGbpPerWeek().containsKey(level)) {
                missing.add(level);
            }
        }
        if (!missing.isEmpty()) {
            problems.error(null, 0, "fees.skill_fee_gbp_per_week", null, "no skill fee for level(s) " + missing);
        }
    }
}
