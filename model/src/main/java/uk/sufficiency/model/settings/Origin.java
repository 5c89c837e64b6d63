package uk.sufficiency.model.settings;

import java.nio.file.Path;

/**
 * Where a setting was written: the yaml file that last set it and the line, so that a problem can
 * point at it even when the key comes from a base scenario that a variant extends; or the
 * command-line option that overrode it.
 *
 * @param file   the yaml file, or null when the value came from no file
 * @param line   1-based line, or 0 when not known
 * @param option the command-line option that set the value ({@code --years}), or null
 */
public record Origin(Path file, int line, String option) {

    public static final Origin NONE = new Origin(null, 0, null);

    public Origin(Path file, int line) {
        this(file, line, null);
    }

    public static Origin option(String option) {
        return new Origin(null, 0, option);
    }

    /**
     * Where the value came from, as a report shows it: the option, "default", or the scenario folder,
     * file and line ({@code leicestershire-2015/scenario.yaml:132}), so that a shared report names no
     * path on the machine that ran it (an error keeps the whole path: {@link #toString}).
     */
    public String source() {
        if (option != null || file == null) {
            return toString();
        }
        Path folder = file.toAbsolutePath().normalize().getParent();
        String name = (folder == null || folder.getFileName() == null ? "" : folder.getFileName() + "/")
                + file.getFileName();
        return name + (line > 0 ? ":" + line : "");
    }

    @Override
    public String toString() {
        if (option != null) {
            return option;
        }
        return file == null ? "default" : file + (line > 0 ? ":" + line : "");
    }
}
