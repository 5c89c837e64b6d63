package uk.sufficiency.engine.synthetic;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.scenario.Scenario;

/**
 * A scenario's "singletons" variant: the same children and placements with sibling groups and
 * living_with rules dropped, so every child is matched alone. Matching such a scenario is exactly a
 * min-cost flow problem, whose optimum is then known (the benchmark's exact reference). Everything
 * else (ids, needs, ages, statuses, where placed children live) is kept, so the variant and the
 * original share every random draw and differ only in those two columns.
 */
public final class SingletonsOnly {

    private SingletonsOnly() {
    }

    public static Scenario of(Scenario scenario) {
        List<Child> children = new ArrayList<>(scenario.children().size());
        for (Child c : scenario.children()) {
            children.add(c.alone());
        }
        return scenario.withChildren(children);
    }
}
