package uk.sufficiency.benchmarks.matching;

import com.google.ortools.Loader;
import com.google.ortools.sat.BoolVar;
import com.google.ortools.sat.CpModel;
import com.google.ortools.sat.CpSolver;
import com.google.ortools.sat.CpSolverStatus;
import com.google.ortools.sat.LinearExpr;
import com.google.ortools.sat.LinearExprBuilder;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.optaplanner.core.api.score.buildin.hardmediumsoftlong.HardMediumSoftLongScore;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.exact.MatchingReference;
import uk.sufficiency.engine.matching.solver.MatchingScoring;

/**
 * The whole matching problem as a 0-1 integer program, solved to proven optimality by OR-Tools
 * CP-SAT: the reference the solver is measured against on instances with sibling groups and
 * living_with rules, where min-cost flow is only a bound.
 *
 * <p>One 0-1 variable x(r,h) per request r (child or whole sibling group) and home h in r's value
 * range, so the same eligibility rules hold by construction. Constraints: each request at most one
 * home; children per home at most its places less the pinned (permanent) children living there;
 * a request with a living_with rule excludes from its home every request it conflicts with
 * (written as sum of the others' sizes + places x(r,h) &lt;= places, which is tight when x(r,h) = 1
 * and the capacity row otherwise); a home whose pinned resident conflicts with r is removed from
 * r's range. The score is lexicographic, as the solver's: the objective is soft points (the same
 * {@code SoftCosts.totalPoints} the constraints use) minus the value placed times a ceiling above
 * any total of soft points, where a waiting child's value is its urgency weight and a placed
 * child's (who must not lose her home) outweighs all waiting children together. CP-SAT works in
 * exact 64-bit integers, so one objective is exact; it runs its portfolio of 8 workers by default
 * (time-shared on fewer cores; with 2 workers it rarely proves optimality). The final assignment is
 * scored again by the solver's own constraints, so any modelling slip shows up as a disagreement.
 */
public final class CpSatReference implements MatchingReference {

    private static final int WORKERS = Integer.getInteger("sufficiency.cpsat.workers", 8);

    @Override
    public String name() {
        return "exact (CP-SAT)";
    }

