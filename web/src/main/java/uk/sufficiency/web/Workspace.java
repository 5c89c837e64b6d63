package uk.sufficiency.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import uk.sufficiency.web.security.BadRequest;
import uk.sufficiency.web.security.Names;
import uk.sufficiency.web.security.NotFound;

/**
 * The folder the app works in: {@code scenarios/} (one folder per scenario), {@code runs/} (one
 * folder per run written by the same code as {@code sufficiency run}) and {@code comparisons/}.
 * Every path a request names goes through here: a single checked name, resolved under its folder,
 * never a symbolic link, and still inside the workspace once resolved on disk.
 */
public final class Workspace {

    public static final String SCENARIOS = "scenarios";
    public static final String RUNS = "runs";
    public static final String COMPARISONS = "comparisons";

    private final Path root;

    public Workspace(Path root) {
        try {
            Files.createDirectories(root);
            this.root = root.toRealPath();
            for (String folder : List.of(SCENARIOS, RUNS, COMPARISONS)) {
                Path dir = this.root.resolve(folder);
                if (Files.isSymbolicLink(dir)) {
                    throw new IllegalArgumentException(dir + " is a symbolic link; the workspace must hold its own folders");
                }
                Files.createDirectories(dir);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot use " + root + " as the workspace", e);
        }
    }

    public Path root() {
        return root;
    }

    public Path folder(String kind) {
        return root.resolve(kind);
    }

    /** An existing entry of {@code kind} named by a request, confined to the workspace. */
    public Path existing(String kind, String name) {
        Path path = resolve(kind, name);
        if (!Files.isDirectory(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotFound("no " + singular(kind) + " named '" + name + "'");
        }
        return path;
    }

    /** Where a new entry of {@code kind} would go; the name is checked but need not exist. */
    public Path resolve(String kind, String name) {
        Names.check(name, singular(kind) + " name");
        Path parent = folder(kind);
        Path path = parent.resolve(name).normalize();
        if (!path.getParent().equals(parent)) {
            throw new BadRequest("'" + name + "' is not a name inside " + kind + "/");
        }
        if (Files.isSymbolicLink(path)) {
            throw new BadRequest("'" + name + "' is a symbolic link; the app follows none");
        }
        if (Files.exists(path)) {
            try {
                if (!path.toRealPath().startsWith(root)) {
                    throw new BadRequest("'" + name + "' resolves outside the workspace");
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return path;
    }

    /** A file inside an entry, by a relative name of checked segments (no symbolic link on the way). */
    public Path fileIn(Path entry, String relative) {
        Path path = entry;
        for (String segment : relative.split("/")) {
            Names.check(segment, "file name");
            path = path.resolve(segment);
            if (Files.isSymbolicLink(path)) {
                throw new BadRequest("'" + relative + "' passes through a symbolic link");
            }
        }
        if (!Files.isRegularFile(path, LinkOption.NOFOLLOW_LINKS)) {
            throw new NotFound("no file '" + relative + "'");
        }
        return path;
    }

    /** The entries of {@code kind}: visible folders that are not links, by name. */
    public List<String> list(String kind) {
        List<String> names = new ArrayList<>();
        try (Stream<Path> entries = Files.list(folder(kind))) {
            entries.filter(p -> Files.isDirectory(p, LinkOption.NOFOLLOW_LINKS))
                    .map(p -> p.getFileName().toString()).filter(Names::isValid).sorted().forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return names;
    }

    private static String singular(String kind) {
        return kind.endsWith("s") ? kind.substring(0, kind.length() - 1) : kind;
    }
}
