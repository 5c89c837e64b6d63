package uk.sufficiency.benchmarks.matching;

import com.google.ortools.linearsolver.MPSolver;
import java.time.Duration;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.exact.MediumLevelPricing;
import uk.sufficiency.engine.matching.exact.RelaxedFlow;

/**
 * The best Lagrangian bound on the matching score's medium level (decision 0100), by column
 * generation: the Dantzig-Wolfe master ({@link RestrictedMaster}) over fillings of whole homes, each
 * home's filling priced by the engine's own exact knapsack ({@link MediumLevelPricing}, the one
 * {@code LagrangianBound} climbs by subgradient steps). Its optimum is the minimum over all
 * multipliers of the Lagrangian function, the tightest bound that relaxation can give.
 *
 * <p>Validity does not rest on the LP: every iteration turns the master's row duals into fixed-point
 * multipliers (clamped to 0..value) and evaluates the Lagrangian function there exactly (the sum of
 * multipliers times counts plus each home's exact knapsack optimum), which bounds every placement
 * whatever the LP's accuracy. The bound reported is the best such value, converted to the medium
 * level as {@code LagrangianBound} converts it.
 *
 * <p>Plain column generation creeps (its duals swing far from any good multipliers until the master
 * is nearly complete), so the duals are held in a box around the best multipliers so far (box step,
 * starting from the flow's prices, which are near the optimum): the master starts with each home's
 * knapsack filling there and the greedy placement's fillings (so every child who must keep a home
 * is placed from the first solve), and each solve gives the best multipliers in the box among the
 * columns so far. A solve whose duals price no new column and do not improve the bound proves the
 * centre the minimum of the (convex) Lagrangian function within a box around it, hence everywhere:
 * the exact Dantzig-Wolfe bound. At the end the box is opened and the master solved once more: its
 * value (a restriction, below the exact bound) brackets the bound from the other side.
 */
public final class DantzigWolfeBound {

    /**
     * How long the column generation may run, the ruled requests per home whose rules the knapsack
     * keeps (as {@code LagrangianBound.Settings}), and the box's half-width in units of weight.
     */
    public record Settings(Duration timeLimit, int maxRuledPerHome, double boxWidth) {
        public static final Settings DEFAULT = new Settings(Duration.ofMinutes(5), 6, 0.25);
    }

    /**
     * @param warmStartMedium the Lagrangian bound at the flow's prices (LagrangianBound's start), medium level
     * @param medium          the best valid bound found, medium level
     * @param masterMedium    the last master LP's value as a medium level (the master is a restriction,
     *                        so the exact Dantzig-Wolfe bound lies between this and {@code medium})
     * @param converged       whether pricing found no more columns (the master's value is then the bound)
     * @param iterations      master solves
     * @param columns         home fillings generated
     * @param master          the master with those fillings, and {@code pricing} the types they are made of
     */
    public record Result(long warmStartMedium, long medium, long masterMedium, boolean converged, int iterations,
            int columns, long millis, RestrictedMaster master, MediumLevelPricing pricing) {
    }

    private static final Logger LOG = LoggerFactory.getLogger(DantzigWolfeBound.class);
    /** Reduced value a column needs to enter (units of urgency weight; GLOP's tolerances are far below). */
    private static final double ENTER = 1e-6;
    /** Every so many solves, the columns far from paying (by this reduced value, in weight) are dropped. */
    private static final int COMPACT_EVERY = 10;
    private static final double COMPACT_MARGIN = 1;

    private final MediumLevelPricing pricing;
    private final Settings settings;
    private final RestrictedMaster master;
    private long[] best;
    private long bestBound;
    private int added;

    private DantzigWolfeBound(MediumLevelPricing pricing, Settings settings) {
        this.pricing = pricing;
        this.settings = settings;
        this.master = new RestrictedMaster(pricing);
    }

