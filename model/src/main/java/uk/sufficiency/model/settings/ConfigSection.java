package uk.sufficiency.model.settings;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.deser.DeserializationProblemHandler;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import java.io.IOException;
import java.util.Collection;
import java.util.Objects;
import java.util.TreeSet;
import java.util.stream.Collectors;
import uk.sufficiency.model.validation.ProblemCollector;

/**
 * One capability's section of the merged scenario.yaml. {@link #bind} turns it into the
 * capability's settings record in one strict pass: every unknown key, wrong type or shape is a
 * problem naming the file and line that set it (a base scenario's line for an inherited key).
 * Range and cross-key rules are then checked by the capability with {@link #error}.
 */
public final class ConfigSection {

    private final String name;
    private final JsonNode node;
    private final ScenarioConfig config;

    ConfigSection(String name, JsonNode node, ScenarioConfig config) {
        this.name = name;
        this.node = node;
        this.config = config;
    }

    public String name() {
        return name;
    }

    public boolean isPresent() {
        return !node.isMissingNode() && !node.isNull();
    }

    /** The section's tree (a missing node when absent). */
    public JsonNode node() {
        return node;
    }

    /**
     * Binds the section to {@code type} (a record whose components are the section's keys in
     * camelCase). An absent section binds as an empty map, so the record's defaults apply. Returns
     * null after adding the problems when the section cannot be bound.
     */
    public <T> T bind(Class<T> type, ProblemCollector problems) {
        if (isPresent() && !node.isObject()) {
            error(problems, "", shortText(node), (name.isEmpty() ? "the file" : name) + " must be a map of settings");
            return null;
        }
        return bind(isPresent() ? node : JsonNodeFactory.instance.objectNode(), "", type, problems);
    }

    /**
     * Binds one key of the section on its own ({@code /as_of} to a LocalDate), so that a wrong
     * value there does not hide the other keys' problems. Returns null when absent or wrong.
     */
    public <T> T bindValue(String relativePointer, Class<T> type, ProblemCollector problems) {
        JsonNode value = node.at(relativePointer);
        if (value.isMissingNode() || value.isNull()) {
            return null;
        }
        return bind(value, relativePointer, type, problems);
    }

    private <T> T bind(JsonNode source, String prefix, Class<T> type, ProblemCollector problems) {
        UnknownKeys unknown = new UnknownKeys(prefix, problems);
        ObjectReader reader = SettingsMapper.STRICT.readerFor(type).withHandler(unknown);
        try {
            T value = reader.readValue(SettingsMapper.STRICT.treeAsTokens(source));
            return unknown.found ? null : value;
        } catch (JsonMappingException e) {
            String pointer = prefix + pointer(e);
            error(problems, pointer, shortText(node.at(pointer)), rule(e));
            return null;
        } catch (IOException e) {
            error(problems, prefix, null, "cannot read the " + name + " settings: " + e.getMessage());
            return null;
        }
    }

    /** The file and line of a key inside the section ({@code /supply/lead_time_months}). */
    public Origin origin(String relativePointer) {
        return config.origin(name.isEmpty() ? relativePointer : "/" + escape(name) + relativePointer);
    }

    /** The key as a user writes it: {@code plan.supply.lead_time_months}, {@code plan.demand[0]}. */
    public String key(String relativePointer) {
        StringBuilder key = new StringBuilder(name);
        for (String part : relativePointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            boolean index = part.chars().allMatch(Character::isDigit);
            key.append(index ? "[" + part + "]" : (key.length() == 0 ? "" : ".") + unescape(part));
        }
        return key.length() == 0 ? "(scenario)" : key.toString();
    }

    /** Adds an error at a key of this section. */
    public void error(ProblemCollector problems, String relativePointer, String value, String rule) {
        Origin origin = origin(relativePointer);
        problems.error(origin.file(), origin.line(), column(origin, relativePointer), value, rule);
    }

    /** Adds a warning at a key of this section. */
    public void warning(ProblemCollector problems, String relativePointer, String value, String rule) {
        Origin origin = origin(relativePointer);
        problems.warning(origin.file(), origin.line(), column(origin, relativePointer), value, rule);
    }

    /** Checks {@code min <= value <= max} when the value is set; the rule names the meaning and range. */
    public void checkRange(ProblemCollector problems, String relativePointer, Number value, double min, double max,
            String meaning) {
        if (value == null) {
            return;
        }
        double v = value.doubleValue();
        if (!Double.isFinite(v) || v < min || v > max) {
            error(problems, relativePointer, value.toString(), meaning + " from " + plain(min) + " to " + plain(max));
        }
    }

