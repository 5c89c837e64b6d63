package uk.sufficiency.engine.matching.solver;

import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import uk.sufficiency.engine.matching.domain.Home;
import uk.sufficiency.engine.matching.domain.PlacementRequest;
import uk.sufficiency.engine.matching.exact.RelaxedFlow;

/**
 * Who holds each home's places in the relaxed flow's assignment while {@link RoundedGroups} rounds
 * it: the single children the flow put there, and the children of complex requests not yet
 * decided. A complex request placed where these leave no room sends single children elsewhere
 * (the singles' flow re-routes them afterwards); this counts them, so that the rounding can price
 * a home at what it really takes (decision 0099). Children of undecided requests hold their places,
 * so a request rounded now does not count the places the flow gave another as free.
 */
final class FlowPlaces {

    private final RelaxedFlow relaxed;
    /** Per home, the flow's single children still counted there. */
    private final int[] singlesLeft;
    /** Per home, the flow's single children there (for living-with rules). */
    private final List<List<PlacementRequest>> singlesAt;
    /** Single children already sent elsewhere by a rule of a request placed with them. */
    private final Set<PlacementRequest> sentAway = Collections.newSetFromMap(new IdentityHashMap<>());
    /** Per home, the flow's children of complex requests not yet decided. */
    private final int[] undecided;

    FlowPlaces(RelaxedFlow relaxed, int homes, List<PlacementRequest> singles, List<PlacementRequest> complex) {
        this.relaxed = relaxed;
        this.singlesLeft = new int[homes];
        this.singlesAt = new ArrayList<>(homes);
        this.undecided = new int[homes];
        for (int h = 0; h < homes; h++) {
            singlesAt.add(new ArrayList<>(0));
        }
        for (PlacementRequest single : singles) {
            int h = relaxed.childHomes(single)[0];
            if (h >= 0) {
                singlesLeft[h]++;
                singlesAt.get(h).add(single);
            }
        }
        for (PlacementRequest request : complex) {
            for (int h : relaxed.childHomes(request)) {
                if (h >= 0) {
                    undecided[h]++;
                }
            }
        }
    }

    /** The request is being decided: its children no longer hold the places the flow gave them. */
    void deciding(PlacementRequest request) {
        for (int h : relaxed.childHomes(request)) {
            if (h >= 0) {
                undecided[h]--;
            }
        }
    }

    /**
     * How many of the flow's single children placing the request in the home sends elsewhere, given
     * the home's free places now beside the pinned and placed complex requests: those it may not
     * live with (all, if it must live alone), then as many as it needs places beyond those free.
     */
    int displaced(PlacementRequest request, Home home, int freeNow) {
        int h = home.getIndex();
        int ruledOut = 0;
        if (request.isSolo()) {
            ruledOut = singlesLeft[h];
        } else if (request.hasLivingWithRule()) {
            for (PlacementRequest single : singlesAt.get(h)) {
                ruledOut += !sentAway.contains(single) && single.conflictsWith(request) ? 1 : 0;
            }
            ruledOut = Math.min(ruledOut, singlesLeft[h]);
        }
        int staying = singlesLeft[h] - ruledOut;
        return ruledOut + Math.max(0, request.getSize() - (freeNow - staying - undecided[h]));
    }

    /** The request is placed in the home: the single children it sends elsewhere no longer count there. */
    void placed(PlacementRequest request, Home home, int freeNow) {
        int h = home.getIndex();
        int sent = displaced(request, home, freeNow);
        if (request.hasLivingWithRule()) {
            for (PlacementRequest single : singlesAt.get(h)) {
                if (single.conflictsWith(request)) {
                    sentAway.add(single);
                }
            }
        }
        singlesLeft[h] = Math.max(0, singlesLeft[h] - sent);
    }
}