    /** Column generation from the fillings the knapsacks take at the flow's prices ({@code flow} solved to the end). */
    public static Result solve(MatchingSolution problem, RelaxedFlow flow, Settings settings) {
        return new DantzigWolfeBound(MediumLevelPricing.of(problem, flow, settings.maxRuledPerHome()), settings)
                .run();
    }

    private Result run() {
        long start = System.nanoTime();
        long deadline = start + settings.timeLimit().toNanos();
        // the last fifth of the time is the open master's, whose value brackets the bound from below
        long stepsEnd = start + settings.timeLimit().toNanos() * 4 / 5;
        best = pricing.warmStart();
        bestBound = pricing.evaluate(best, (h, cost, types, copies) -> master.add(h, types, copies));
        pricing.greedy((h, cost, types, copies) -> master.keep(h, types, copies));
        long warmStart = pricing.mediumLevel(bestBound);
        int iterations = 0;
        boolean converged = false;
        double width = settings.boxWidth();
        while (System.nanoTime() < stepsEnd) {
            if (iterations % COMPACT_EVERY == COMPACT_EVERY - 1) {
                master.compact(COMPACT_MARGIN);
            }
            master.box(centre(), width);
            boolean optimal = master.solve((stepsEnd - System.nanoTime()) / 1_000_000)
                    == MPSolver.ResultStatus.OPTIMAL;
            iterations++;
            long before = bestBound;
            price();
            log(iterations, width);
            if (optimal && added == 0 && bestBound <= before) {
                converged = true; // the centre is the best in the box around it: the Lagrangian's minimum
                break;
            }
            // a step the box cut short (better, nothing new to price) may go further; a step that found
            // new columns and no better bound goes back to the first width
            width = added == 0 ? 2 * width : bestBound > before ? width : settings.boxWidth();
        }
        master.box(null, 0);
        MPSolver.ResultStatus open = master.solve(Math.max(1, (deadline - System.nanoTime()) / 1_000_000));
        LOG.info("open master: {}, value {}", open, master.value());
        return new Result(warmStart, pricing.mediumLevel(bestBound), masterMedium(), converged, iterations,
                master.columns().size(), (System.nanoTime() - start) / 1_000_000, master, pricing);
    }

    /** The best multipliers so far in units of weight. */
    private double[] centre() {
        double[] centre = new double[best.length];
        for (int t = 0; t < centre.length; t++) {
            centre[t] = best[t] / (double) pricing.scale();
        }
        return centre;
    }

    /** Evaluates the Lagrangian at the master's duals, adding the fillings that pay there; keeps the best. */
    private void price() {
        double[] duals = master.lambda();
        long[] lambda = new long[duals.length];
        for (int t = 0; t < lambda.length; t++) {
            lambda[t] = Math.max(0, Math.min(pricing.ceiling(t), Math.round(duals[t] * pricing.scale())));
        }
        added = 0;
        long bound = pricing.evaluate(lambda, (h, cost, types, copies) -> {
            if (master.reducedValue(h, types, copies) > ENTER && master.add(h, types, copies)) {
                added++;
            }
        });
        if (bound > bestBound) {
            bestBound = bound;
            best = lambda;
        }
    }

    /**
     * The master's value as a medium level: rounded down to whole units of weight, as the bound is;
     * below minus all the waiting weight while the columns cannot yet place every child who must keep a home.
     */
    private long masterMedium() {
        long waitingPlaced = (long) Math.floor(master.value() + 1e-9) - pricing.mustValue();
        return -(pricing.waitingWeight() - Math.min(pricing.waitingWeight(), waitingPlaced));
    }

    private void log(int iteration, double width) {
        if (LOG.isInfoEnabled()) {
            LOG.info(String.format(Locale.ROOT, "iteration %d: box %.2f, master %.3f, bound %.3f (medium %d), %d columns"
                    + " (+%d)", iteration, width, master.value(), -bestBound / (double) pricing.scale(),
                    pricing.mediumLevel(bestBound), master.columns().size(), added));
        }
    }
}
