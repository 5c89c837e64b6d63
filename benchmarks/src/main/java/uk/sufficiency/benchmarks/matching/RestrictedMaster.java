package uk.sufficiency.benchmarks.matching;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPObjective;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPSolverParameters;
import com.google.ortools.linearsolver.MPVariable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import uk.sufficiency.engine.matching.exact.MediumLevelPricing;

/**
 * The restricted master linear programme of the Dantzig-Wolfe bound (decision 0100), solved by
 * GLOP: maximise the value of the home fillings chosen, {@code sum over columns value(c) y(c)},
 * subject to one row per request type (copies of t taken in all columns at most its count; dual
 * lambda_t &gt;= 0) and one convexity row per home (its columns' y sum to at most 1; dual mu_h &gt;= 0),
 * y &gt;= 0. The empty filling is implicit (the convexity rows are inequalities), so the master is
 * feasible from the start. Homes with the same knapsack ({@link MediumLevelPricing#sameKnapsack()})
 * share one convexity row whose bound is their number, and their columns (the same filling in any
 * of them is one column, named by the first of them): the same LP, 2.7 times fewer rows at 50,000 children. Presolve is off so that GLOP starts each solve from the last basis (only
 * columns are ever added).
 */
final class RestrictedMaster {

    /**
     * One feasible filling of one home (the first of the homes with its knapsack, which it may fill
     * as many times as there are such homes): its copies (a type once per copy, ascending) and their value.
     */
    record Column(int home, int[] types, long value) {
    }

    private final MediumLevelPricing pricing;
    private final MPSolverParameters parameters;
    /** Per home: the first home with the same knapsack; per such first home, how many share it. */
    private final int[] pool;
    private final int[] pooled;
    private final List<Column> columns = new ArrayList<>();
    private final List<MPVariable> variables = new ArrayList<>();
    private final Set<String> known = new HashSet<>();
    /** Columns never dropped: a whole placement's (so the integer programme always has one). */
    private final Set<String> kept = new HashSet<>();
    private final double[] lambda;
    private final double[] mu;
    private MPSolver lp;
    private MPObjective objective;
    private MPConstraint[] typeRow;
    private MPConstraint[] homeRow;
    /** Per type: the columns that keep its dual within the box (see {@link #box}), made on first use. */
    private MPVariable[] belowBox;
    private MPVariable[] aboveBox;
    private double value;
    /** The last solve's value of each column then in the LP (columns added since are not in it). */
    private double[] solution = new double[0];

    RestrictedMaster(MediumLevelPricing pricing) {
        Loader.loadNativeLibraries();
        this.pricing = pricing;
        this.parameters = new MPSolverParameters();
        parameters.setIntegerParam(MPSolverParameters.IntegerParam.PRESOLVE,
                MPSolverParameters.PresolveValues.PRESOLVE_OFF.swigValue());
        pool = pricing.sameKnapsack();
        pooled = new int[pool.length];
        for (int first : pool) {
            pooled[first]++;
        }
        lambda = new double[pricing.types()];
        mu = new double[pool.length];
        rows();
    }

    /** A new LP with the type and home rows and no columns. */
    private void rows() {
        lp = MPSolver.createSolver("GLOP");
        typeRow = new MPConstraint[pricing.types()];
        for (int t = 0; t < typeRow.length; t++) {
            typeRow[t] = lp.makeConstraint(Double.NEGATIVE_INFINITY, pricing.count(t), "t" + t);
        }
        homeRow = new MPConstraint[pool.length];
        objective = lp.objective();
        objective.setMaximization();
        belowBox = new MPVariable[typeRow.length];
        aboveBox = new MPVariable[typeRow.length];
    }

    /**
     * Drops the columns that are not in the last solution and whose reduced value there is below
     * {@code -margin} (units of weight): they are not lost for good, since pricing brings back any
     * that pays again. The LP is built afresh with the rest, so its solves stay as fast as the first.
     * Returns how many columns remain.
     */
    int compact(double margin) {
        List<Column> kept = new ArrayList<>();
        for (int c = 0; c < columns.size(); c++) {
            Column column = columns.get(c);
            if (c >= solution.length || solution[c] > 1e-9 || this.kept.contains(key(column.home(), column.types()))
                    || reducedValue(column.home(), column.types(), column.types().length) > -margin) {
                kept.add(column);
            }
        }
        lp.delete();
        columns.clear();
        variables.clear();
        known.clear();
        rows();
        solution = new double[0];
        for (Column column : kept) {
            add(column.home(), column.types(), column.types().length);
        }
        return columns.size();
    }

