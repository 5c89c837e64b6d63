package uk.sufficiency.model.scenario;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/** Copies the tiny test scenario to a temporary folder so that a test can break one thing in it. */
final class ScenarioFixture {

    private ScenarioFixture() {
    }

    static Path source() {
        try {
            return Path.of(ScenarioFixture.class.getResource("/scenarios/tiny/scenario.yaml").toURI()).getParent();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }

    static Path copy(Path into) {
        Path target = into.resolve("tiny");
        try (Stream<Path> files = Files.list(source())) {
            Files.createDirectories(target);
            for (Path file : files.toList()) {
                Files.copy(file, target.resolve(file.getFileName()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return target;
    }

    /** Replaces the first occurrence of {@code from} with {@code to} on line {@code line} (1-based). */
    static void edit(Path file, int line, String from, String to) {
        try {
            List<String> lines = new java.util.ArrayList<>(Files.readAllLines(file));
            String original = lines.get(line - 1);
            if (!original.contains(from)) {
                throw new IllegalArgumentException("line " + line + " has no '" + from + "': " + original);
            }
            lines.set(line - 1, original.replaceFirst(java.util.regex.Pattern.quote(from),
                    java.util.regex.Matcher.quoteReplacement(to)));
            Files.write(file, lines);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static void append(Path file, String line) {
        try {
            Files.writeString(file, line + "\n", java.nio.file.StandardOpenOption.APPEND);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
