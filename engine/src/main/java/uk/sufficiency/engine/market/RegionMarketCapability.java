package uk.sufficiency.engine.market;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.SplittableRandom;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import uk.sufficiency.engine.matching.solver.MatchingOptions;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.planning.supply.RecruitmentYield;
import uk.sufficiency.engine.projection.lac.LacFit;
import uk.sufficiency.engine.projection.lac.LacProjectionInputs;
import uk.sufficiency.model.region.Region;
import uk.sufficiency.model.region.RegionMember;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.settings.Assumption;
import uk.sufficiency.model.settings.ConfigSection;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * The placement market across a region, month by month: every member's own market (children,
 * carers, external offers, prices) stepped together with one matching a month across the region
 * under its pooling rules, and each member alone from the same seeds (decision 0093,
 * docs/methods/regional-pooling.md "Simulation"). Called alike by {@code simulate REGION_DIR} and by
 * {@code run}'s region simulation step.
 */
public final class RegionMarketCapability {

    private final MarketCapability market = new MarketCapability();

    public String id() {
        return "region-simulation";
    }

    /** The members without the looked-after children model the simulation takes their entries, leavers and moves from. */
    public List<String> unconfigured(Region region) {
        return region.members().stream().filter(m -> !market.configured(m.scenario())).map(RegionMember::id).toList();
    }

    /**
     * The region's settings from region.yaml's {@code simulation:} section (carried by the pooled
     * scenario) and each member's inputs, or null after adding every problem (each naming its file).
     */
    public RegionMarketInputs settings(Region region, Scenario pooled, ProblemCollector problems) {
        ConfigSection section = pooled.settings(MarketSettingsReader.SECTION);
        SimulationSection written = section.bind(SimulationSection.class, problems);
        if (written != null && written.externalOffersPerMonth() != null) {
            section.error(problems, "/external_offers_per_month", written.externalOffersPerMonth().toString(),
                    "each council's external market is its own: set external_offers_per_month in the member's"
                            + " scenario.yaml, not in region.yaml");
        }
        if (written != null && written.outOfCountyKm() != null) {
            section.error(problems, "/out_of_county_km", written.outOfCountyKm().toString(), "out of county is each"
                    + " council's own measure: set out_of_county_km in the member's scenario.yaml, not in region.yaml");
        }
        MarketSettings settings = MarketSettingsReader.read(pooled, problems);
        List<MarketInputs> members = new ArrayList<>();
        for (RegionMember member : region.members()) {
            members.add(market.settings(member.scenario(), problems));
        }
        if (settings == null || problems.hasErrors()) {
            return null;
        }
        // the region's own market has no external offers of its own: those rows belong to the members
        List<Assumption> kept = settings.assumptions().stream().filter(a -> !a.parameter().contains("external_offers")
                && !a.parameter().contains("out_of_county")).toList();
        return new RegionMarketInputs(region, new MarketSettings(settings.months(), settings.simulations(),
                settings.sectionSeed(), 0, settings.outOfCountyKm(), settings.matcherSteps(), kept), members);
    }

    public RegionMarketResult run(RegionMarketInputs inputs, PipelineContext context) {
        long seed = context.seed(inputs.settings().sectionSeed());
        MarketSettings used = MarketCapability.forRun(inputs.settings(), seed, context);
        int simulations = used.simulations();
        RegionMarketModel model = model(inputs, used, seed);
        context.progress().note("region market simulation: " + simulations + " simulations of " + used.months()
                + " months, " + model.councils() + " councils pooled and alone");
        return simulate(model, seed, context);
    }

    private static RegionMarketModel model(RegionMarketInputs inputs, MarketSettings used, long seed) {
        Region region = inputs.region();
        List<MarketModel> members = new ArrayList<>();
        List<String> prefixes = new ArrayList<>();
        for (int c = 0; c < region.members().size(); c++) {
            RegionMember member = region.members().get(c);
            MarketInputs in = inputs.members().get(c);
            PlanSettings plan = in.plan();
            MarketSettings own = in.settings().forRun(used.months(), used.simulations(), List.of());
            RecruitmentYield yield = RecruitmentYield.draw(used.simulations(),
                    plan.supplySettings().recruitmentYieldSd(), memberSeed(seed, c));
            LacProjectionInputs lac = in.lac();
            LacFlows flows = LacFlows.of(LacFit.at(lac.config(), lac.history(), lac.population(),
                    lac.timeFrame().windowEnd()), lac.config());
            members.add(MarketModel.of(withRegionIds(region, member), flows, plan.supply(),
                    MarketCapability.planRecruits(plan), yield, own, memberSeed(seed, c)));
            prefixes.add(member.regionId(""));
        }
        return new RegionMarketModel(region, members, prefixes, used, MatchingOptions.steps(seed, used.matcherSteps()));
    }

    /** The member's own scenario (its settings, fees, prices) with its children and placements under region ids. */
    private static Scenario withRegionIds(Region region, RegionMember member) {
        Scenario alone = region.alone(member);
        return member.scenario().withChildren(alone.children()).withPlacements(alone.placements());
    }

    /** Member c's own seed for its recruitment yield and service months: one stream per member. */
    private static long memberSeed(long seed, int c) {
        return new SplittableRandom(seed).split().nextLong() + 0x9E3779B97F4A7C15L * (c + 1);
    }

    /**
     * Every simulation (in parallel; member c of simulation i seeded with the (i x members + c)-th
     * number of a SplittableRandom from the run's seed, pooled and alone alike), gathered by member
     * and for the region.
     */
    private static RegionMarketResult simulate(RegionMarketModel model, long seed, PipelineContext context) {
        int simulations = model.settings().simulations();
        int councils = model.councils();
        SplittableRandom master = new SplittableRandom(seed);
        long[][] seeds = new long[simulations][councils];
        for (long[] row : seeds) {
            for (int c = 0; c < councils; c++) {
                row[c] = master.nextLong();
            }
        }
        RegionMarketSimulation.Paths[] paths = new RegionMarketSimulation.Paths[simulations];
        AtomicInteger done = new AtomicInteger();
        int every = Math.max(1, simulations / 4);
        IntStream.range(0, simulations).parallel().forEach(i -> {
            paths[i] = new RegionMarketSimulation(model, i, seeds[i]).run();
            int n = done.incrementAndGet();
            if (n % every == 0 && n < simulations) {
                context.progress().note("region market simulation: " + n + " of " + simulations + " simulations");
            }
        });
        return RegionGather.of(model, seed, paths);
    }

    /** The month ends of a model. */
    static List<LocalDate> monthEnds(MarketModel model) {
        return model.months().stream().map(YearMonth::atEndOfMonth).toList();
    }
}
