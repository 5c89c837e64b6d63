package uk.sufficiency.engine.forecast;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import uk.sufficiency.engine.forecast.interval.Calibration;
import uk.sufficiency.engine.forecast.interval.IntervalCalibrator;
import uk.sufficiency.engine.forecast.method.FitCache;
import uk.sufficiency.engine.forecast.method.FittedModel;
import uk.sufficiency.engine.forecast.method.ForecastDistribution;
import uk.sufficiency.engine.forecast.method.ForecastMethod;
import uk.sufficiency.engine.forecast.method.MethodCatalogue;
import uk.sufficiency.engine.forecast.selection.Backtest;
import uk.sufficiency.engine.forecast.selection.CandidateScore;
import uk.sufficiency.engine.forecast.selection.SelectionBasis;
import uk.sufficiency.engine.forecast.series.Period;
import uk.sufficiency.engine.forecast.series.TimeSeries;

/**
 * Forecasts a series: chooses a method (or uses the one named), fits it to the whole series, and
 * turns its forecast distribution into calibrated prediction intervals. Stateless and
 * thread-safe; the same inputs always give the same result.
 *
 * <p>Selection: with enough history for at least {@link #MIN_ORIGINS} backtest origins, every
 * candidate is backtested over the same origins and the one with the lowest score (mean of its
 * MASE and sMAPE relative to the naive method's) wins. With less history, the lowest AICc wins.
 */
public final class Forecaster {

    /** Fewest backtest origins for selection and calibration by backtest. */
    public static final int MIN_ORIGINS = 3;

    /** Fewest observations a yearly model is fitted to in a backtest. */
    public static final int MIN_TRAINING = 5;

    /** A fully evaluated series: every candidate's backtest, ready to produce any candidate's forecast. */
    public static final class Evaluation {
        private final TimeSeries series;
        private final ForecastSpec spec;
        private final double[] y;
        private final int seasonLength;
        private final Map<String, ForecastMethod> candidates;
        private final java.util.Set<String> eligible = new java.util.LinkedHashSet<>();
        private final Map<String, Backtest.Result> backtests;
        private final Map<String, Double> aiccs = new LinkedHashMap<>();
        private final Map<String, FittedModel> fits = new LinkedHashMap<>();
        private final int origins;

        Evaluation(TimeSeries series, ForecastSpec spec, List<ForecastMethod> candidateList) {
            this.series = series;
            this.spec = spec;
            this.y = series.values();
            this.seasonLength = series.frequency().seasonLength();
            this.candidates = new LinkedHashMap<>();
            candidateList.forEach(method -> candidates.put(method.name(), method));
            candidateList.stream().filter(MethodCatalogue::inAuto).forEach(method -> eligible.add(method.name()));
            List<Integer> originList = backtestOrigins(y.length, seasonLength, candidateList, spec.maxOrigins());
            this.origins = originList.size();
            this.backtests = new LinkedHashMap<>();
            if (origins >= MIN_ORIGINS) {
                backtests.putAll(Backtest.runAll(candidateList, y, seasonLength, spec.horizon(), originList));
            }
            FitCache cache = new FitCache(y, seasonLength);
            for (ForecastMethod method : candidateList) {
                FittedModel fit = cache.fit(method);
                fits.put(method.name(), fit);
                aiccs.put(method.name(), fit.aicc());
            }
        }

        public boolean backtested() {
            return !backtests.isEmpty() && backtests.containsKey("naive");
        }

        /** Selection score per candidate: lower is better; NaN when the candidate cannot be scored. */
        Map<String, Double> scores() {
            Map<String, Double> scores = new LinkedHashMap<>();
            if (backtested()) {
                Backtest.Result naive = backtests.get("naive");
                double naiveMase = naive.mase();
                double naiveSmape = naive.smape();
                for (String name : candidates.keySet()) {
                    Backtest.Result result = backtests.get(name);
                    if (result == null) {
                        scores.put(name, Double.NaN);
                    } else if (naiveMase > 0 && naiveSmape > 0) {
                        scores.put(name, (result.mase() / naiveMase + result.smape() / naiveSmape) / 2);
                    } else {
                        scores.put(name, result.mase());
                    }
                }
            } else {
                candidates.keySet().forEach(name -> scores.put(name, aiccs.get(name)));
            }
            return scores;
        }

        /** The automatically chosen method's name. */
        public String bestMethod() {
            Map<String, Double> scores = scores();
            String best = null;
            for (Map.Entry<String, Double> entry : scores.entrySet()) {
                if (!eligible.contains(entry.getKey())) {
                    continue;
                }
                double score = entry.getValue();
                if (Double.isFinite(score) && (best == null || score < scores.get(best))) {
                    best = entry.getKey();
                }
            }
            if (best == null) {
                best = candidates.containsKey("naive") ? "naive" : candidates.keySet().iterator().next();
            }
            return best;
        }

        /** The forecast chosen by {@code auto}. */
        public ForecastResult auto() {
            return result(bestMethod(), backtested() ? SelectionBasis.BACKTEST : SelectionBasis.INFORMATION_CRITERION);
        }

