package uk.sufficiency.model.io;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
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
 * of the run, or a folder holding anything but earlier results (replacing it would delete them).
 */
public final class ResultsFolder {

    /** Marks a folder as results written by this engine, so a later run may replace it whole. */
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
        if (Files.isDirectory(out) && !isReplaceable(out)) {
            throw refuse(out, option, "holds files that are not results of an earlier run; choose a new or empty folder");
        }
        Path parent = out.getParent();
        while (parent != null && !Files.exists(parent)) {
            parent = parent.getParent();
        }
        if (parent == null || !Files.isWritable(parent) || Files.isDirectory(out) && !Files.isWritable(out)) {
            throw refuse(out, option, "cannot be written here (no write permission)");
        }
    }

    /** Checks the folder, writes the body into a staging sibling and switches it in. Returns the files written. */
    public static List<Path> write(Path target, String option, Collection<Path> inputs, Body body) throws Exception {
        check(target, option, inputs);
        Path out = target.toAbsolutePath().normalize();
        Path parent = out.getParent();
        Files.createDirectories(parent);
        String name = out.getFileName().toString();
        Path lockFile = parent.resolve("." + name + ".lock");
        try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                FileLock lock = tryLock(channel, out, option)) {
            removeStale(parent, name);
            Path staging = parent.resolve("." + name + ".staging-" + ProcessHandle.current().pid());
            Files.createDirectories(staging);
            try {
                OutputDirectory output = new OutputDirectory(staging);
                body.writeTo(output);
                output.write(MARKER, w -> w.write("results written by sufficiency; this folder is replaced whole by the next run\n"));
                switchIn(staging, out, parent.resolve("." + name + ".old-" + ProcessHandle.current().pid()));
                return output.written().stream().filter(p -> !p.getFileName().toString().equals(MARKER))
                        .map(p -> out.resolve(staging.relativize(p))).toList();
            } finally {
                deleteTree(staging);
            }
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

    private static boolean isReplaceable(Path folder) {
        try (Stream<Path> entries = Files.list(folder)) {
            List<Path> list = entries.toList();
            return list.isEmpty() || list.stream().anyMatch(p -> {
                String f = p.getFileName().toString();
                return f.equals(MARKER) || f.equals("run.json");
            });
        } catch (IOException e) {
            return false;
        }
    }

    /** Staging and old folders of runs that were killed before they finished. */
    private static void removeStale(Path parent, String name) throws IOException {
        try (Stream<Path> siblings = Files.list(parent)) {
            for (Path p : siblings.toList()) {
                String f = p.getFileName().toString();
                if (f.startsWith("." + name + ".staging-") || f.startsWith("." + name + ".old-")) {
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
