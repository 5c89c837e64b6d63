package uk.sufficiency.sweep.task;

import java.util.ArrayList;
import java.util.List;
import uk.sufficiency.engine.planning.PlanEvaluator;
import uk.sufficiency.engine.planning.PlanMeasure;
import uk.sufficiency.engine.planning.PlanResult;

/**
 * What a sweep keeps of a sufficiency plan, per simulation: every plan measure (demand, usable
 * in-house places, children placed in-house and externally, the gap, the in-house share, weekly and
 * annual cost; docs/methods/planning.md) for all skill levels together, in each plan year, under the
 * scenario's recruitment (the baseline's when the scenario sets none).
 */
final class PlanMeasures {

    static final String PREFIX = "plan_";

    private PlanMeasures() {
    }

    static List<MeasureValues> of(PlanResult result) {
        List<MeasureValues> values = new ArrayList<>();
        PlanEvaluator.Evaluation plan = result.plan();
        for (int t = 1; t <= result.settings().years(); t++) {
            int year = result.settings().yearLabel(t);
            for (PlanMeasure measure : PlanMeasure.values()) {
                values.add(new MeasureValues(PREFIX + measure.column(), measure.unit(), year,
                        plan.samples(measure, t, PlanEvaluator.ALL).clone()));
            }
        }
        return values;
    }
}
