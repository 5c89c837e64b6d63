package uk.sufficiency.engine.market;

import uk.sufficiency.engine.planning.settings.PlanSettings;
import uk.sufficiency.engine.projection.lac.LacProjectionInputs;

/**
 * Everything a market simulation reads, checked before it runs: its own settings, the looked-after
 * children projection's inputs (for the entry, exit and move rates) and the plan's (supply model
 * and recruitment).
 */
public record MarketInputs(MarketSettings settings, LacProjectionInputs lac, PlanSettings plan) {
}
