package uk.sufficiency.web.scenarios;

import java.nio.file.Path;
import java.util.List;
import uk.sufficiency.model.validation.Problem;

/**
 * One validation problem as a page shows it: file (relative to the workspace, under the name the
 * folder will have once saved), line, column, value and rule.
 */
public record ProblemView(String severity, String file, String line, String column, String value, String rule) {

    /** @param staging a staged folder whose paths are shown as {@code target}'s, or null */
    public static List<ProblemView> of(List<Problem> problems, Path workspace, Path staging, Path target) {
        return problems.stream().map(p -> of(p, workspace, staging, target)).toList();
    }

    static ProblemView of(Problem p, Path workspace, Path staging, Path target) {
        String file = "";
        if (p.file() != null) {
            Path path = p.file().toAbsolutePath().normalize();
            if (staging != null && path.startsWith(staging)) {
                path = target.resolve(staging.relativize(path));
            }
            file = path.startsWith(workspace) ? workspace.relativize(path).toString() : path.getFileName().toString();
        }
        return new ProblemView(p.isError() ? "error" : "warning", file, p.line() > 0 ? Integer.toString(p.line()) : "",
                p.column() == null ? "" : p.column(), p.value() == null ? "" : p.value(), p.rule());
    }
}
