package uk.sufficiency.engine.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.model.child.SkillLevel;
import uk.sufficiency.model.region.RegionMember;

/** Gathers a region's simulations member by member and for the region, pooled and alone. */
final class RegionGather {

    private RegionGather() {
    }

    static RegionMarketResult of(RegionMarketModel model, long seed, RegionMarketSimulation.Paths[] paths) {
        int simulations = paths.length;
        int councils = model.councils();
        List<LocalDate> monthEnds = RegionMarketCapability.monthEnds(model.members().get(0));
        List<RegionMarketResult.Council> members = new ArrayList<>();
        MarketPath[] regionPooled = new MarketPath[simulations];
        MarketPath[] regionAlone = new MarketPath[simulations];
        double[][][] regionExtras = new double[simulations][][];
        long exact = 0;
        long service = 0;
        for (int i = 0; i < simulations; i++) {
            RegionMarketSimulation.Paths p = paths[i];
            int aloneExact = 0;
            int aloneService = 0;
            for (MarketPath alone : p.alone()) {
                aloneExact += alone.exactMonths();
                aloneService += alone.serviceMonths();
            }
            regionPooled[i] = RegionTotals.sum(p.pooled(), p.exactMonths(), p.serviceMonths());
            regionAlone[i] = RegionTotals.sum(p.alone(), aloneExact, aloneService);
            regionExtras[i] = RegionTotals.sum(p.pooledExtras());
            exact += p.exactMonths();
            service += p.serviceMonths();
        }
        double[] recruits = new double[SkillLevel.SLOTS];
        for (int c = 0; c < councils; c++) {
            MarketModel member = model.members().get(c);
            MarketPath[] pooled = new MarketPath[simulations];
            MarketPath[] alone = new MarketPath[simulations];
            double[][][] extras = new double[simulations][][];
            for (int i = 0; i < simulations; i++) {
                pooled[i] = paths[i].pooled()[c];
                alone[i] = paths[i].alone()[c];
                extras[i] = paths[i].pooledExtras()[c];
            }
            double[] own = member.recruitsPerYear();
            for (int level = SkillLevel.MIN; level <= SkillLevel.MAX; level++) {
                recruits[level] += own[level];
            }
            RegionMember m = model.region().members().get(c);
            members.add(new RegionMarketResult.Council(m.id(), m.name(),
                    MarketSimulator.gather(member.settings(), seed, monthEnds, pooled, own),
                    MarketSimulator.gather(member.settings(), seed, monthEnds, alone, own), bySimulation(extras)));
        }
        RegionMarketResult.Council region = new RegionMarketResult.Council(RegionMarketResult.REGION,
                model.region().name(), MarketSimulator.gather(model.settings(), seed, monthEnds, regionPooled, recruits),
                MarketSimulator.gather(model.settings(), seed, monthEnds, regionAlone, recruits),
                bySimulation(regionExtras));
        return new RegionMarketResult(model.settings(), seed, model.region().pooling(), members, region, exact, service);
    }

    /** {@code [simulation][measure][month]} as {@code [measure][month][simulation]}. */
    private static double[][][] bySimulation(double[][][] bySim) {
        int measures = bySim[0].length;
        int months = bySim[0][0].length;
        double[][][] out = new double[measures][months][bySim.length];
        for (int i = 0; i < bySim.length; i++) {
            for (int m = 0; m < measures; m++) {
                for (int t = 0; t < months; t++) {
                    out[m][t][i] = bySim[i][m][t];
                }
            }
        }
        return out;
    }
}
