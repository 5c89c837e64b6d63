package uk.sufficiency.cli.region;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import uk.sufficiency.cli.report.ChartSpec;
import uk.sufficiency.cli.run.MatchStep;
import uk.sufficiency.cli.run.RunContext;
import uk.sufficiency.cli.run.RunStep;
import uk.sufficiency.cli.run.StepResult;
import uk.sufficiency.engine.matching.MatchingCapability;
import uk.sufficiency.engine.matching.MatchingSettings;
import uk.sufficiency.engine.pipeline.PipelineContext;
import uk.sufficiency.engine.region.CouncilOutcome;
import uk.sufficiency.engine.region.RegionMatching;
import uk.sufficiency.engine.region.RegionResult;
import uk.sufficiency.engine.region.RegionTables;
import uk.sufficiency.model.region.Region;
import uk.sufficiency.model.scenario.Scenario;
import uk.sufficiency.model.table.Table;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * {@code run} on a region: matches the councils' children pooled under the region's rules and each
 * council alone, with region.yaml's {@code matching} settings and the run's seed rule for both, and
 * answers first what pooling changes: waiting children placed in-house and the weekly cost.
 */
public final class RegionStep implements RunStep {

    private final Region region;
    private final MatchingCapability matching = new MatchingCapability();

    public RegionStep(Region region) {
        this.region = region;
    }

    @Override
    public String id() {
        return "region";
    }

    @Override
    public String title() {
        return "Regional pooling: the councils together against each alone";
    }

    /** The region's scenario carries region.yaml's settings: its matching section is checked as any scenario's. */
    @Override
    public void validate(Scenario scenario, ProblemCollector problems) {
        matching.settings(scenario, problems);
    }

    @Override
    public StepResult run(RunContext context) {
        RegionResult result = solve(region, context.pipeline());
        CouncilOutcome pooled = result.pooledTotal();
        CouncilOutcome alone = result.aloneTotal();
        StepResult.Builder step = StepResult.builder().answer(answer(pooled, alone));
        step.headline("in-house-gain", "More waiting children placed in-house, pooled", pooled.placedInHouse()
                - alone.placedInHouse(), "children");
        step.headline("weekly-saving", "Weekly saving, pooled (negative: added cost)",
                Math.round(alone.weeklyCostGbp() - pooled.weeklyCostGbp()), "GBP/week");
        step.headline("placed-gain", "More waiting children placed, pooled", pooled.waitingPlaced()
                - alone.waitingPlaced(), "children");
        step.headline("left-waiting", "Waiting children left waiting, pooled", pooled.leftWaiting(), "children");
        step.headline("placed-elsewhere", "Waiting children placed in another council's placement",
                pooled.placedElsewhere(), "children");
        step.total("waiting", "Waiting children in the region", pooled.waiting(), "children");
        step.total("weekly-cost", "Weekly cost of every child placed, pooled", Math.round(pooled.weeklyCostGbp()),
                "GBP/week");
        inHouseChart(step, result);
        RegionTables.of(result).forEach(step::table);
        step.summary(summary(result));
        return step.build();
    }

    /**
     * Pooled and alone, with the matching settings of the context's scenario (region.yaml's section
     * and any command-line overrides) and its seed rule: {@code run} and {@code match} alike.
     */
    static RegionResult solve(Region region, PipelineContext context) {
        MatchingSettings settings = new MatchingCapability().settingsOrThrow(context.scenario());
        return new RegionMatching(settings.options(context), context.progress()).run(region);
    }

    /** "Pooling places N more of the region's waiting children in-house and saves £X a week". */
    static String answer(CouncilOutcome pooled, CouncilOutcome alone) {
        int inHouse = pooled.placedInHouse() - alone.placedInHouse();
        long saving = Math.round(alone.weeklyCostGbp() - pooled.weeklyCostGbp());
        String more = inHouse > 0 ? inHouse + " more" : inHouse < 0 ? -inHouse + " fewer" : "no more";
        String money = saving > 0 ? "saves " + gbp(saving) + " a week" : saving < 0 ? "costs " + gbp(-saving)
                + " a week more" : "costs the same a week";
        int placed = pooled.waitingPlaced() - alone.waitingPlaced();
        String distance = Double.isNaN(pooled.meanDistanceKm()) || Double.isNaN(alone.meanDistanceKm()) ? ""
                : String.format(Locale.ROOT, " Those placed live %.1f km from home on average, against %.1f km alone.",
                        pooled.meanDistanceKm(), alone.meanDistanceKm());
        return String.format(Locale.ROOT, "Pooling places %s of the region's %d waiting children in-house (%d, against"
                + " %d with each council alone) and %s. It places %d of them in all (%s than alone, %d in another"
                + " council's placement) and leaves %d waiting.", more, pooled.waiting(), pooled.placedInHouse(),
                alone.placedInHouse(), money, pooled.waitingPlaced(), placed >= 0 ? placed + " more" : -placed
                        + " fewer", pooled.placedElsewhere(), pooled.leftWaiting()) + distance;
    }

    private static String gbp(long amount) {
        return String.format(Locale.ROOT, "£%,d", amount);
    }

    private static void inHouseChart(StepResult.Builder step, RegionResult result) {
        Table.Builder table = Table.builder("region-in-house", "Waiting children placed in-house, pooled and alone",
                "council", "council_name", "pooled_children", "alone_children").keys(2);
        List<String> labels = new ArrayList<>();
        List<Double> pooled = new ArrayList<>();
        List<Double> alone = new ArrayList<>();
        for (RegionResult.Council council : result.councils()) {
            table.row(council.id(), council.name(), council.pooled().placedInHouse(), council.alone().placedInHouse());
            labels.add(council.name());
            pooled.add((double) council.pooled().placedInHouse());
            alone.add((double) council.alone().placedInHouse());
        }
        step.chart(new ChartSpec("Waiting children placed in-house, by council (children)", ChartSpec.Type.BAR, labels,
                "children", List.of(ChartSpec.Series.of("pooled", pooled), ChartSpec.Series.of("alone", alone)),
                "region-in-house"), table.build());
    }

    private static String summary(RegionResult result) {
        var pooling = result.region().pooling();
        return "Every council's children and placements are matched as one problem by the ordinary matcher (flow"
                + " construction, then local search), then each council's alone with the same solver settings and"
                + " seed. A child may use another council's placement only if its type is shared ("
                + (pooling.sharedTypes().isEmpty() ? "none" : String.join(", ", pooling.sharedTypes().stream()
                        .map(t -> t.word()).toList())) + ")"
                + (pooling.maxDistanceKm() == null ? "" : " and it lies within " + pooling.maxDistanceKm()
                        + " km of the child's home (great-circle)")
                + ", at the host council's price plus " + pooling.upliftPercent() + "% and £" + pooling.flatWeeklyGbp()
                + " a week. In-house = a council's own carers or homes, any council's. Weekly cost = every child"
                + " placed, waiting or already placed, permanent placements apart, at those prices (GBP/week);"
                + " distance = mean great-circle km from home of the waiting children placed. Pooled problem: "
                + result.pooled().solution().getRequests().size() + " requests, "
                + result.pooled().solution().getHomes().size() + " placements, score " + result.pooled().score()
                + "; " + MatchStep.searchInWords(result.pooled()) + ". The looked-after"
                + " children, EHCP and plan steps are not run on a region: run them on each member's folder.";
    }
}
