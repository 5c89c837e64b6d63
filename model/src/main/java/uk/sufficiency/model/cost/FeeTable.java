package uk.sufficiency.model.cost;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The authority's payments to its own carers, per child per week: a skill fee by carer level plus
 * an allowance by the child's age.
 *
 * @param skillFeeGbpPerWeek fee by skill level 1-6
 * @param ageAllowances      allowance bands by the child's age; bands must not overlap
 */
public record FeeTable(Map<Integer, Double> skillFeeGbpPerWeek, List<AgeAllowance> ageAllowances) {

    /** Weekly allowance for children aged {@code minAge} to {@code maxAge} years inclusive. */
    public record AgeAllowance(int minAge, int maxAge, double weeklyGbp) {
    }

    public FeeTable {
        skillFeeGbpPerWeek = Map.copyOf(new TreeMap<>(skillFeeGbpPerWeek));
        ageAllowances = List.copyOf(ageAllowances);
    }

    /**
     * Published example defaults (Barnsley 2016/17, six levels; DOMAIN.md section 2): fee L1 £50,
     * L2 £100, L3 £150, L4 £250, L5 £360, L6 £360; allowance babies (0) £123, 1-4 £126, 5-10 £139,
     * 11-15 £159, 16+ £185.
     */
    public static FeeTable defaults() {
        return new FeeTable(
                Map.of(1, 50.0, 2, 100.0, 3, 150.0, 4, 250.0, 5, 360.0, 6, 360.0),
                List.of(new AgeAllowance(0, 0, 123.0), new AgeAllowance(1, 4, 126.0),
                        new AgeAllowance(5, 10, 139.0), new AgeAllowance(11, 15, 159.0),
                        new AgeAllowance(16, 25, 185.0)));
    }

    public double skillFeeGbp(int level) {
        Double fee = skillFeeGbpPerWeek.get(level);
        if (fee == null) {
            throw new IllegalArgumentException("no skill fee for level " + level);
        }
        return fee;
    }

    public double allowanceGbp(int ageYears) {
        for (AgeAllowance band : ageAllowances) {
            if (ageYears >= band.minAge() && ageYears <= band.maxAge()) {
                return band.weeklyGbp();
            }
        }
        throw new IllegalArgumentException("no age allowance for age " + ageYears);
    }
}
