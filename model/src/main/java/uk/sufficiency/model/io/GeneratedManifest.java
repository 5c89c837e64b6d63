package uk.sufficiency.model.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The list of files a {@code generate} wrote, each with its SHA-256, kept in the folder as
 * {@code .sufficiency-generated}. A later {@code generate} into the same folder replaces it only if
 * the folder still holds exactly these files with these contents, so hand edits are never lost.
 */
final class GeneratedManifest {

    static final String FILE_NAME = ".sufficiency-generated";

    private static final String HEADER = "# written by 'sufficiency generate'; the next generate into this folder"
            + " replaces it whole only while every file below is unchanged and no other file was added\n";

    private GeneratedManifest() {
    }

    /** The manifest text for every regular file under the staged folder. */
    static String describe(Path folder) throws IOException {
        StringBuilder text = new StringBuilder(HEADER);
        for (Map.Entry<String, String> file : checksums(folder).entrySet()) {
            text.append(file.getValue()).append("  ").append(file.getKey()).append('\n');
        }
        return text.toString();
    }

    /** The first file (relative, '/'-separated) that is not as the manifest lists it, or empty if none. */
    static Optional<String> firstForeignFile(Path folder) throws IOException {
        Map<String, String> found = checksums(folder);
        if (found.isEmpty()) {
            return Optional.empty();
        }
        Path manifest = folder.resolve(FILE_NAME);
        if (!Files.isRegularFile(manifest)) {
            return Optional.of(found.keySet().iterator().next());
        }
        Map<String, String> listed = new TreeMap<>();
        for (String line : Files.readAllLines(manifest)) {
            int gap = line.indexOf("  ");
            if (!line.startsWith("#") && gap > 0) {
                listed.put(line.substring(gap + 2), line.substring(0, gap));
            }
        }
        return found.entrySet().stream().filter(e -> !e.getValue().equals(listed.get(e.getKey())))
                .map(Map.Entry::getKey).findFirst();
    }

    /** SHA-256 of every file under the folder but the manifest itself, by relative path. */
    private static Map<String, String> checksums(Path folder) throws IOException {
        Map<String, String> sums = new TreeMap<>();
        try (Stream<Path> walk = Files.walk(folder)) {
            for (Path p : walk.filter(p -> !p.equals(folder)).toList()) {
                String name = folder.relativize(p).toString().replace('\\', '/');
                if (name.equals(FILE_NAME) || Files.isDirectory(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                    continue;
                }
                // A link or device is never something generate wrote: it has no checksum, so it refuses.
                sums.put(name, Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS) ? sha256(p) : "not-a-file");
            }
        }
        return sums;
    }

    private static String sha256(Path file) throws IOException {
        try (InputStream in = new DigestInputStream(Files.newInputStream(file), MessageDigest.getInstance("SHA-256"))) {
            in.transferTo(java.io.OutputStream.nullOutputStream());
            return HexFormat.of().formatHex(((DigestInputStream) in).getMessageDigest().digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }
}