    /**
     * Keeps each type's dual within {@code center +- width} (units of weight; never below 0 nor above
     * the type's value) by two columns per type row: +1 there at value {@code center - width} (the
     * dual cannot go below it, or that column would pay) and -1 there at minus {@code center + width}.
     * A box step: the master's optimum is then the best multipliers near the centre among its columns.
     * {@code center} null opens the box (0..value), so the master is the plain restricted master again.
     */
    void box(double[] center, double width) {
        for (int t = 0; t < typeRow.length; t++) {
            if (belowBox[t] == null) {
                belowBox[t] = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "");
                aboveBox[t] = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "");
                typeRow[t].setCoefficient(belowBox[t], 1);
                typeRow[t].setCoefficient(aboveBox[t], -1);
            }
            double value = pricing.value(t);
            objective.setCoefficient(belowBox[t], center == null ? 0 : Math.max(0, center[t] - width));
            objective.setCoefficient(aboveBox[t], -(center == null ? value : Math.min(value, center[t] + width)));
        }
    }

    /** As {@link #add}, the column never dropped by {@link #compact}. */
    void keep(int anyHome, int[] copies, int n) {
        if (add(anyHome, copies, n)) {
            Column column = columns.get(columns.size() - 1);
            kept.add(key(column.home(), column.types()));
        }
    }

    /** Adds the filling unless it is empty or already a column; returns whether it was added. */
    boolean add(int anyHome, int[] copies, int n) {
        if (n == 0) {
            return false;
        }
        int home = pool[anyHome];
        int[] types = Arrays.copyOf(copies, n);
        Arrays.sort(types);
        if (!known.add(key(home, types))) {
            return false;
        }
        long total = 0;
        for (int t : types) {
            total += pricing.value(t);
        }
        MPVariable y = lp.makeNumVar(0, Double.POSITIVE_INFINITY, "");
        objective.setCoefficient(y, total);
        if (homeRow[home] == null) {
            homeRow[home] = lp.makeConstraint(Double.NEGATIVE_INFINITY, pooled[home], "h" + home);
        }
        homeRow[home].setCoefficient(y, 1);
        for (int i = 0; i < n; i++) {
            if (i == 0 || types[i] != types[i - 1]) {
                int copiesOfType = 1;
                while (i + copiesOfType < n && types[i + copiesOfType] == types[i]) {
                    copiesOfType++;
                }
                typeRow[types[i]].setCoefficient(y, copiesOfType);
            }
        }
        columns.add(new Column(home, types, total));
        variables.add(y);
        return true;
    }

    private static String key(int home, int[] sortedTypes) {
        return home + ":" + Arrays.toString(sortedTypes);
    }

    /** Solves the LP (from the last basis), leaving its value and row duals; returns GLOP's status. */
    MPSolver.ResultStatus solve(long timeLimitMillis) {
        lp.setTimeLimit(Math.max(1, timeLimitMillis));
        MPSolver.ResultStatus status = lp.solve(parameters);
        value = objective.value();
        solution = new double[variables.size()];
        for (int c = 0; c < solution.length; c++) {
            solution[c] = variables.get(c).solutionValue();
        }
        for (int t = 0; t < typeRow.length; t++) {
            lambda[t] = Math.max(0, typeRow[t].dualValue());
        }
        for (int h = 0; h < homeRow.length; h++) {
            mu[h] = homeRow[h] == null ? 0 : Math.max(0, homeRow[h].dualValue());
        }
        return status;
    }

    /** The last LP optimum: the most value of a fractional choice among the columns so far. */
    double value() {
        return value;
    }

    /** The last solve's dual of each type's row (at least 0). */
    double[] lambda() {
        return lambda;
    }

    /** The value of this filling of {@code home} less the last duals of the rows it uses. */
    double reducedValue(int home, int[] copies, int n) {
        double reduced = -mu[pool[home]];
        for (int i = 0; i < n; i++) {
            reduced += pricing.value(copies[i]) - lambda[copies[i]];
        }
        return reduced;
    }

    List<Column> columns() {
        return columns;
    }

    /** Per home: the first home with the same knapsack (the home its columns name). */
    int[] pool() {
        return pool;
    }
}
