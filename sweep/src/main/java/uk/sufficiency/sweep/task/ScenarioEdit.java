package uk.sufficiency.sweep.task;

import java.io.Serializable;
import java.util.List;
import uk.sufficiency.model.scenario.Scenario;

/** One scenario of the sweep's grid: a name and the settings it changes on every council. */
public record ScenarioEdit(String name, List<Setting> settings) implements Serializable {

    private static final long serialVersionUID = 1L;

    public ScenarioEdit {
        settings = List.copyOf(settings);
    }

    public Scenario applyTo(Scenario scenario) {
        Scenario edited = scenario;
        for (Setting setting : settings) {
            edited = setting.applyTo(edited);
        }
        return edited;
    }
}
