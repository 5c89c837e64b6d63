package uk.sufficiency.engine.forecast.selection;

/**
 * How one candidate method did on a series: its rolling-origin backtest errors and its information
 * criterion. NaN means "not measured" (no backtest, or no likelihood).
 *
 * @param method  method name
 * @param mase    mean absolute scaled error over the backtest forecasts
 * @param smape   symmetric mean absolute percentage error, percent
 * @param mape    mean absolute percentage error, percent
 * @param aicc    small-sample AIC of the model fitted to the whole series
 * @param origins number of backtest origins
 * @param score   what selection minimised: the mean of MASE and sMAPE each relative to the naive
 *                method's (1.0 = as good as naive), or AICc when there was no backtest
 * @param chosen  whether this candidate was chosen
 */
public record CandidateScore(String method, double mase, double smape, double mape, double aicc, int origins,
        double score, boolean chosen) {

    public CandidateScore asChosen() {
        return new CandidateScore(method, mase, smape, mape, aicc, origins, score, true);
    }
}
