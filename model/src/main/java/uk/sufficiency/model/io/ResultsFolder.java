package uk.sufficiency.model.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * Writes a command's whole set of result files so that a reader sees the old results or the new,
 * never a mix: everything is written into a hidden staging sibling ({@code .NAME.staging-PID}), which
 * then replaces the folder by rename. A run killed part-way leaves only a staging folder, removed by
 * the next run; two runs into one folder at once are serialised by a lock file, the second refused.
 *
 * <p>The folder is checked before any work starts ({@link #check}): it may not be a file, an input
 * of the run, a folder another run is writing, or a folder holding anything but an earlier folder of
 * the same {@link FolderKind} (replacing it would delete the user's files).
 */
public final class ResultsFolder {

    /** Marks a folder as results written by this engine, so a later run may replace it whole ({@link FolderKind#RESULTS}). */
    public static final String MARKER = ".sufficiency-results";

    /** What a command writes into the staged folder. */
    @FunctionalInterface
    public interface Body {
        void writeTo(OutputDirectory output) throws Exception;
    }

    private ResultsFolder() {
    }

    /**
     * Refuses an output folder before any work: exit status 2 with a reason, nothing written.
     *
     * @param option the option that named it ({@code --out}), for the message
     * @param inputs files and folders the command reads; the output may be none of them nor hold them
     */
    public static void check(Path target, String option, Collection<Path> inputs) {
        check(target, option, inputs, FolderKind.RESULTS);
    }

    /** The same, for a folder of the given kind (which decides what existing folder it may replace). */
    public static void check(Path target, String option, Collection<Path> inputs, FolderKind kind) {
        Path out = checkFolder(target, option, inputs, kind);
        if (Files.isDirectory(out.getParent())) {
            probeLock(out, option);
        }
    }

    private static Path checkFolder(Path target, String option, Collection<Path> inputs, FolderKind kind) {
        Path out = target.toAbsolutePath().normalize();
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw refuse(out, option, "names a file, not a folder");
        }
        for (Path input : inputs) {
            Path in = input.toAbsolutePath().normalize();
            if (in.startsWith(out)) {
                throw refuse(out, option, "is or holds an input of this command (" + in
                        + "); write results to a folder of their own");
            }
        }
        if (Files.isDirectory(out)) {
            Optional<String> foreign = foreignFile(out, kind);
            if (foreign.isPresent()) {
                throw refuse(out, option, kind.refusal() + " (it holds " + foreign.get() + ")");
            }
        }
        Path parent = out.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent != null && !Files.isDirectory(parent)) {
            throw refuse(out, option, "cannot be created: " + parent + " is a file, not a folder");
        }
        if (parent == null || !Files.isWritable(parent) || Files.isDirectory(out) && !Files.isWritable(out)) {
            throw refuse(out, option, "cannot be written here (no write permission)");
        }
        return out;
    }

    /** Checks the folder, writes the body into a staging sibling and switches it in. Returns the files written. */
    public static List<Path> write(Path target, String option, Collection<Path> inputs, Body body) throws Exception {
        return write(target, option, inputs, FolderKind.RESULTS, body);
    }

    /**
     * The same, for a folder of the given kind. The lock is held from the check of the folder to the
     * switch, so a second run into the same folder is refused (exit status 2) rather than mixed in.
     */
    public static List<Path> write(Path target, String option, Collection<Path> inputs, FolderKind kind, Body body)
            throws Exception {
        check(target, option, inputs, kind);
        Path out = target.toAbsolutePath().normalize();
        Path parent = out.getParent();
        Files.createDirectories(parent);
        String name = out.getFileName().toString();
        try (FileChannel channel = FileChannel.open(lockFile(out), StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel, out, option)) {
            removeStale(parent, name);
            checkFolder(target, option, inputs, kind);
            Path staging = parent.resolve("." + name + ".staging-" + ProcessHandle.current().pid());
            Files.createDirectories(staging);
            try {
                OutputDirectory output = new OutputDirectory(staging);
                body.writeTo(output);
                String marker = kind.markerText(staging);
                output.write(kind.markerName(), w -> w.write(marker));
                switchIn(staging, out, parent.resolve("." + name + ".old-" + ProcessHandle.current().pid()));
                return output.written().stream().filter(p -> !p.getFileName().toString().equals(kind.markerName()))
                        .map(p -> out.resolve(staging.relativize(p))).toList();
            } finally {
                deleteTree(staging);
            }
        }
    }

    private static Path lockFile(Path out) {
        return out.getParent().resolve("." + out.getFileName() + ".lock");
    }

    /** Refuses at once, before any work, when another run holds the folder's lock. */
    private static void probeLock(Path out, String option) {
        Path lockFile = lockFile(out);
        if (!Files.exists(lockFile)) {
            return;
        }
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel, out, option)) {
            // free: released at once; write() takes it again for the whole write
        } catch (IOException e) {
            // cannot open it: write() will say so when it tries
        }
    }

    private static Optional<String> foreignFile(Path out, FolderKind kind) {
        try {
            return kind.foreignFile(out);
        } catch (IOException e) {
            return Optional.of("a file that cannot be read: " + e.getMessage());
        }
    }

    private static FileLock tryLock(FileChannel channel, Path out, String option) throws IOException {
        FileLock lock;
        try {
            lock = channel.tryLock();
        } catch (OverlappingFileLockException e) {
            lock = null;
        }
        if (lock == null) {
            throw refuse(out, option, "is being written by another run right now; wait for it or choose another folder");
        }
        return lock;
    }

    private static void switchIn(Path staging, Path out, Path old) throws IOException {
        if (Files.exists(out)) {
            Files.move(out, old, StandardCopyOption.ATOMIC_MOVE);
        }
        try {
            Files.move(staging, out, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            if (Files.exists(old)) {
                Files.move(old, out, StandardCopyOption.ATOMIC_MOVE);
            }
            throw e;
        }
        deleteTree(old);
    }

    /**
     * Staging and old folders of runs that were killed before they finished. A run killed between
     * its two renames left the folder absent and the earlier results complete in {@code .NAME.old-PID}:
     * those are put back first, so a reader never loses results to a kill.
     */
    private static void removeStale(Path parent, String name) throws IOException {
        Path out = parent.resolve(name);
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.sorted().toList()) {
                String f = p.getFileName().toString();
                if (f.startsWith("." + name + ".old-") && !Files.exists(out, LinkOption.NOFOLLOW_LINKS)) {
                    Files.move(p, out, StandardCopyOption.ATOMIC_MOVE);
                } else if (f.startsWith("." + name + ".staging-") || f.startsWith("." + name + ".old-")) {
                    deleteTree(p);
                }
            }
        }
    }

    private static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(root)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.deleteIfExists(p);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("could not remove " + root, e);
        }
    }

    private static InvalidInputException refuse(Path out, String option, String why) {
        return InvalidInputException.of(Problem.error(out, 0, option, null, option + " " + why));
    }
}
