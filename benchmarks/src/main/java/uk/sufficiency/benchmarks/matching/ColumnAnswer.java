package uk.sufficiency.benchmarks.matching;

import com.google.ortools.Loader;
import com.google.ortools.linearsolver.MPConstraint;
import com.google.ortools.linearsolver.MPSolver;
import com.google.ortools.linearsolver.MPVariable;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.exact.MediumLevelPricing;
import uk.sufficiency.engine.matching.solver.MatchingScoring;

/**
 * A whole answer from the columns of the Dantzig-Wolfe bound (decision 0100): the restricted master
 * as an integer programme (SCIP through OR-Tools, time-limited: at most one filling per home, so as many
 * of a pooled column as there are homes with its knapsack; each type's copies within its count;
 * most value), its fillings given to concrete requests (of each type, one that
 * may live with the requests with a living_with rule already placed in that home; a copy with no
 * such request left stays unplaced) and the assignment scored by the solver's own constraints. That
 * score is a placement's, so it brackets the optimum from below, as any answer does.
 */
final class ColumnAnswer {

    /**
     * @param score         the assignment's score (the solver's constraints)
     * @param integerValue  value the integer programme chose (before any copy was left unplaced)
     * @param optimal       whether SCIP proved it the best choice among the columns
     * @param leftUnplaced  copies no request of their type could take for a living_with rule
     */
    record Result(HardMediumSoftLongScore score, long integerValue, boolean optimal, int leftUnplaced) {
        String describe() {
            return "score " + score + ", value " + integerValue + (optimal ? " (optimal among the columns)" : "")
                    + ", " + leftUnplaced + " copies left unplaced for a rule";
        }
    }

    private ColumnAnswer() {
    }

    /** Leaves the assignment in {@code problem}'s requests (pinned requests untouched). */
    static Result solve(MatchingSolution problem, MediumLevelPricing pricing, RestrictedMaster master,
            Duration timeLimit) {
        Loader.loadNativeLibraries();
        int[] pool = master.pool();
        List<List<Integer>> homesOf = new ArrayList<>();
        for (int h = 0; h < pool.length; h++) {
            homesOf.add(new ArrayList<>());
        }
        for (int h = 0; h < pool.length; h++) {
            homesOf.get(pool[h]).add(h);
        }
        MPSolver ip = MPSolver.createSolver("SCIP");
        MPConstraint[] byHome = new MPConstraint[pool.length];
        MPConstraint[] byType = new MPConstraint[pricing.types()];
        for (int t = 0; t < byType.length; t++) {
            byType[t] = ip.makeConstraint(Double.NEGATIVE_INFINITY, pricing.count(t));
        }
        List<RestrictedMaster.Column> columns = master.columns();
        MPVariable[] chosen = new MPVariable[columns.size()];
        for (int c = 0; c < chosen.length; c++) {
            RestrictedMaster.Column column = columns.get(c);
            int home = column.home();
            chosen[c] = ip.makeIntVar(0, homesOf.get(home).size(), "");
            if (byHome[home] == null) {
                byHome[home] = ip.makeConstraint(Double.NEGATIVE_INFINITY, homesOf.get(home).size());
            }
            byHome[home].setCoefficient(chosen[c], 1);
            for (int t : column.types()) {
                byType[t].setCoefficient(chosen[c], byType[t].getCoefficient(chosen[c]) + 1);
            }
            ip.objective().setCoefficient(chosen[c], column.value());
        }
        ip.objective().setMaximization();
        ip.setTimeLimit(Math.max(1000, timeLimit.toMillis()));
        MPSolver.ResultStatus status = ip.solve();
        if (status != MPSolver.ResultStatus.OPTIMAL && status != MPSolver.ResultStatus.FEASIBLE) {
            throw new IllegalStateException("SCIP found no choice of columns (" + status + ") in " + timeLimit);
        }
        long[] copies = new long[chosen.length];
        for (int c = 0; c < chosen.length; c++) {
            copies[c] = Math.round(chosen[c].solutionValue());
        }
        int left = assign(problem, pricing, columns, homesOf, copies);
        return new Result(MatchingScoring.score(problem), Math.round(ip.objective().value()),
                status == MPSolver.ResultStatus.OPTIMAL, left);
    }

    /** Gives each chosen filling's copies to concrete requests; returns the copies no request could take. */
    private static int assign(MatchingSolution problem, MediumLevelPricing pricing,
            List<RestrictedMaster.Column> columns, List<List<Integer>> homesOf, long[] copies) {
        List<List<PlacementRequest>> members = pricing.requestsByType();
        members.forEach(list -> list.forEach(request -> request.setHome(null)));
        boolean[][] taken = new boolean[members.size()][];
        for (int t = 0; t < taken.length; t++) {
            taken[t] = new boolean[members.get(t).size()];
        }
        int[] homesUsed = new int[homesOf.size()];
        int left = 0;
        for (int c = 0; c < copies.length; c++) {
            int first = columns.get(c).home();
            for (long copy = copies[c]; copy > 0; copy--) {
                Home home = problem.getHomes().get(homesOf.get(first).get(homesUsed[first]++));
                left += fill(home, columns.get(c).types(), members, taken);
            }
        }
        return left;
    }

    /** Fills one home with one request of each copy's type; returns the copies no request could take. */
    private static int fill(Home home, int[] types, List<List<PlacementRequest>> members, boolean[][] taken) {
        List<PlacementRequest> here = new ArrayList<>();
        int left = 0;
        // requests with a rule first (each a type of its own), so the others are chosen around them
        for (int pass = 0; pass < 2; pass++) {
            for (int t : types) {
                boolean ruled = members.get(t).size() == 1 && members.get(t).get(0).hasLivingWithRule();
                if (ruled == (pass == 0) && !place(members.get(t), taken[t], home, here)) {
                    left++;
                }
            }
        }
        return left;
    }

    /** Places the first untaken request of a type that may live with those already here. */
    private static boolean place(List<PlacementRequest> type, boolean[] taken, Home home, List<PlacementRequest> here) {
        for (int i = 0; i < type.size(); i++) {
            PlacementRequest request = type.get(i);
            if (!taken[i] && here.stream().noneMatch(other -> conflict(request, other, home))) {
                taken[i] = true;
                request.setHome(home);
                here.add(request);
                return true;
            }
        }
        return false;
    }

    /** The score's rule: a conflict unless both already live in this home. */
    private static boolean conflict(PlacementRequest a, PlacementRequest b, Home home) {
        return a.conflictsWith(b) && !(a.getCurrentHome() == home && b.getCurrentHome() == home);
    }
}
