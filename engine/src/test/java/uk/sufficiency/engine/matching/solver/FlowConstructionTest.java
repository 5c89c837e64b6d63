package uk.sufficiency.engine.matching.solver;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.matching.domain.MatchingProblemFactory;
import uk.sufficiency.engine.matching.exact.ExactReference;
import uk.sufficiency.engine.synthetic.GenerationProfile;
import uk.sufficiency.engine.synthetic.ScenarioGenerator;
import uk.sufficiency.model.scenario.Scenario;

class FlowConstructionTest {

    /**
     * A generated authority has children placed now (movable) and permanent ones (pinned) besides
     * the waiting ones. The construction must stay within capacity and place nearly as many
     * urgency-weighted children as the relaxed bound allows, with no local search at all.
     * (It once let waiting sibling groups take the places of placed children, went over capacity,
     * and so was discarded: every waiting child started unplaced.)
     */
    @Test
    void constructionWithPlacedChildrenIsFeasibleAndNearTheBound() {
        Scenario scenario = ScenarioGenerator.generate(GenerationProfile.england().withWaitingShare(0.3), 600, 4);
        ExactReference.Result bound = ExactReference.solve(new MatchingProblemFactory(0).build(scenario));
        MatchingResult result = new MatchingService(MatchingOptions.steps(1, 0)).solve(scenario);
        var constructed = result.stats().constructionScore();
        assertEquals(0, constructed.hardScore(), constructed::toString);
        long unplacedWeight = -constructed.mediumScore();
        long boundWeight = -bound.score().mediumScore();
        assertTrue(unplacedWeight <= boundWeight * 3 / 2 + 2,
                "construction leaves " + unplacedWeight + " urgency-weighted children unplaced; bound " + boundWeight);
    }
}
