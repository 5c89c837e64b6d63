package uk.sufficiency.engine.forecast.benchmark;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import uk.sufficiency.engine.forecast.ForecastPoint;
import uk.sufficiency.engine.forecast.ForecastResult;
import uk.sufficiency.engine.forecast.ForecastSpec;
import uk.sufficiency.engine.forecast.Forecaster;
import uk.sufficiency.engine.forecast.selection.Accuracy;
import uk.sufficiency.engine.forecast.selection.SelectionBasis;
import uk.sufficiency.engine.forecast.series.TimeSeries;

/**
 * Out-of-sample accuracy: holds out each series' last {@code h} points, forecasts them from the
 * rest with {@code auto} and with every candidate, and scores the forecasts against what happened.
 * Intervals are at 80% and 95%.
 */
public final class HoldoutBenchmark {

    /** One method's accuracy on one series' held-out points. */
    public record Score(String method, String series, double smape, double mase, double coverage80, double coverage95) {
    }

    /** Mean scores of one method over the series it forecast. */
    public record Summary(String method, int series, double smape, double mase, double coverage80, double coverage95) {
    }

    /** All scores, plus the series skipped as too short. */
    public record Outcome(List<Score> scores, List<String> skipped, double seconds) {
    }

    private final int horizon;
    private final Forecaster forecaster = new Forecaster();

    public HoldoutBenchmark(int horizon) {
        this.horizon = horizon;
    }

    /** Scores every series; series with fewer than {@code horizon + 3} points are skipped. */
    public Outcome run(List<TimeSeries> series) {
        List<TimeSeries> usable = series.stream().filter(s -> s.length() >= horizon + 3).toList();
        List<String> skipped = series.stream().filter(s -> s.length() < horizon + 3).map(TimeSeries::id).toList();
        long start = System.nanoTime();
        List<List<Score>> perSeries = IntStream.range(0, usable.size()).parallel()
                .mapToObj(i -> score(usable.get(i))).toList();
        double seconds = (System.nanoTime() - start) / 1e9;
        List<Score> scores = new ArrayList<>();
        perSeries.forEach(scores::addAll);
        return new Outcome(scores, skipped, seconds);
    }

    private List<Score> score(TimeSeries full) {
        int n = full.length();
        TimeSeries training = full.head(n - horizon);
        double[] actual = java.util.Arrays.copyOfRange(full.values(), n - horizon, n);
        ForecastSpec spec = new ForecastSpec(horizon, ForecastSpec.AUTO, ForecastSpec.DEFAULT_LEVELS,
                ForecastSpec.DEFAULT_MAX_ORIGINS);
        Forecaster.Evaluation evaluation = forecaster.evaluateAll(training, spec);
        double scale = Accuracy.maseScale(training.values(), full.frequency().seasonLength());
        List<Score> scores = new ArrayList<>();
        scores.add(score("auto", full.id(), evaluation.auto(), actual, scale));
        for (String method : evaluation.candidateNames()) {
            scores.add(score(method, full.id(), evaluation.result(method, SelectionBasis.FIXED), actual, scale));
        }
        return scores;
    }

    private static Score score(String method, String id, ForecastResult result, double[] actual, double scale) {
        double smape = 0;
        double mase = 0;
        int in80 = 0;
        int in95 = 0;
        for (int h = 0; h < actual.length; h++) {
            ForecastPoint point = result.points().get(h);
            smape += Accuracy.sape(actual[h], point.mean());
            mase += Math.abs(actual[h] - point.mean()) / scale;
            in80 += actual[h] >= point.lower(0) && actual[h] <= point.upper(0) ? 1 : 0;
            in95 += actual[h] >= point.lower(1) && actual[h] <= point.upper(1) ? 1 : 0;
        }
        int h = actual.length;
        return new Score(method, id, smape / h, mase / h, (double) in80 / h, (double) in95 / h);
    }

    /** Mean of each measure per method, methods in first-seen order ({@code auto} first). */
    public static List<Summary> summarise(List<Score> scores) {
        Map<String, double[]> sums = new java.util.LinkedHashMap<>();
        for (Score score : scores) {
            double[] sum = sums.computeIfAbsent(score.method(), k -> new double[5]);
            sum[0]++;
            sum[1] += score.smape();
            sum[2] += score.mase();
            sum[3] += score.coverage80();
            sum[4] += score.coverage95();
        }
        List<Summary> summaries = new ArrayList<>();
        sums.forEach((method, sum) -> summaries.add(new Summary(method, (int) sum[0], sum[1] / sum[0], sum[2] / sum[0],
                sum[3] / sum[0], sum[4] / sum[0])));
        return summaries;
    }
}
