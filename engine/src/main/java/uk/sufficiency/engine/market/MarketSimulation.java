package uk.sufficiency.engine.market;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.math3.random.RandomGenerator;
import uk.sufficiency.engine.random.SplitMixRandom;
import uk.sufficiency.model.child.Child;
import uk.sufficiency.model.child.ChildStatus;
import uk.sufficiency.model.placement.Placement;

/**
 * One simulation of the placement market, month by month (docs/methods/simulation.md). Each month:
 * carers leave, train up and are approved ({@link CarerSupply}); children in care age, leave or
 * move ({@link ChildFlows}); new children enter ({@link EntrantMix}); the external market offers its
 * vacancies ({@link ExternalOffers}); the waiting children are matched around everyone placed
 * ({@link MonthlyMatcher}); bought places left empty go back to the market; the month is recorded
 * ({@link MonthRecorder}). One generator per simulation, seeded from the run's seed, so results do
 * not depend on threads.
 */
final class MarketSimulation {

    private final MarketModel model;
    private final RandomGenerator rng;
    private final CarerSupply supply;
    private final ChildFlows flows;
    private final ExternalOffers offers;
    private final MonthlyMatcher matcher;
    private final MonthRecorder recorder;
    private final List<SimHome> homes = new ArrayList<>();
    private final List<SimChild> children = new ArrayList<>();
    /** Prefix of the ids of new children and homes: "" alone, the member's "derby/" in a region. */
    private final String idPrefix;
    private int entrants;
    private MonthRecorder.Month month;

    MarketSimulation(MarketModel model, int simulation, long seed) {
        this(model, simulation, seed, "", null);
    }

    /**
     * One simulation whose new ids start with {@code idPrefix} and whose month ends are priced by
     * {@code price} (null: the model's own prices): a member of a region (RegionMarketSimulation).
     */
    MarketSimulation(MarketModel model, int simulation, long seed, String idPrefix, MonthRecorder.Price price) {
        this.model = model;
        this.idPrefix = idPrefix;
        this.rng = new SplitMixRandom(seed);
        this.supply = new CarerSupply(model.supply(), model.recruitsByYear(), model.yield().factor(simulation),
                model.recruitTemplates(), rng, idPrefix);
        this.flows = new ChildFlows(model.flows(), model.months(), rng);
        this.offers = new ExternalOffers(model.externalTemplates(), model.settings().externalOffersPerMonth(), rng,
                idPrefix);
        this.matcher = new MonthlyMatcher(model.scenario(), model.serviceOptions());
        this.recorder = new MonthRecorder(model, price);
        start();
    }

    /** The scenario at its as-of date: every placement, every child where they live (or waiting). */
    private void start() {
        Map<String, SimHome> byId = new HashMap<>();
        for (Placement placement : model.scenario().placements()) {
            int age = placement.carerAge() != null ? placement.carerAge() : supply.unknownAge();
            SimHome home = new SimHome(placement, age);
            homes.add(home);
            byId.put(placement.placementId(), home);
        }
        LocalDate asOf = model.scenario().asOfDate();
        LacFlows lac = model.flows();
        for (Child c : model.scenario().children()) {
            Child profile = new Child(c.childId(), c.birthDate(), c.sex(), c.home(), c.school(), c.keepSchool(),
                    c.statedLevel(), c.sdqScore(), c.needs(), c.siblingGroup(), c.livingWith(), c.recommended(), null,
                    ChildStatus.WAITING, null, c.urgency());
            SimHome home = c.currentPlacementId() == null || c.status() == ChildStatus.WAITING ? null
                    : byId.get(c.currentPlacementId());
            int category = home == null ? lac.categoryOf(c.recommended()) : lac.categoryOf(home.type());
            SimChild child = new SimChild(profile, leavingAge(c, asOf), category < 0 ? lac.categoryOf(c.recommended())
                    : category);
            if (home != null) {
                child.home = home;
                home.occupants.add(child);
            }
            children.add(child);
        }
    }

    /** 18, as in the looked-after children model; care leavers the scenario lists at 18 or over stay to 21. */
    private static int leavingAge(Child child, LocalDate asOf) {
        return child.ageYears(asOf) >= 18 ? 21 * 12 : 18 * 12;
    }

    /** The homes now (at the start: the scenario's placements). */
    List<SimHome> homes() {
        return homes;
    }

    /** The children in care now (at the start: the scenario's children). */
    List<SimChild> children() {
        return children;
    }

    MarketPath run() {
        for (int t = 0; t < model.months().size(); t++) {
            List<SimChild> waiting = open(t);
            close(t, waiting, matcher.match(homes, waiting, monthEnd(t)));
        }
        return recorder.path();
    }

