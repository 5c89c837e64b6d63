package uk.sufficiency.engine.matching.domain;

import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.Need;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.placement.Specialism;

/**
 * The static rules a placement must meet to take a request, whoever else lives there. They filter
 * each request's value range, and the constraint provider re-checks them as hard constraints (for
 * imported or pinned data). Each rule can say in plain words why it rules a placement out.
 */
public enum EligibilityRule {

    /** The placement's kind (foster, residential, supported) is the one the assessment recommends. */
    KIND("placement type does not suit the recommended kind") {
        @Override
        public boolean admits(PlacementRequest request, Placement placement) {
            if (placement.hasSpecialism(Specialism.RESPITE)) {
                return false;
            }
            for (Child child : request.getChildren()) {
                if (child.recommended() != placement.type().kind()) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String whyNot(PlacementRequest request, Placement placement) {
            if (placement.hasSpecialism(Specialism.RESPITE)) {
                return "offers short breaks (respite) only";
            }
            java.util.Set<String> kinds = new java.util.TreeSet<>();
            // Only the kinds this placement is not: in a mixed group, the placement suits some children.
            request.getChildren().stream().filter(c -> c.recommended() != placement.type().kind())
                    .forEach(c -> kinds.add(c.recommended().word()));
            return "is " + placement.type().kind().word() + ", not the recommended " + String.join(" and ", kinds);
        }
    },

    SKILL("carer skill level below the level needed") {
        @Override
        public boolean admits(PlacementRequest request, Placement placement) {
            return placement.effectiveSkillLevel() >= request.getRequiredLevel();
        }

        @Override
        public String whyNot(PlacementRequest request, Placement placement) {
            return "skill level " + placement.effectiveSkillLevel() + " is below the level "
                    + request.getRequiredLevel() + " needed";
        }
    },

    AGE("child's age outside the approval range") {
        @Override
        public boolean admits(PlacementRequest request, Placement placement) {
            for (int age : request.agesYears()) {
                if (!placement.admitsAge(age)) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String whyNot(PlacementRequest request, Placement placement) {
            java.util.List<String> outside = new java.util.ArrayList<>();
            for (int age : request.agesYears()) {
                if (!placement.admitsAge(age)) {
                    outside.add(Integer.toString(age));
                }
            }
            return "approved for ages " + (placement.minAge() == null ? "0" : placement.minAge()) + "-"
                    + (placement.maxAge() == null ? "any" : placement.maxAge()) + ", not "
                    + (outside.size() == 1 ? "age " : "ages ") + inWords(outside);
        }
    },

    SEX("child's sex outside the approval") {
        @Override
        public boolean admits(PlacementRequest request, Placement placement) {
            for (Child child : request.getChildren()) {
                if (!placement.sex().admits(child.sex())) {
                    return false;
                }
            }
            return true;
        }

        @Override
        public String whyNot(PlacementRequest request, Placement placement) {
            return "approved for " + placement.sex().word() + " children only";
        }
    },

    SPECIALIST("specialist need not met") {
        @Override
        public boolean admits(PlacementRequest request, Placement placement) {
            boolean parentAndChild = false;
            for (Child child : request.getChildren()) {
                for (Need need : child.needs()) {
                    if (need == Need.PARENT_AND_CHILD) {
                        parentAndChild = true;
                    }
                    if (need.needsSpecialistPlacement() && !meets(placement, need)) {
                        return false;
                    }
                }
            }
            // A parent-and-child placement is kept for young parents with their baby.
            return parentAndChild || placement.type() != PlacementType.PARENT_AND_CHILD;
        }

        @Override
        public String whyNot(PlacementRequest request, Placement placement) {
            for (Child child : request.getChildren()) {
                for (Need need : child.needs()) {
                    if (need.needsSpecialistPlacement() && !meets(placement, need)) {
                        return "is not approved for " + need.word().replace('_', ' ');
                    }
                }
            }
            return "is kept for a parent with their child";
        }

        private boolean meets(Placement placement, Need need) {
            return placement.hasSpecialism(Specialism.meeting(need))
                    || (need == Need.PARENT_AND_CHILD && placement.type() == PlacementType.PARENT_AND_CHILD);
        }
    },

    CONNECTED("connected carer approved for another child") {
        @Override
        public boolean admits(PlacementRequest request, Placement placement) {
            if (placement.type() != PlacementType.CONNECTED) {
                return true;
            }
            for (Child child : request.getChildren()) {
                if (child.childId().equals(placement.linkedChildId())) {
                    return true;
                }
            }
            return false;
        }

        @Override
        public String whyNot(PlacementRequest request, Placement placement) {
            return "is a connected carer approved for another child";
        }
    },

    ROOM("fewer places than children in the group") {
        @Override
        public boolean admits(PlacementRequest request, Placement placement) {
            return placement.places() >= request.getSize();
        }

        @Override
        public String whyNot(PlacementRequest request, Placement placement) {
            return "has " + placement.places() + " place(s), the group is " + request.getSize();
        }
    };

    private final String summary;

    EligibilityRule(String summary) {
        this.summary = summary;
    }

    /** The rule in a few words, for constraint names and reports. */
    public String summary() {
        return summary;
    }

    public abstract boolean admits(PlacementRequest request, Placement placement);

    /** Why this rule rules the placement out, in plain words ("skill level 3 is below ..."). */
    public abstract String whyNot(PlacementRequest request, Placement placement);

    /** True when every rule admits the placement. */
    public static boolean allAdmit(PlacementRequest request, Placement placement) {
        for (EligibilityRule rule : values()) {
            if (!rule.admits(request, placement)) {
                return false;
            }
        }
        return true;
    }

    /** "a", "a and b", "a, b and c". */
    public static String inWords(java.util.List<String> items) {
        if (items.size() <= 1) {
            return items.isEmpty() ? "" : items.get(0);
        }
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.get(items.size() - 1);
    }
}
