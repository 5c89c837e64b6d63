package uk.sufficiency.engine.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import uk.sufficiency.engine.region.PoolingRule;
import uk.sufficiency.engine.region.RegionPricing;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.region.PoolingRules;

/**
 * One simulation of a region (docs/methods/regional-pooling.md, "Simulation"): every member's own
 * market ({@link MarketSimulation}: its carers, children, entrants and external offers, from its own
 * generator) stepped month by month together, and each month one matching across the region under
 * the pooling rules ({@link MonthlyMatcher} with {@link RegionPricing} and {@link PoolingRule}: exact
 * where the month's flow is, the matching service otherwise). Then each member alone, from the same
 * seed, matched on its own homes only: the difference is what pooling changes.
 */
final class RegionMarketSimulation {

    /** What one simulation recorded, pooled and alone, for each member. */
    record Paths(MarketPath[] pooled, MarketPath[] alone, double[][][] pooledExtras, int exactMonths,
            int serviceMonths) {
    }

    private final RegionMarketModel model;
    private final int simulation;
    private final long[] seeds;

    /** @param seeds each member's seed for this simulation, in member order (the same pooled and alone) */
    RegionMarketSimulation(RegionMarketModel model, int simulation, long[] seeds) {
        this.model = model;
        this.simulation = simulation;
        this.seeds = seeds.clone();
    }

    Paths run() {
        int councils = model.councils();
        PoolingRules pooling = model.region().pooling();
        List<MarketSimulation> members = new ArrayList<>(councils);
        for (int c = 0; c < councils; c++) {
            members.add(new MarketSimulation(model.members().get(c), simulation, seeds[c], model.prefixes().get(c),
                    price(c, pooling)));
        }
        MonthlyMatcher matcher = new MonthlyMatcher(model.region().pooled(), new RegionPricing(model.region()),
                new PoolingRule(pooling), model.pooledOptions());
        int months = model.settings().months();
        double[][][] extras = new double[councils][RegionMeasure.values().length][months];
        int exact = 0;
        int service = 0;
        double[][] moves = new double[councils][months];
        for (int t = 0; t < months; t++) {
            List<List<SimChild>> waiting = new ArrayList<>(councils);
            List<SimChild> allWaiting = new ArrayList<>();
            List<SimHome> allHomes = new ArrayList<>();
            for (int c = 0; c < councils; c++) {
                MarketSimulation member = members.get(c);
                Set<SimChild> placed = placed(member);
                List<SimChild> own = member.open(t);
                moves[c][t] = own.stream().filter(placed::contains).count();
                waiting.add(own);
                allWaiting.addAll(own);
                allHomes.addAll(member.homes());
            }
            LocalDate monthEnd = members.get(0).monthEnd(t);
            MonthlyMatcher.Path path = matcher.match(allHomes, allWaiting, monthEnd);
            exact += path == MonthlyMatcher.Path.EXACT_FLOW ? 1 : 0;
            service += path == MonthlyMatcher.Path.MATCHING_SERVICE ? 1 : 0;
            for (int c = 0; c < councils; c++) {
                // the region's matching is counted once, in the region's total, not in each member
                members.get(c).close(t, waiting.get(c), MonthlyMatcher.Path.NONE);
                recordExtras(c, members.get(c), t, monthEnd, pooling, extras[c]);
            }
        }
        MarketPath[] pooled = new MarketPath[councils];
        MarketPath[] alone = new MarketPath[councils];
        for (int c = 0; c < councils; c++) {
            pooled[c] = members.get(c).path();
            // a carer leaving moves the children living there, whichever council's: count each child's
            // move in its own council (placed last month, still in care, waiting now), not the carer's
            System.arraycopy(moves[c], 0, pooled[c].values()[MarketMeasure.PLACEMENT_MOVES.ordinal()], 0, months);
            alone[c] = new MarketSimulation(model.members().get(c), simulation, seeds[c], model.prefixes().get(c), null)
                    .run();
        }
        return new Paths(pooled, alone, extras, exact, service);
    }

    /** The member's children living in a placement now. */
    private static Set<SimChild> placed(MarketSimulation member) {
        Set<SimChild> placed = Collections.newSetFromMap(new IdentityHashMap<>());
        for (SimChild child : member.children()) {
            if (!child.waiting()) {
                placed.add(child);
            }
        }
        return placed;
    }

    /**
     * Member c's price of a child in a placement: the host's own (its stated cost, else the host's
     * price list at the month's prices), with the pooling charge when the host is another council.
     */
    private MonthRecorder.Price price(int c, PoolingRules pooling) {
        return (child, at, monthEnd) -> {
            int host = model.memberOf(at.placementId());
            double own = MonthRecorder.weeklyGbp(model.members().get(host), child, at, monthEnd);
            return host == c ? own : pooling.chargedWeeklyGbp(own);
        };
    }

    /** Member c's children in another council's placement at the month end, and the charges paid for them. */
    private void recordExtras(int c, MarketSimulation member, int t, LocalDate monthEnd, PoolingRules pooling,
            double[][] extras) {
        for (SimChild child : member.children()) {
            if (child.waiting()) {
                continue;
            }
            Placement at = child.home.placement;
            int host = model.memberOf(at.placementId());
            if (host == c) {
                continue;
            }
            double own = MonthRecorder.weeklyGbp(model.members().get(host), child, at, monthEnd);
            extras[RegionMeasure.PLACED_IN_OTHER_COUNCIL.ordinal()][t]++;
            extras[RegionMeasure.CHARGES_WEEKLY.ordinal()][t] += pooling.chargedWeeklyGbp(own) - own;
        }
    }
}
