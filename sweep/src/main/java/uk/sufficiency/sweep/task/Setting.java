package uk.sufficiency.sweep.task;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.Serializable;
import java.io.UncheckedIOException;
import uk.sufficiency.model.scenario.Scenario;

/**
 * One scenario edit: a key of a capability's section set to a value, exactly as a command-line
 * option sets it ({@link Scenario#withSetting}), so the capability checks it as strictly. The value
 * travels as JSON text: tasks are serialised to cluster nodes.
 *
 * @param section the scenario.yaml section ({@code plan})
 * @param key     the key inside it, dotted for sub-maps ({@code supply.recruit_cap_per_year})
 * @param json    the value as JSON
 * @param origin  where it was set ({@code SPEC.yaml line 12}), shown in problems
 */
public record Setting(String section, String key, String json, String origin) implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final ObjectMapper JSON = new ObjectMapper();

    public static Setting of(String section, String key, JsonNode value, String origin) {
        return new Setting(section, key, value.toString(), origin);
    }

    public JsonNode value() {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    public Scenario applyTo(Scenario scenario) {
        return scenario.withSetting(section, key, value(), origin);
    }

    @Override
    public String toString() {
        return section + "." + key + "=" + json;
    }
}