        /** The forecast of one named candidate, calibrated from its own backtest. */
        public ForecastResult result(String methodName, SelectionBasis basis) {
            if (!candidates.containsKey(methodName)) {
                throw new IllegalArgumentException("not a candidate here: " + methodName);
            }
            Map<String, Double> scores = scores();
            List<CandidateScore> table = new ArrayList<>();
            for (String name : candidates.keySet()) {
                Backtest.Result result = backtests.get(name);
                table.add(new CandidateScore(name,
                        result == null ? Double.NaN : result.mase(),
                        result == null ? Double.NaN : result.smape(),
                        result == null ? Double.NaN : result.mape(),
                        aiccs.get(name), result == null ? 0 : result.origins(), scores.get(name),
                        name.equals(methodName)));
            }
            Backtest.Result own = backtests.get(methodName);
            ForecastDistribution distribution = fits.get(methodName).forecast(spec.horizon());
            Calibration calibration = own != null ? IntervalCalibrator.fromBacktest(own, distribution)
                    : IntervalCalibrator.parametric(distribution, y.length);
            double[] ones = new double[spec.horizon()];
            Arrays.fill(ones, 1);
            return build(series, methodName, basis, table, spec.levels(), distribution, calibration, ones);
        }

        public List<String> candidateNames() {
            return List.copyOf(candidates.keySet());
        }

        public int origins() {
            return origins;
        }
    }

    /** Forecasts the series as the spec says. */
    public ForecastResult forecast(TimeSeries series, ForecastSpec spec) {
        if (spec.isAuto()) {
            return evaluate(series, spec).auto();
        }
        ForecastMethod method = MethodCatalogue.byName(spec.method())
                .orElseThrow(() -> new IllegalArgumentException("unknown method: " + spec.method()));
        if (!method.appliesTo(series.values(), series.frequency().seasonLength())) {
            throw new IllegalArgumentException("method " + spec.method() + " cannot be fitted to series " + series.id());
        }
        List<ForecastMethod> list = new ArrayList<>();
        list.add(method);
        if (!method.name().equals("naive")) {
            list.add(0, MethodCatalogue.byName("naive").orElseThrow()); // the yardstick for scores
        }
        return new Evaluation(series, spec, list).result(method.name(), SelectionBasis.FIXED);
    }

    /** Backtests every {@code auto} candidate once, so that each can then be forecast cheaply. */
    public Evaluation evaluate(TimeSeries series, ForecastSpec spec) {
        List<ForecastMethod> candidates = MethodCatalogue.candidates(series.values(), series.frequency().seasonLength());
        return new Evaluation(series, spec, candidates);
    }

    /**
     * Like {@link #evaluate} but also backtests the methods {@code auto} never chooses, so that a
     * benchmark can score every method on the same series.
     */
    public Evaluation evaluateAll(TimeSeries series, ForecastSpec spec) {
        return new Evaluation(series, spec, MethodCatalogue.applicable(series.values(), series.frequency().seasonLength()));
    }

    /** Whether a method can forecast this series. */
    public static boolean canForecast(String methodName, TimeSeries series) {
        if (ForecastSpec.AUTO.equals(methodName)) {
            return series.length() >= 2;
        }
        return MethodCatalogue.byName(methodName)
                .map(method -> method.appliesTo(series.values(), series.frequency().seasonLength()))
                .orElse(false);
    }

    static List<Integer> backtestOrigins(int n, int seasonLength, List<ForecastMethod> candidates, int maxOrigins) {
        boolean seasonal = candidates.stream().anyMatch(MethodCatalogue::isSeasonal);
        int minimum = seasonal ? 3 * seasonLength : Math.max(MIN_TRAINING, seasonLength + 2);
        int first = Math.max(minimum, n - maxOrigins);
        return IntStream.range(first, n).boxed().toList();
    }

    /**
     * The same forecast expressed in another unit: every value at step {@code h} multiplied by
     * {@code multipliers[h-1]}, reported against {@code series} (the series in the new unit).
     */
    public static ForecastResult rescale(ForecastResult forecast, TimeSeries series, double[] multipliers) {
        return build(series, forecast.method(), forecast.basis(), forecast.candidates(), forecast.levels(),
                forecast.distribution(), forecast.calibration(), multipliers);
    }

    static ForecastResult build(TimeSeries series, String method, SelectionBasis basis, List<CandidateScore> table,
            List<Double> levels, ForecastDistribution distribution, Calibration calibration, double[] multipliers) {
        boolean floorAtZero = Arrays.stream(series.values()).allMatch(v -> v >= 0);
        Period last = series.lastPeriod();
        double[] quantiles = levels.stream().mapToDouble(level -> calibration.quantile(level / 100)).toArray();
        List<ForecastPoint> points = new ArrayList<>();
        for (int i = 0; i < distribution.horizon(); i++) {
            double location = distribution.location(i);
            double sd = calibration.scale(i);
            double[] lower = new double[levels.size()];
            double[] upper = new double[levels.size()];
            for (int l = 0; l < levels.size(); l++) {
                lower[l] = floor(distribution.transform().inverse(location - quantiles[l] * sd), floorAtZero) * multipliers[i];
                upper[l] = floor(distribution.transform().inverse(location + quantiles[l] * sd), floorAtZero) * multipliers[i];
            }
            double mean = floor(distribution.point(i), floorAtZero) * multipliers[i];
            points.add(new ForecastPoint(last.plus(i + 1), i + 1, mean, lower, upper));
        }
        return new ForecastResult(series, method, basis, table, levels, points, distribution, calibration,
                multipliers, floorAtZero);
    }

    private static double floor(double value, boolean floorAtZero) {
        return floorAtZero ? Math.max(0, value) : value;
    }
}