    @Override
    public Result solve(MatchingSolution problem, Duration timeLimit) {
        Loader.loadNativeLibraries();
        long deadline = System.nanoTime() + timeLimit.toNanos();
        Model m = Model.of(problem);

        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(WORKERS).setRandomSeed(1)
                .setMaxTimeInSeconds(secondsLeft(deadline))
                .setLogSearchProgress(Boolean.getBoolean("sufficiency.cpsat.log"));
        // One objective: a unit of placed value outweighs every soft point there is.
        m.cp.minimize(LinearExpr.weightedSum(new LinearExpr[] {m.placedValue, m.softPoints},
                new long[] {-m.softCeiling, 1}));
        m.hintCurrentAssignment();
        CpSolverStatus status = solver.solve(m.cp);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("CP-SAT found no assignment (" + status + ") within " + timeLimit);
        }
        int placed = m.apply(solver);
        HardMediumSoftLongScore score = MatchingScoring.score(problem);
        long softPoints = solver.value(m.softPoints);
        if (score.softScore() != -softPoints) {
            throw new IllegalStateException("the integer program and the constraints disagree: soft "
                    + score.softScore() + " scored, " + (-softPoints) + " modelled");
        }
        boolean optimal = status == CpSolverStatus.OPTIMAL;
        // Every assignment placing more value scores below -ceiling x (value + 1) + ceiling - 1, so a
        // bound at or above -ceiling x value proves the value optimal and bounds the soft points.
        long valueFound = solver.value(m.placedValue);
        long bestBound = (long) Math.ceil(solver.bestObjectiveBound() - 1e-6);
        long valueFloor = -Math.multiplyExact(m.softCeiling, valueFound);
        Long softBound = optimal ? (Long) score.softScore()
                : bestBound >= valueFloor ? (Long) (-(bestBound - valueFloor)) : null;
        return new Result(score, optimal, softBound, placed);
    }

    /**
     * The lexicographic score's second stage (decision 0079): with the medium level held at
     * {@code mediumScore} or better (every placed child kept placed, at least that urgency weight of
     * waiting children placed) and every rule kept, the fewest soft points. With one objective in
     * soft points alone, CP-SAT's bound is not blurred by the ceiling that weighs the levels
     * together in {@link #solve}, so it proves optimality on problems {@link #solve} cannot. When
     * {@code mediumScore} is the best medium level there is (a bound no assignment beats and an
     * assignment reaches), the result is the problem's optimum.
     *
     * @return the best assignment found (rescored by the solver's constraints), optimal when proven,
     *         and {@code softBound}: no assignment at that medium level scores above it
     */
    public Result solveAtMedium(MatchingSolution problem, long mediumScore, Duration timeLimit) {
        Loader.loadNativeLibraries();
        Model m = Model.of(problem);
        for (BoolVar[] vars : m.mustPlace) {
            m.cp.addExactlyOne(vars);
        }
        m.cp.addGreaterOrEqual(m.waitingPlaced, m.waitingTotal + mediumScore);
        m.cp.minimize(m.softPoints);
        m.hintCurrentAssignment();
        CpSolver solver = new CpSolver();
        solver.getParameters().setNumWorkers(WORKERS).setRandomSeed(1)
                .setMaxTimeInSeconds(Math.max(0.5, timeLimit.toNanos() / 1e9))
                .setLogSearchProgress(Boolean.getBoolean("sufficiency.cpsat.log"));
        CpSolverStatus status = solver.solve(m.cp);
        if (status != CpSolverStatus.OPTIMAL && status != CpSolverStatus.FEASIBLE) {
            throw new IllegalStateException("CP-SAT found no assignment at medium " + mediumScore + " (" + status
                    + ") within " + timeLimit);
        }
        int placed = m.apply(solver);
        HardMediumSoftLongScore score = MatchingScoring.score(problem);
        if (score.softScore() != -solver.value(m.softPoints) || score.hardScore() != 0
                || score.mediumScore() < mediumScore) {
            throw new IllegalStateException("the integer program and the constraints disagree: " + score
                    + " scored, soft " + (-solver.value(m.softPoints)) + " modelled");
        }
        long softBound = -(long) Math.ceil(solver.bestObjectiveBound() - 1e-6);
        return new Result(score, status == CpSolverStatus.OPTIMAL, softBound, placed);
    }

    private static double secondsLeft(long deadlineNanos) {
        return Math.max(0.5, (deadlineNanos - System.nanoTime()) / 1e9);
    }

    /** The variables of one problem and the two objectives over them. */
    private static final class Model {
        final CpModel cp = new CpModel();
        final List<PlacementRequest> requests = new ArrayList<>();
        final List<Home[]> candidateHomes = new ArrayList<>();
        final List<BoolVar[]> x = new ArrayList<>();
        LinearExpr placedValue;
        LinearExpr softPoints;
        /** Urgency weight of the waiting children placed, and of all waiting children. */
        LinearExpr waitingPlaced;
        long waitingTotal;
        /** The variables of each request whose children must keep a home. */
        final List<BoolVar[]> mustPlace = new ArrayList<>();
        /** More than the soft points of any assignment. */
        long softCeiling = 1;

        static Model of(MatchingSolution problem) {
            Model m = new Model();
            List<Home> homes = problem.getHomes();
            int[] places = new int[homes.size()];
            List<List<PlacementRequest>> pinnedAt = new ArrayList<>();
            for (Home home : homes) {
                places[home.getIndex()] = home.getPlaces();
                pinnedAt.add(new ArrayList<>());
            }
            long mediumTotal = 0;
            for (PlacementRequest request : problem.getRequests()) {
                if (request.isPinned()) {
                    if (request.getHome() != null) {
                        places[request.getHome().getIndex()] -= request.getSize();
                        pinnedAt.get(request.getHome().getIndex()).add(request);
                    }
                } else {
                    m.requests.add(request);
                    mediumTotal += request.getUnplacedWeight();
                }
            }
            // Placing a child who has a home outranks every waiting child: hard above medium.
            long hardWeight = mediumTotal + 1;

            List<List<BoolVar>> varsAt = new ArrayList<>();
            List<List<PlacementRequest>> requestsAt = new ArrayList<>();
            for (int h = 0; h < homes.size(); h++) {
                varsAt.add(new ArrayList<>());
                requestsAt.add(new ArrayList<>());
            }
            LinearExprBuilder placedValue = LinearExpr.newBuilder();
            LinearExprBuilder softPoints = LinearExpr.newBuilder();
            LinearExprBuilder waitingPlaced = LinearExpr.newBuilder();
            for (PlacementRequest request : m.requests) {
                long value = request.mayBeUnplaced() ? request.getUnplacedWeight()
                        : hardWeight * request.getSize();
                List<Home> kept = new ArrayList<>();
                for (Home home : request.getEligibleHomes().asList()) {
                    if (request.getSize() <= places[home.getIndex()]
                            && !conflictsWithPinned(request, home, pinnedAt.get(home.getIndex()))) {
                        kept.add(home);
                    }
                }
                BoolVar[] vars = new BoolVar[kept.size()];
                long maxPoints = 0;
                for (int k = 0; k < vars.length; k++) {
                    Home home = kept.get(k);
                    vars[k] = m.cp.newBoolVar(request.getId() + "@" + home.getId());
                    varsAt.get(home.getIndex()).add(vars[k]);
                    requestsAt.get(home.getIndex()).add(request);
                    placedValue.addTerm(vars[k], value);
                    if (request.mayBeUnplaced()) {
                        waitingPlaced.addTerm(vars[k], request.getUnplacedWeight());
                    }
                    long points = request.getCosts().totalPoints(request, home);
                    softPoints.addTerm(vars[k], points);
                    maxPoints = Math.max(maxPoints, points);
                }
                m.cp.addAtMostOne(vars);
                if (request.mayBeUnplaced()) {
                    m.waitingTotal += request.getUnplacedWeight();
                } else {
                    m.mustPlace.add(vars);
                }
                m.softCeiling = Math.addExact(m.softCeiling, maxPoints);
                m.candidateHomes.add(kept.toArray(new Home[0]));
                m.x.add(vars);
            }
            for (Home home : homes) {
                m.addHomeConstraints(home, Math.max(0, places[home.getIndex()]), varsAt.get(home.getIndex()),
                        requestsAt.get(home.getIndex()));
            }
            m.placedValue = placedValue.build();
            m.softPoints = softPoints.build();
            m.waitingPlaced = waitingPlaced.build();
            return m;
        }

        private void addHomeConstraints(Home home, int places, List<BoolVar> vars, List<PlacementRequest> at) {
            if (vars.isEmpty()) {
                return;
            }
            LinearExprBuilder load = LinearExpr.newBuilder();
            for (int i = 0; i < vars.size(); i++) {
                load.addTerm(vars.get(i), at.get(i).getSize());
            }
            cp.addLessOrEqual(load, places);
            for (int i = 0; i < vars.size(); i++) {
                PlacementRequest restricted = at.get(i);
                if (!restricted.hasLivingWithRule()) {
                    continue;
                }
                LinearExprBuilder excluded = LinearExpr.newBuilder();
                boolean any = false;
                for (int j = 0; j < vars.size(); j++) {
                    PlacementRequest other = at.get(j);
                    if (j != i && restricted.conflictsWith(other) && !bothStayPut(restricted, other, home)) {
                        excluded.addTerm(vars.get(j), other.getSize());
                        any = true;
                    }
                }
                if (any) {
                    excluded.addTerm(vars.get(i), places);
                    cp.addLessOrEqual(excluded, places);
                }
            }
        }

        /** The rules govern moves: two children who both already live here are not in conflict. */
        private static boolean bothStayPut(PlacementRequest a, PlacementRequest b, Home home) {
            return a.getCurrentHome() == home && b.getCurrentHome() == home;
        }

        private static boolean conflictsWithPinned(PlacementRequest request, Home home, List<PlacementRequest> pinned) {
            for (PlacementRequest resident : pinned) {
                if (resident.conflictsWith(request)
                        && !(request.getCurrentHome() == home && resident.getCurrentHome() == home)) {
                    return true;
                }
            }
            return false;
        }

        /** Offers the requests' current homes as a starting solution (CP-SAT repairs it if infeasible). */
        void hintCurrentAssignment() {
            for (int r = 0; r < requests.size(); r++) {
                Home current = requests.get(r).getHome();
                BoolVar[] vars = x.get(r);
                for (int k = 0; k < vars.length; k++) {
                    cp.addHint(vars[k], candidateHomes.get(r)[k] == current ? 1 : 0);
                }
            }
        }

        /** Writes the solver's assignment into the requests; returns the children placed. */
        int apply(CpSolver solver) {
            int placed = 0;
            for (int r = 0; r < requests.size(); r++) {
                Home chosen = null;
                BoolVar[] vars = x.get(r);
                for (int k = 0; k < vars.length; k++) {
                    if (solver.booleanValue(vars[k])) {
                        chosen = candidateHomes.get(r)[k];
                    }
                }
                requests.get(r).setHome(chosen);
                if (chosen != null) {
                    placed += requests.get(r).getSize();
                }
            }
            return placed;
        }
    }
}
