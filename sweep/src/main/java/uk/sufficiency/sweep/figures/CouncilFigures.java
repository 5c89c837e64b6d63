package uk.sufficiency.sweep.figures;

import java.io.Serializable;
import java.util.List;

/**
 * One English council's public figures, as the sweep ships them to a task (small and serializable:
 * a task never reads the shared data folder, so it runs the same on any cluster node).
 *
 * @param code                 the council's ONS code in the DfE 2019 file ({@code E06000016})
 * @param name                 its name as DfE publishes it
 * @param firstYear            year ending 31 March of {@code childrenAt31March.get(0)} (2015)
 * @param childrenAt31March    children looked after at 31 March, one per year from {@code firstYear}
 * @param childrenDuringYear   children looked after at any time in the year ending 31 March, same years
 * @param ageBandChildren      children at the last 31 March aged under 1, 1-4, 5-9, 10-15, 16-17
 * @param maleShare            share of boys at the last 31 March
 * @param placementChildren    children at the last 31 March in foster care, residential care (secure units,
 *                             children's homes, residential schools), other community placements
 *                             (independent and semi-independent living), and other placements
 *                             (placed with parents, for adoption, elsewhere)
 * @param ofstedArea           the council's column in Ofsted's fostering table when the planner can calibrate
 *                             its carer supply from it (no needed cell suppressed), else null
 * @param fosterHouseholds     approved fostering households at 31 March 2019 (Ofsted), or -1 when unknown
 * @param fosteredInHouse      children placed with the council's own foster carers (Ofsted), or -1
 * @param ehcpFirstYear        January census year of {@code ehcpPlans.get(0)}
 * @param ehcpPlans            EHC plans (and statements) at each January census, or empty when unknown
 */
public record CouncilFigures(
        String code,
        String name,
        int firstYear,
        List<Integer> childrenAt31March,
        List<Integer> childrenDuringYear,
        List<Integer> ageBandChildren,
        double maleShare,
        List<Integer> placementChildren,
        String ofstedArea,
        int fosterHouseholds,
        int fosteredInHouse,
        int ehcpFirstYear,
        List<Long> ehcpPlans) implements Serializable {

    private static final long serialVersionUID = 1L;

    /** Placement groups of {@link #placementChildren}, in order. */
    public static final List<String> PLACEMENT_GROUPS = List.of("foster", "residential", "community", "other");

    public CouncilFigures {
        childrenAt31March = List.copyOf(childrenAt31March);
        childrenDuringYear = List.copyOf(childrenDuringYear);
        ageBandChildren = List.copyOf(ageBandChildren);
        placementChildren = List.copyOf(placementChildren);
        ehcpPlans = List.copyOf(ehcpPlans);
        if (childrenAt31March.size() != childrenDuringYear.size() || childrenAt31March.size() < 2) {
            throw new IllegalArgumentException(code + ": needs the same two or more years of stocks and of children during the year");
        }
        if (ageBandChildren.size() != 5 || placementChildren.size() != PLACEMENT_GROUPS.size()) {
            throw new IllegalArgumentException(code + ": needs 5 age bands and " + PLACEMENT_GROUPS.size() + " placement groups");
        }
    }

    /** The year ending 31 March of the last figures (2019). */
    public int lastYear() {
        return firstYear + childrenAt31March.size() - 1;
    }

    /** Children looked after at the last 31 March. */
    public int childrenNow() {
        return childrenAt31March.get(childrenAt31March.size() - 1);
    }

    /** A short id safe in file names and seeds: the ONS code. */
    public String id() {
        return code;
    }
}
