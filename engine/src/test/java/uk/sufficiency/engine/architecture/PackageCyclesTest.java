package uk.sufficiency.engine.architecture;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The engine's features (the first package under {@code uk.sufficiency.engine}: planning, market,
 * matching, ...) build on each other one way at package level: no cycle of package dependencies
 * passes through two features. A feature's own packages may still refer to each other both ways
 * (planning and planning.goalseek), but a cycle such as planning -> planning.simulated -> market ->
 * planning ties two features into one that can be neither read nor changed apart. Dependencies are
 * read from the main sources: imports and fully qualified names.
 */
class PackageCyclesTest {

    private static final String ENGINE = "uk.sufficiency.engine";
    private static final Pattern PACKAGE = Pattern.compile("^package\\s+([\\w.]+);", Pattern.MULTILINE);
    private static final Pattern REFERENCE = Pattern.compile("\\b(" + Pattern.quote(ENGINE)
            + "(?:\\.[a-z][a-z0-9_]*)*)\\.(?:[A-Z]|\\*)");

    @Test
    void noPackageCyclePassesThroughTwoFeatures() throws IOException {
        Map<String, Set<String>> uses = dependencies(Path.of("src/main/java/uk/sufficiency/engine"));
        assertTrue(uses.size() > 20, "read the engine's packages: " + uses.keySet());
        assertTrue(uses.get(ENGINE + ".market").contains(ENGINE + ".planning.supply"), "dependencies are read");
        assertEquals(List.of(), crossingCycles(uses), "package cycles through two features");
    }

    /** The check finds a cycle through two features, by import or by a qualified name, and only such a cycle. */
    @Test
    void aCycleThroughTwoFeaturesIsFound(@TempDir Path dir) throws IOException {
        write(dir, "A", "package uk.sufficiency.engine.alpha;\nimport uk.sufficiency.engine.beta.sub.B;\nclass A {}");
        write(dir, "B", "package uk.sufficiency.engine.beta.sub;\nclass B { uk.sufficiency.engine.alpha.A a; }");
        write(dir, "C", "package uk.sufficiency.engine.alpha.own;\nimport uk.sufficiency.engine.alpha.*;\nclass C {}");
        write(dir, "D", "package uk.sufficiency.engine.alpha;\nimport uk.sufficiency.engine.alpha.own.C;\nclass D {}");
        assertEquals(List.of(ENGINE + ".alpha -> " + ENGINE + ".beta.sub -> " + ENGINE + ".alpha",
                ENGINE + ".beta.sub -> " + ENGINE + ".alpha -> " + ENGINE + ".beta.sub"),
                crossingCycles(dependencies(dir)), "alpha <-> alpha.own is one feature's own");
    }

    private static void write(Path dir, String name, String source) throws IOException {
        Files.writeString(dir.resolve(name + ".java"), source);
    }

    /** Each dependency between two features that a chain of dependencies leads back from, with that cycle. */
    static List<String> crossingCycles(Map<String, Set<String>> uses) {
        List<String> crossing = new ArrayList<>();
        uses.forEach((from, targets) -> targets.stream().filter(to -> !feature(to).equals(feature(from)))
                .forEach(to -> {
                    List<String> back = path(uses, to, from);
                    if (back != null) {
                        crossing.add(from + " -> " + String.join(" -> ", back));
                    }
                }));
        return crossing;
    }

    /** Each engine package and the other engine packages its classes name. */
    static Map<String, Set<String>> dependencies(Path root) throws IOException {
        Map<String, Set<String>> uses = new TreeMap<>();
        try (Stream<Path> files = Files.walk(root)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".java")).sorted().toList()) {
                String source = Files.readString(file);
                Matcher declared = PACKAGE.matcher(source);
                assertTrue(declared.find(), "no package line in " + file);
                String own = declared.group(1);
                Set<String> targets = uses.computeIfAbsent(own, p -> new TreeSet<>());
                Matcher named = REFERENCE.matcher(source);
                while (named.find()) {
                    if (!named.group(1).equals(own)) {
                        targets.add(named.group(1));
                    }
                }
            }
        }
        return uses;
    }

    /** {@code planning} for {@code uk.sufficiency.engine.planning.simulated}. */
    static String feature(String pkg) {
        String rest = pkg.equals(ENGINE) ? "" : pkg.substring(ENGINE.length() + 1);
        int dot = rest.indexOf('.');
        return dot < 0 ? rest : rest.substring(0, dot);
    }

    /** A shortest chain of dependencies from {@code start} to {@code goal} (both included), or null. */
    static List<String> path(Map<String, Set<String>> uses, String start, String goal) {
        Map<String, String> cameFrom = new HashMap<>();
        Deque<String> queue = new ArrayDeque<>(List.of(start));
        cameFrom.put(start, start);
        while (!queue.isEmpty()) {
            String at = queue.poll();
            if (at.equals(goal)) {
                List<String> chain = new ArrayList<>();
                for (String p = goal; !p.equals(start); p = cameFrom.get(p)) {
                    chain.add(0, p);
                }
                chain.add(0, start);
                return chain;
            }
            for (String next : uses.getOrDefault(at, Set.of())) {
                if (cameFrom.putIfAbsent(next, at) == null) {
                    queue.add(next);
                }
            }
        }
        return null;
    }
}
