package uk.sufficiency.model.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * What a whole folder written by {@link ResultsFolder} holds, and so which existing folder a new
 * one may replace. Results (of {@code run}, {@code compare}, a projection...) replace earlier
 * results. A generated scenario replaces only a folder holding exactly what an earlier
 * {@code generate} wrote, unchanged: a scenario edited or extended by hand, or results written into
 * it, are never deleted by regenerating.
 */
public enum FolderKind {

    /** Results of a command: replaceable when marked as such (or an older run folder holding run.json). */
    RESULTS(ResultsFolder.MARKER, "holds files that are not results of an earlier run; choose a new or empty folder") {
        @Override
        Optional<String> foreignFile(Path folder) throws IOException {
            try (Stream<Path> entries = Files.list(folder)) {
                List<String> names = entries.map(p -> p.getFileName().toString()).sorted().toList();
                boolean results = names.isEmpty() || names.contains(ResultsFolder.MARKER) || names.contains("run.json");
                return results ? Optional.empty() : Optional.of(names.get(0));
            }
        }

        @Override
        String markerText(Path staging) {
            return "results written by sufficiency; this folder is replaced whole by the next run\n";
        }
    },

    /** A scenario written by {@code generate} (or benchmark instances): replaceable only while unchanged. */
    GENERATED_SCENARIO(GeneratedManifest.FILE_NAME, "holds files that an earlier 'generate' did not write, or that"
            + " were changed since; a scenario edited by hand is never overwritten: generate into a new or empty folder") {
        @Override
        Optional<String> foreignFile(Path folder) throws IOException {
            return GeneratedManifest.firstForeignFile(folder);
        }

        @Override
        String markerText(Path staging) throws IOException {
            return GeneratedManifest.describe(staging);
        }
    };

    private final String markerName;
    private final String refusal;

    FolderKind(String markerName, String refusal) {
        this.markerName = markerName;
        this.refusal = refusal;
    }

    /** The hidden file that marks a folder of this kind. */
    public String markerName() {
        return markerName;
    }

    /** Why a folder that is not of this kind may not be replaced. */
    String refusal() {
        return refusal;
    }

    /** A file in the existing folder that replacing it would destroy (relative name), or empty if it may be replaced. */
    abstract Optional<String> foreignFile(Path folder) throws IOException;

    /** The marker's content, written last into the staged folder. */
    abstract String markerText(Path staging) throws IOException;
}
