package uk.sufficiency.engine.market;

import java.util.ArrayList;
import java.util.List;
import org.apache.commons.math3.distribution.PoissonDistribution;
import org.apache.commons.math3.random.RandomGenerator;
import uk.sufficiency.model.placement.ContractKind;
import uk.sufficiency.model.placement.Placement;

/**
 * The external market's vacancies: each month a Poisson number of vacant bought placements (agency
 * foster carers, external residential and supported places), each a copy of one of the scenario's
 * external placements (type, skill level, ages, specialisms, location, price). A vacancy no child
 * takes by the month end goes to another buyer; a bought place goes back to the market when its
 * child leaves. Block-contracted places are the exception: the authority keeps them.
 */
final class ExternalOffers {

    private final List<Placement> templates;
    private final double perMonth;
    private final RandomGenerator rng;
    /** Prefix of the vacancies' ids ("" alone, the member's in a region). */
    private final String idPrefix;
    private int offered;

    ExternalOffers(List<Placement> templates, double perMonth, RandomGenerator rng, String idPrefix) {
        this.idPrefix = idPrefix;
        this.templates = List.copyOf(templates);
        this.perMonth = perMonth;
        this.rng = rng;
    }

    /** This month's vacancies, as new homes. */
    List<SimHome> offer() {
        int n = perMonth > 0 && !templates.isEmpty() ? new PoissonDistribution(rng, perMonth,
                PoissonDistribution.DEFAULT_EPSILON, PoissonDistribution.DEFAULT_MAX_ITERATIONS).sample() : 0;
        List<SimHome> homes = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            Placement t = templates.get(rng.nextInt(templates.size()));
            offered++;
            // a vacancy is bought spot or on a framework, never a new block contract
            ContractKind contract = t.contract() == ContractKind.BLOCK ? ContractKind.FRAMEWORK : t.contract();
            homes.add(new SimHome(new Placement(idPrefix + "X" + offered, t.type(), t.skillLevel(), t.places(), t.minAge(),
                    t.maxAge(), t.sex(), t.specialisms(), t.location(), t.statedWeeklyCostGbp(), t.supplier(), contract,
                    null, t.carerAge()), 0));
        }
        return homes;
    }
}
