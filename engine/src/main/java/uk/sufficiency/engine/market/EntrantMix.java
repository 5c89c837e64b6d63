package uk.sufficiency.engine.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.placement.Placement;
import uk.sufficiency.model.placement.PlacementKind;
import uk.sufficiency.model.placement.PlacementType;
import uk.sufficiency.model.scenario.Scenario;

/**
 * The scenario's children mix, from which each entrant's needs are drawn: the entry model gives an
 * entrant's age band and category; the entrant then takes the needs, required level, sex, family home,
 * school, living-with rule, recommended kind and urgency of a child of the scenario in the same band and
 * category (else the same band and placement kind, else the same band, else any child). A child drawn
 * from one living with a connected (family and friends) carer arrives with such a carer of their own,
 * at the same place, approved for them alone. Entrants are never in a sibling group.
 */
final class EntrantMix {

    /** A child of the scenario as a template, and the connected carer they live with, if any. */
    private record Template(Child child, Placement connected) {
    }

    private final LacFlows flows;
    private final Map<Long, List<Template>> byBandAndCategory = new HashMap<>();
    private final Map<Long, List<Template>> byBandAndKind = new HashMap<>();
    private final Map<Integer, List<Template>> byBand = new HashMap<>();
    private final List<Template> all = new ArrayList<>();

    EntrantMix(Scenario scenario, LacFlows flows) {
        this.flows = flows;
        Map<String, Placement> placements = new HashMap<>();
        scenario.placements().forEach(p -> placements.put(p.placementId(), p));
        for (Child child : scenario.children()) {
            Placement at = child.currentPlacementId() == null ? null : placements.get(child.currentPlacementId());
            int category = at == null ? flows.categoryOf(child.recommended()) : flows.categoryOf(at.type());
            int ageMonths = Math.max(0, (int) java.time.temporal.ChronoUnit.MONTHS.between(child.birthDate(),
                    scenario.asOfDate()));
            int band = flows.space().bands().bandOf(ageMonths);
            Template template = new Template(child, at != null && at.type() == PlacementType.CONNECTED ? at : null);
            if (category >= 0) {
                byBandAndCategory.computeIfAbsent(key(band, category), k -> new ArrayList<>()).add(template);
            }
            PlacementKind kind = at == null ? child.recommended() : at.type().kind();
            byBandAndKind.computeIfAbsent(key(band, kind.ordinal()), k -> new ArrayList<>()).add(template);
            byBand.computeIfAbsent(band, k -> new ArrayList<>()).add(template);
            all.add(template);
        }
    }

    private static long key(int band, int other) {
        return ((long) band << 32) | other;
    }

    boolean isEmpty() {
        return all.isEmpty();
    }

    /**
     * A new entrant in state {@code state} aged {@code ageMonths} at {@code monthEnd}: the child and,
     * when the template lives with a connected carer, that carer's copy approved for the entrant.
     */
    Entrant draw(int state, int ageMonths, LocalDate monthEnd, String id, String connectedId, RandomGenerator rng) {
        int band = flows.space().bandOfState(state);
        int category = flows.space().categoryOfState(state);
        List<Template> pool = byBandAndCategory.get(key(band, category));
        PlacementKind kind = flows.kindOf(category);
        if (pool == null && kind != null) {
            pool = byBandAndKind.get(key(band, kind.ordinal()));
        }
        if (pool == null) {
            pool = byBand.getOrDefault(band, all);
        }
        Template t = pool.get(rng.nextInt(pool.size()));
        Child c = t.child();
        Child child = new Child(id, monthEnd.minusMonths(ageMonths), c.sex(), c.home(), c.school(), c.keepSchool(),
                c.statedLevel(), c.sdqScore(), c.needs(), null, c.livingWith(), c.recommended(), null,
                ChildStatus.WAITING, null, c.urgency());
        Placement connected = null;
        if (t.connected() != null) {
            Placement p = t.connected();
            connected = new Placement(connectedId, PlacementType.CONNECTED, p.skillLevel(), 1, null, null,
                    p.sex(), p.specialisms(), p.location(), p.statedWeeklyCostGbp(), p.supplier(), p.contract(), id,
                    p.carerAge());
        }
        return new Entrant(child, category, connected);
    }

    /** An entrant, their model category, and the connected carer they arrive with (or null). */
    record Entrant(Child child, int category, Placement connected) {
    }
}
