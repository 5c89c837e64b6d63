package uk.sufficiency.sweep.task;

import java.util.List;
import java.util.Optional;
import uk.sufficiency.engine.market.MarketCapability;
import uk.sufficiency.engine.planning.PlanCapability;
import uk.sufficiency.engine.projection.lac.LacProjectionCapability;

/**
 * Every capability a sweep can run, in pipeline order (a later step may use an earlier one's
 * result from the context: the plan takes its demand from the LAC projection). Adding a capability
 * to sweeps is one line here: its entry point and the function that extracts its per-simulation
 * values.
 */
public final class SweepSteps {

    public static final List<SweepStep<?, ?>> ALL = List.of(
            new SweepStep<>(new LacProjectionCapability(), LacMeasures::of),
            new SweepStep<>(new PlanCapability(), PlanMeasures::of),
            new SweepStep<>(new MarketCapability(), MarketMeasures::of));

    private SweepSteps() {
    }

    public static Optional<SweepStep<?, ?>> byId(String id) {
        return ALL.stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public static List<String> ids() {
        return ALL.stream().map(SweepStep::id).toList();
    }

    /** The steps asked for, in pipeline order whatever the order asked. */
    public static List<SweepStep<?, ?>> selected(List<String> ids) {
        return ALL.stream().filter(s -> ids.contains(s.id())).toList();
    }
}