    /**
     * The value to use and where it came from: the section's value if set (its file and line),
     * else the documented default and its source. Records the choice in {@code assumptions}.
     */
    public <T> T valueOrDefault(T value, String relativePointer, T defaultValue, String unit, String defaultSource,
            Collection<Assumption> assumptions) {
        T used = value != null ? value : defaultValue;
        String source = value != null ? origin(relativePointer).source() : defaultSource;
        assumptions.add(new Assumption(key(relativePointer), Objects.toString(used), unit, source));
        return used;
    }

    /** A problem with an option's value names the option, else the key as written in the yaml. */
    private String column(Origin origin, String relativePointer) {
        return origin.option() != null ? origin.option() : key(relativePointer);
    }

    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }

    private static String shortText(JsonNode value) {
        if (value == null || value.isMissingNode()) {
            return null;
        }
        String text = value.isValueNode() ? value.asText() : value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "..." : text;
    }

    private static String pointer(JsonMappingException e) {
        StringBuilder pointer = new StringBuilder();
        for (JsonMappingException.Reference ref : e.getPath()) {
            if (ref.getFieldName() != null) {
                pointer.append('/').append(escape(ref.getFieldName()));
            } else if (ref.getIndex() >= 0) {
                pointer.append('/').append(ref.getIndex());
            }
        }
        return pointer.toString();
    }

    private static String rule(JsonMappingException e) {
        String message = e.getOriginalMessage();
        if (message.startsWith("Cannot coerce") || message.startsWith("Cannot deserialize value of type")) {
            String target = e instanceof com.fasterxml.jackson.databind.exc.MismatchedInputException m
                    && m.getTargetType() != null ? m.getTargetType().getSimpleName() : "the expected type";
            return "wrong type: expected " + describe(target);
        }
        int cut = message.indexOf(" at [Source");
        return "invalid value: " + (cut > 0 ? message.substring(0, cut) : message);
    }

    private static String describe(String javaType) {
        return switch (javaType) {
            case "double", "Double", "float", "Float" -> "a plain decimal number (e.g. 0.05)";
            case "int", "Integer", "long", "Long" -> "a whole number";
            case "boolean", "Boolean" -> "true or false";
            case "String" -> "text";
            case "List", "ArrayList" -> "a list";
            case "Map", "LinkedHashMap", "HashMap", "TreeMap" -> "a map of keys";
            case "LocalDate" -> "an ISO date (YYYY-MM-DD)";
            default -> "a " + javaType + " (a map of its keys)";
        };
    }

    private static String escape(String key) {
        return key.replace("~", "~0").replace("/", "~1");
    }

    private static String unescape(String key) {
        return key.replace("~1", "/").replace("~0", "~");
    }

    /** Reports every unknown key (not just the first) and skips it, so one pass lists them all. */
    private final class UnknownKeys extends DeserializationProblemHandler {
        private final String prefix;
        private final ProblemCollector problems;
        private boolean found;

        UnknownKeys(String prefix, ProblemCollector problems) {
            this.prefix = prefix;
            this.problems = problems;
        }

        @Override
        public boolean handleUnknownProperty(DeserializationContext ctxt, JsonParser p, JsonDeserializer<?> deserializer,
                Object beanOrClass, String propertyName) throws IOException {
            // a buffered (record) context can read "//key" at the root; a pointer never has an empty step here
            String context = p.getParsingContext().pathAsPointer().toString().replaceAll("/{2,}", "/");
            String pointer = prefix + (context.endsWith("/") ? context.substring(0, context.length() - 1) : context);
            if (!pointer.endsWith("/" + escape(propertyName)) || pointer.equals(prefix)) {
                pointer = pointer + "/" + escape(propertyName);
            }
            Collection<Object> known = deserializer.getKnownPropertyNames();
            String knownText = known == null ? "" : "; known keys: "
                    + new TreeSet<>(known.stream().map(Object::toString).toList()).stream().collect(Collectors.joining(", "));
            error(problems, pointer, null, "unknown key '" + propertyName + "'" + knownText);
            found = true;
            p.skipChildren();
            return true;
        }
    }

    @Override
    public String toString() {
        return name + ": " + node;
    }

}
