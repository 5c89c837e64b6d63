package uk.sufficiency.model.scenario;

import java.io.StringReader;
import java.nio.file.Path;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.events.AliasEvent;
import org.yaml.snakeyaml.events.CollectionEndEvent;
import org.yaml.snakeyaml.events.CollectionStartEvent;
import org.yaml.snakeyaml.events.Event;
import org.yaml.snakeyaml.events.NodeEvent;
import uk.sufficiency.model.validation.InvalidInputException;
import uk.sufficiency.model.validation.Problem;

/**
 * Checks a scenario.yaml's structure before it is read: no anchors or aliases (the reader would
 * silently take "*w" as the text "w"), nesting no deeper than {@link #MAX_DEPTH}. Each refusal
 * names its line.
 */
public final class SafeYaml {

    /** The deepest a scenario.yaml needs is about 5 (plan.supply.retirement[0].rate). */
    static final int MAX_DEPTH = 20;

    private SafeYaml() {
    }

    public static void check(Path file, String text) {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(0);
        options.setNestingDepthLimit(MAX_DEPTH + 5);
        options.setCodePointLimit(Math.max(text.length() + 1, 1));
        int depth = 0;
        int lastLine = 1;
        try {
            for (Event event : new Yaml(options).parse(new StringReader(text))) {
                int line = event.getStartMark() == null ? 0 : event.getStartMark().getLine() + 1;
                lastLine = Math.max(lastLine, line);
                if (event instanceof AliasEvent) {
                    throw refuse(file, line, "YAML aliases (*name) are not supported: write the value out in full");
                }
                if (event instanceof NodeEvent node && node.getAnchor() != null) {
                    throw refuse(file, line, "YAML anchors (&name) are not supported: write each value out in full");
                }
                if (event instanceof CollectionStartEvent) {
                    depth++;
                    if (depth > MAX_DEPTH) {
                        throw refuse(file, line, "nesting is deeper than " + MAX_DEPTH + " levels");
                    }
                } else if (event instanceof CollectionEndEvent) {
                    depth--;
                }
            }
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            throw refuse(file, line, "not valid YAML: " + e.getProblem());
        } catch (org.yaml.snakeyaml.error.YAMLException e) {
            throw refuse(file, lastLine, "not valid YAML: " + e.getMessage());
        } catch (InvalidInputException e) {
            throw e;
        } catch (RuntimeException e) {
            // the parser's own failure on malformed text (a NumberFormatException on a unicode escape
            // without its hex digits): still the file's fault, so a refusal, never a stack trace
            throw refuse(file, lastLine, "not valid YAML on or after this line: the parser stopped at a malformed"
                    + " value (a \\u or \\x escape without its hex digits?)");
        }
    }

    private static InvalidInputException refuse(Path file, int line, String rule) {
        return InvalidInputException.of(Problem.error(file, line, null, null, rule));
    }
}
