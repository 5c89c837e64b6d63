package uk.sufficiency.model.docs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every citation of a source line ({@code 004 L451}, {@code 004 L438-439}, {@code 004 L86, L99}) or of
 * the domain brief ({@code DOMAIN.md s1}) in the repository's code and documents resolves in
 * {@code docs/sources/}, so the repository stands on its own.
 */
class CitationsResolveTest {

    private static final Pattern SOURCE =
            Pattern.compile("\\b(00\\d) (L\\d+(?:[-–]L?\\d+)?(?:, L\\d+(?:[-–]L?\\d+)?)*)");
    private static final Pattern LINES = Pattern.compile("L(\\d+)(?:[-–]L?(\\d+))?");
    private static final Pattern DOMAIN = Pattern.compile("DOMAIN\\.md (?:s|section |§)(\\d)");

    @Test
    void everySourceLineAndDomainSectionCitedIsInDocsSources() throws IOException {
        Path root = root();
        Path sources = root.resolve("docs/sources");
        String domain = Files.readString(sources.resolve("DOMAIN.md"));
        List<String> missing = new ArrayList<>();
        int citations = 0;
        for (Path file : citingFiles(root)) {
            String text = Files.readString(file);
            Matcher m = SOURCE.matcher(text);
            while (m.find()) {
                Path extract = sources.resolve("source-" + m.group(1) + ".md");
                String cited = Files.isRegularFile(extract) ? Files.readString(extract) : "";
                Matcher lines = LINES.matcher(m.group(2));
                while (lines.find()) {
                    int from = Integer.parseInt(lines.group(1));
                    int to = lines.group(2) == null ? from : Integer.parseInt(lines.group(2));
                    for (int line = from; line <= to; line++) {
                        citations++;
                        if (!cited.contains("**L" + line + "**")) {
                            missing.add(root.relativize(file) + ": " + m.group(1) + " L" + line);
                        }
                    }
                }
            }
            Matcher d = DOMAIN.matcher(text);
            while (d.find()) {
                citations++;
                if (!domain.contains("| ## " + d.group(1) + ".")) {
                    missing.add(root.relativize(file) + ": DOMAIN.md section " + d.group(1));
                }
            }
        }
        assertTrue(citations > 50, "found only " + citations + " citations: is the pattern still right?");
        assertEquals(List.of(), missing);
    }

    private static List<Path> citingFiles(Path root) throws IOException {
        try (Stream<Path> files = Files.walk(root)) {
            return files.filter(Files::isRegularFile)
                    .filter(f -> !f.toString().contains("/target/") && !f.toString().contains("/.git/")
                            && !f.startsWith(root.resolve("docs/sources")) && !f.toString().contains("/testdata/"))
                    .filter(f -> f.toString().matches(".*\\.(java|md|yaml|csv)$"))
                    .sorted().toList();
        }
    }

    private static Path root() {
        for (Path dir = Path.of(System.getProperty("user.dir")).toAbsolutePath(); dir != null; dir = dir.getParent()) {
            if (Files.isDirectory(dir.resolve("docs/sources")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                return dir;
            }
        }
        throw new IllegalStateException("repository root with docs/sources not found");
    }
}
