package uk.sufficiency.engine.forecast.selection;

/** Why a forecast uses the method it does. */
public enum SelectionBasis {
    /** Lowest rolling-origin backtest error among the candidates. */
    BACKTEST,
    /** Too few points for a backtest: lowest AICc among the candidates with a likelihood. */
    INFORMATION_CRITERION,
    /** The user named the method. */
    FIXED
}