    LocalDate monthEnd(int t) {
        return model.months().get(t).atEndOfMonth();
    }

    /** Month t up to its matching: carers, children's moves, entrants, offers; returns the children waiting. */
    List<SimChild> open(int t) {
        LocalDate monthEnd = monthEnd(t);
        month = recorder.month(t);
        carers(t, month);
        childrenMove(t, monthEnd, month);
        enter(t, monthEnd, month);
        homes.addAll(offers.offer());
        return children.stream().filter(SimChild::waiting).toList();
    }

    /** Month t after its matching (solved as {@code path}): waiting time, release, record. */
    void close(int t, List<SimChild> waiting, MonthlyMatcher.Path path) {
        LocalDate monthEnd = monthEnd(t);
        recorder.solved(path);
        for (SimChild child : waiting) {
            if (child.waiting()) {
                child.waitingMonths++;
            } else {
                month.placedInMonth++;
                child.lacCategory = placedCategory(child);
                child.waitingMonths = 0;
            }
        }
        release();
        recorder.record(t, monthEnd, homes, children);
    }

    MarketPath path() {
        return recorder.path();
    }

    private int placedCategory(SimChild child) {
        int category = model.flows().categoryOf(child.home.type());
        return category >= 0 ? category : child.lacCategory;
    }

    /** Households leave (their children must move), train up, age; recruits are approved. */
    private void carers(int t, MonthRecorder.Month month) {
        for (var it = homes.iterator(); it.hasNext(); ) {
            SimHome home = it.next();
            if (!home.isSupplyHousehold()) {
                continue;
            }
            if (supply.leaves(home)) {
                for (SimChild child : home.occupants) {
                    child.home = null;
                    month.moves++;
                }
                it.remove();
                continue;
            }
            supply.progress(home);
            if (t % 12 == 11) {
                home.carerAgeYears++;
            }
        }
        homes.addAll(supply.recruitAndApprove(t));
    }

    /** Each child in care ages a month, then leaves care, moves (a placed child needs a new placement) or stays. */
    private void childrenMove(int t, LocalDate monthEnd, MonthRecorder.Month month) {
        LacFlows lac = model.flows();
        for (var it = children.iterator(); it.hasNext(); ) {
            SimChild child = it.next();
            int age = child.ageMonths(monthEnd);
            int outcome = age >= child.leavingAgeMonths ? ChildFlows.LEFT
                    : flows.outcome(Math.min(age - 1, 18 * 12 - 1), child.lacCategory, t);
            if (outcome != ChildFlows.LEFT && !lac.isInMarket(outcome)) {
                outcome = ChildFlows.LEFT; // to parents, adoption, custody: out of the placement market
            }
            if (outcome == ChildFlows.LEFT) {
                leave(child);
                it.remove();
                month.left++;
            } else if (outcome != child.lacCategory) {
                child.lacCategory = outcome;
                if (child.home != null) {
                    child.home.breakdown(child);
                    child.home = null;
                    month.moves++;
                }
            }
        }
    }

    private void leave(SimChild child) {
        if (child.home != null) {
            child.home.occupants.remove(child);
            child.home = null;
        }
    }

    private void enter(int t, LocalDate monthEnd, MonthRecorder.Month month) {
        if (model.entrants().isEmpty()) {
            return;
        }
        for (int state : flows.entrants(t)) {
            int category = model.flows().space().categoryOfState(state);
            if (!model.flows().isInMarket(category)) {
                continue;
            }
            int age = flows.entryAgeMonths(model.flows().space().bandOfState(state));
            entrants++;
            EntrantMix.Entrant entrant = model.entrants().draw(state, age, monthEnd, idPrefix + "N" + entrants,
                    idPrefix + "KN" + entrants, rng);
            children.add(new SimChild(entrant.child(), 18 * 12, category));
            if (entrant.connected() != null) {
                homes.add(new SimHome(entrant.connected(), 0));
            }
            month.entered++;
        }
    }

    /**
     * Bought places with no child go back to the market (block contracts are kept); a connected
     * carer's approval ends when the one child it is for is no longer waiting for it or living there,
     * or left it after a breakdown. Places held after a breakdown are offered again from next month.
     */
    private void release() {
        homes.forEach(home -> home.heldPlaces = 0);
        Map<String, SimChild> inCare = new HashMap<>();
        for (SimChild child : children) {
            inCare.put(child.id(), child);
        }
        homes.removeIf(home -> {
            if (!home.occupants.isEmpty()) {
                return false;
            }
            String linked = home.placement.linkedChildId();
            if (home.closed) {
                return true;
            }
            if (linked != null) {
                SimChild child = inCare.get(linked);
                return child == null || !child.waiting();
            }
            return home.releasedWhenEmpty();
        });
    }
}
