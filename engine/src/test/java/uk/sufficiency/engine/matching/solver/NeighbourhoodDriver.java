package uk.sufficiency.engine.matching.solver;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.optaplanner.core.api.solver.SolverFactory;
import org.optaplanner.core.config.phase.PhaseConfig;
import org.optaplanner.core.config.phase.custom.CustomPhaseConfig;
import org.optaplanner.core.config.solver.EnvironmentMode;
import org.optaplanner.core.config.solver.SolverConfig;
import org.optaplanner.core.impl.phase.custom.CustomPhaseCommand;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.domain.MatchingSolution;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.model.scenario.ScenarioLoader;

/**
 * Offline measure of {@link NeighbourhoodSearch} (decision 0101; not a test): the construction as in
 * a match with a clock of CLOCK seconds, its assignment saved to FILE (or, when FILE exists, loaded
 * instead), then the search alone for at most SEARCH seconds with the given reach per pass. Run with
 * DEBUG on {@code NeighbourhoodSearch} to see each kept neighbourhood's time and score.
 *
 * <pre>java -cp engine/target/test-classes:engine/target/classes:cli/target/sufficiency.jar \
 *     uk.sufficiency.engine.matching.solver.NeighbourhoodDriver DIR CLOCK SEARCH "3,8,8;5,12,12" FILE</pre>
 */
public final class NeighbourhoodDriver {

    private NeighbourhoodDriver() {
    }

    public static void main(String[] args) throws IOException {
        MatchingSolution problem = new MatchingProblemFactory(0).build(ScenarioLoader.load(Path.of(args[0])));
        long clockNanos = Long.parseLong(args[1]) * 1_000_000_000L;
        long searchNanos = Long.parseLong(args[2]) * 1_000_000_000L;
        List<Neighbourhood.Reach> reaches = Arrays.stream(args[3].split(";")).map(r -> r.split(","))
                .map(r -> new Neighbourhood.Reach(Integer.parseInt(r[0]), Integer.parseInt(r[1]), Integer.parseInt(r[2])))
                .toList();
        Path saved = Path.of(args[4]);
        boolean load = Files.exists(saved);
        long[] searchStarted = {0};
        NeighbourhoodSearch search = new NeighbourhoodSearch(() -> {
            if (searchStarted[0] == 0) {
                searchStarted[0] = System.nanoTime();
            }
            return System.nanoTime() - searchStarted[0] > searchNanos;
        }, reaches);
        CustomPhaseConfig searchPhase = new CustomPhaseConfig().withCustomPhaseCommands(search);
        PhaseConfig<?>[] phases;
        if (load) {
            load(problem, saved);
            System.out.println("start: " + unplacedByKind(problem));
            phases = new PhaseConfig<?>[] {searchPhase};
        } else {
            FlowConstruction construction = new FlowConstruction(SolverConfigs.TIME_LIMITED_SOLVES_PER_REQUEST,
                    clockNanos / 2, () -> false, false, new SolveClock(clockNanos));
            CustomPhaseCommand<MatchingSolution> save = director -> save(director.getWorkingSolution(), saved);
            phases = new PhaseConfig<?>[] {new CustomPhaseConfig().withCustomPhaseCommands(construction, save),
                searchPhase};
        }
        SolverConfig config = new SolverConfig().withSolutionClass(MatchingSolution.class)
                .withEntityClasses(PlacementRequest.class).withScoreDirectorFactory(SolverConfigs.scoreDirector())
                .withEnvironmentMode(EnvironmentMode.REPRODUCIBLE).withRandomSeed(0L).withPhases(phases);
        MatchingSolution best = SolverFactory.<MatchingSolution>create(config).buildSolver().solve(problem);
        System.out.println("end: " + best.getScore() + "; " + unplacedByKind(best) + "; neighbourhoods solved, kept "
                + Arrays.toString(search.counts()));
    }

    /** Weighted unplaced waiting children: in sibling groups, children with living-with rules, other singles. */
    static String unplacedByKind(MatchingSolution solution) {
        int groups = 0;
        int groupCount = 0;
        int ruled = 0;
        int others = 0;
        for (PlacementRequest request : solution.getRequests()) {
            if (request.getHome() != null || !request.mayBeUnplaced()) {
                continue;
            }
            if (request.getSize() > 1) {
                groups += request.getUnplacedWeight();
                groupCount++;
            } else if (request.hasLivingWithRule()) {
                ruled += request.getUnplacedWeight();
            } else {
                others += request.getUnplacedWeight();
            }
        }
        return "unplaced weight: groups " + groups + " (" + groupCount + " groups), living-with children " + ruled
                + ", other singles " + others;
    }

    private static void save(MatchingSolution solution, Path file) {
        StringBuilder lines = new StringBuilder();
        for (PlacementRequest request : solution.getRequests()) {
            lines.append(request.getId()).append('\t')
                    .append(request.getHome() == null ? "" : request.getHome().getId()).append('\n');
        }
        try {
            Files.writeString(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void load(MatchingSolution problem, Path file) throws IOException {
        Map<String, Home> homes = new HashMap<>();
        problem.getHomes().forEach(home -> homes.put(home.getId(), home));
        Map<String, Home> homeOf = new HashMap<>();
        for (String line : Files.readAllLines(file)) {
            String[] fields = line.split("\t");
            homeOf.put(fields[0], fields.length > 1 ? homes.get(fields[1]) : null);
        }
        for (PlacementRequest request : problem.getRequests()) {
            if (!request.isPinned()) {
                request.setHome(homeOf.get(request.getId()));
            }
        }
    }
}
