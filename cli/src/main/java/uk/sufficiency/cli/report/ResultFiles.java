package uk.sufficiency.cli.report;

import uk.sufficiency.model.table.Table;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.sufficiency.model.io.OutputDirectory;

/**
 * Writes a report's files into one folder: every table as {@code csv/NAME.csv}, all tables in one
 * workbook, and the HTML report. Each file is written atomically, and a file that cannot be written
 * is reported without losing the others.
 */
public final class ResultFiles {

    private static final Logger LOG = LoggerFactory.getLogger(ResultFiles.class);

    /** What was written, and the files that could not be, with why. */
    public record Written(List<Path> files, List<String> errors) {
    }

    private ResultFiles() {
    }

    /**
     * @param htmlName     the report's file name ({@code report.html})
     * @param workbookName the workbook's file name, or null for none
     */
    public static Written write(OutputDirectory out, Report report, String htmlName, String workbookName) {
        List<Path> files = new ArrayList<>();
        List<String> errors = new ArrayList<>();
        List<Table> tables = report.allTables();
        for (Table table : tables) {
            attempt("csv/" + table.name() + ".csv", files, errors,
                    () -> out.write("csv/" + table.name() + ".csv", w -> CsvTableWriter.write(table, w)));
        }
        if (workbookName != null) {
            attempt(workbookName, files, errors,
                    () -> out.writeBinary(workbookName, stream -> WorkbookWriter.write(tables, stream)));
        }
        attempt(htmlName, files, errors, () -> out.write(htmlName, w -> HtmlReportWriter.write(report, w)));
        return new Written(files, errors);
    }

    private static void attempt(String name, List<Path> files, List<String> errors,
            java.util.function.Supplier<Path> write) {
        try {
            files.add(write.get());
        } catch (RuntimeException e) {
            LOG.debug("could not write {}", name, e);
            errors.add("could not write " + name + ": " + (e.getCause() != null ? e.getCause() : e.getMessage()));
        }
    }
}
