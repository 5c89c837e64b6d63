package uk.sufficiency.web.scenarios;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Stream;

/**
 * What a scenario's results depend on, as one hash: the bytes of every file in every folder of its
 * extends chain (scenario.yaml, tables, side files, series), with their paths. Results are cached
 * under this hash plus the seed and settings, so an unchanged scenario is never solved twice and a
 * changed file is never answered from a stale result.
 */
public final class Fingerprint {

    private Fingerprint() {
    }

    public static String of(Collection<Path> folders) {
        MessageDigest digest = sha256();
        for (Path folder : folders) {
            for (Path file : files(folder)) {
                digest.update(folder.relativize(file).toString().getBytes(java.nio.charset.StandardCharsets.UTF_8));
                digest.update((byte) 0);
                try {
                    digest.update(Files.readAllBytes(file));
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                digest.update((byte) 0);
            }
        }
        return HexFormat.of().formatHex(digest.digest()).substring(0, 32);
    }

    /** A cheap stamp of a folder tree (names, sizes, modification times) to know when to re-read. */
    public static String stamp(Path folder) {
        StringBuilder stamp = new StringBuilder();
        for (Path file : files(folder)) {
            try {
                stamp.append(file).append('|').append(Files.size(file)).append('|')
                        .append(Files.getLastModifiedTime(file).toMillis()).append('\n');
            } catch (IOException e) {
                stamp.append(file).append("|gone\n");
            }
        }
        return Integer.toHexString(stamp.toString().hashCode()) + ":" + stamp.length();
    }

    private static List<Path> files(Path folder) {
        try (Stream<Path> walk = Files.walk(folder)) {
            return walk.filter(p -> Files.isRegularFile(p, LinkOption.NOFOLLOW_LINKS))
                    .filter(p -> !folder.relativize(p).toString().startsWith("."))
                    .sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
