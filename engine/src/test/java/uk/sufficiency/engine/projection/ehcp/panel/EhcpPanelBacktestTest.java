package uk.sufficiency.engine.projection.ehcp.panel;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import uk.sufficiency.engine.population.AreaPopulation;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings;
import uk.sufficiency.engine.projection.ehcp.config.EhcpSettings.JoinerTrend;
import uk.sufficiency.engine.projection.ehcp.fit.EhcpFitting;
import uk.sufficiency.engine.projection.ehcp.fit.JoinerTrendCalibration;
import uk.sufficiency.engine.projection.ehcp.fit.RateModel;
import uk.sufficiency.engine.projection.ehcp.input.CountsReader;
import uk.sufficiency.engine.projection.ehcp.input.EhcpInputs;
import uk.sufficiency.engine.projection.ehcp.simulate.CohortSimulator;
import uk.sufficiency.engine.projection.ehcp.simulate.LeverSchedule;
import uk.sufficiency.engine.projection.ehcp.simulate.SimulationResult;
import uk.sufficiency.engine.projection.ehcp.summary.CountSummaries;
import uk.sufficiency.model.table.CsvTable;
import uk.sufficiency.model.uncertainty.Interval;

/**
 * Chooses the joiner-trend form and calibration by rolling-origin backtests pooled over the 148
 * English EHCP series of January 2010-2019 (never one series): for every authority and every origin
 * 2013-2018, the projection is refitted on the {@link #WINDOW} censuses before the origin (the
 * built-in scenario's window), run from the origin's count to each later census up to 2019 and
 * compared with the count. The authority's total is spread by the built-in scenario's assumed mix,
 * valid states and flat population, as an authority with only totals would be.
 *
 * <p>Run: {@code mvn -B -o -q -Pbenchmark -pl engine -am test -Dtest=EhcpPanelBacktestTest
 * -Dsurefire.failIfNoSpecifiedTests=false [-Dehcp.panel.forms=log_damped,linear] [-Dehcp.panel.priorSd=0.1]
 * [-Dehcp.panel.damping=0.8] [-Dehcp.panel.maxGrowth=0.15] [-Dehcp.panel.slopeSd=0.1] [-Dehcp.panel.simulations=100]}
 */
@Tag("benchmark")
class EhcpPanelBacktestTest {

    static final int WINDOW = 5;
    static final int LAST = 2019;

    @Test
    void poolsRollingOriginErrorsOverTheAuthorities() {
        Path root = PanelInputs.repositoryRoot();
        Path panel = PanelInputs.panelFile(root);
        assumeTrue(panel != null && Files.isRegularFile(panel), "EHCP panel not found; benchmark skipped");
        PanelInputs base = PanelInputs.read(root);
        Map<String, SortedMap<Integer, Double>> series = readPanel(panel);
        int simulations = Integer.getInteger("ehcp.panel.simulations", 100);
        double priorSd = Double.parseDouble(System.getProperty("ehcp.panel.priorSd", "0.10"));
        double priorDf = Double.parseDouble(System.getProperty("ehcp.panel.priorDf", "4"));
        double damping = Double.parseDouble(System.getProperty("ehcp.panel.damping", "0.8"));
        double maxGrowth = Double.parseDouble(System.getProperty("ehcp.panel.maxGrowth", "0.15"));
        double slopeSd = Double.parseDouble(System.getProperty("ehcp.panel.slopeSd", "0.10"));
        String forms = System.getProperty("ehcp.panel.forms", "constant,linear,log_linear,damped,log_damped");
        System.out.printf(Locale.ROOT, "EHCP panel: %d series, window %d, %d simulations, prior sd %.2f (df %.0f), "
                + "damping %.2f, max growth %.2f, slope sd %.2f%n", series.size(), WINDOW, simulations, priorSd, priorDf,
                damping, maxGrowth, slopeSd);
        System.out.println("form,horizon,projections,mape,median_ape,coverage_80,coverage_95,median_width_95");
        for (String name : forms.split(",")) {
            JoinerTrend form = JoinerTrend.valueOf(name.trim().toUpperCase(Locale.ROOT));
            JoinerTrendCalibration calibration = new JoinerTrendCalibration(form, priorSd, priorDf, damping, slopeSd);
            Metrics metrics = new Metrics();
            long started = System.nanoTime();
            series.forEach((id, totals) -> backtest(base, totals, form, maxGrowth, calibration, simulations, metrics));
            metrics.print(name);
            System.out.printf(Locale.ROOT, "# %s: %.1f s%n", name, (System.nanoTime() - started) / 1e9);
        }
    }

    private static void backtest(PanelInputs base, SortedMap<Integer, Double> totals, JoinerTrend form,
            double maxGrowth, JoinerTrendCalibration calibration, int simulations, Metrics metrics) {
        EhcpInputs inputs = base.inputs(totals, form, maxGrowth);
        for (int origin = totals.firstKey() + WINDOW; origin < LAST; origin++) {
            RateModel model = EhcpFitting.fit(inputs, origin - WINDOW, origin, calibration);
            int horizon = Math.min(5, LAST - origin);
            int[] start = CohortSimulator.toWholePlans(inputs.census().get(origin));
            SimulationResult result = new CohortSimulator(model, inputs.population())
                    .run(start, origin, horizon, LeverSchedule.baseline(model, origin, horizon), simulations, 2026);
            for (int h = 1; h <= horizon; h++) {
                metrics.add(h, Interval.of(CountSummaries.total(result, h)), totals.get(origin + h));
            }
        }
    }

    static Map<String, SortedMap<Integer, Double>> readPanel(Path file) {
        CsvTable table = CsvTable.read(file);
        Map<String, SortedMap<Integer, Double>> series = new TreeMap<>();
        for (CsvTable.Row row : table.rows()) {
            series.computeIfAbsent(table.get(row, "series_id"), k -> new TreeMap<>())
                    .put(Integer.parseInt(table.get(row, "period")), Double.parseDouble(table.get(row, "value")));
        }
        return series;
    }

    /** Errors pooled by horizon. */
    static final class Metrics {
        final Map<Integer, List<double[]>> byHorizon = new TreeMap<>();

        void add(int horizon, Interval projected, double actual) {
            byHorizon.computeIfAbsent(horizon, h -> new ArrayList<>()).add(new double[] {
                Math.abs(projected.median() - actual) / actual, projected.within80(actual) ? 1 : 0,
                projected.within95(actual) ? 1 : 0, projected.relativeWidth95()});
        }

        void print(String name) {
            byHorizon.forEach((h, rows) -> {
                double[] ape = rows.stream().mapToDouble(r -> r[0]).sorted().toArray();
                double[] width = rows.stream().mapToDouble(r -> r[3]).sorted().toArray();
                System.out.printf(Locale.ROOT, "%s,%d,%d,%.1f,%.1f,%.3f,%.3f,%.3f%n", name, h, rows.size(),
                        100 * Arrays.stream(ape).average().orElse(0), 100 * Interval.quantile(ape, 0.5),
                        rows.stream().mapToDouble(r -> r[1]).average().orElse(0),
                        rows.stream().mapToDouble(r -> r[2]).average().orElse(0), Interval.quantile(width, 0.5));
            });
        }
    }

    /** The built-in scenario's mix, valid states, costs and population, for a total from the panel. */
    record PanelInputs(EhcpInputs template, double[] mix) {

        static Path repositoryRoot() {
            for (Path p = Path.of(System.getProperty("user.dir")).toAbsolutePath(); p != null; p = p.getParent()) {
                if (Files.isDirectory(p.resolve("scenarios/leicestershire-2015"))) {
                    return p;
                }
            }
            return null;
        }

        static Path panelFile(Path root) {
            String given = System.getProperty("ehcp.panel");
            if (given != null) {
                return Path.of(given);
            }
            for (Path p = root; p != null; p = p.getParent()) {
                Path candidate = p.resolve("shared/data/ehcp-la-2010-2019/ehcp_la_2010_2019.csv");
                if (Files.isRegularFile(candidate)) {
                    return candidate;
                }
            }
            return null;
        }

        static PanelInputs read(Path root) {
            EhcpInputs template = uk.sufficiency.engine.projection.ehcp.EhcpTestScenarios.builtInInputs(root);
            double[] mix = CountsReader.readMix(root.resolve("scenarios/leicestershire-2015/ehcp/ehcp-mix.csv"),
                    template.space(), new uk.sufficiency.model.validation.ProblemCollector());
            return new PanelInputs(template, mix);
        }

        EhcpInputs inputs(SortedMap<Integer, Double> totals, JoinerTrend form, double maxGrowth) {
            EhcpSettings s = template.config();
            EhcpSettings settings = new EhcpSettings(s.transitionsFile(), s.populationFile(), s.populationArea(),
                    s.costsFile(), s.validStatesFile(), s.countsFile(), s.totalsFile(), s.mixFile(), s.settings(),
                    s.needs(), s.years(), s.simulations(), s.seed(), null, null, form, maxGrowth, s.priorStrength(),
                    s.assumedLeaverRates(), s.assumedMoveRate(), s.costUpliftPerYear(), Map.of(), 0.0, Map.of(),
                    List.of(), List.of(), null, 0);
            AreaPopulation flat = flatPopulation(template.population(), totals.firstKey(), LAST + 6);
            return new EhcpInputs(EhcpInputs.Mode.AGGREGATE, settings, template.space(), List.of(),
                    CountsReader.spread(totals, mix), flat, template.costs(), List.of());
        }

        /** The built-in population's first year held flat, so the joiner rate moves only with joiners. */
        private static AreaPopulation flatPopulation(AreaPopulation population, int from, int to) {
            Map<Integer, Map<Integer, Double>> byYear = new TreeMap<>();
            Map<Integer, Double> ages = new TreeMap<>();
            for (int age = 0; age <= 30; age++) {
                ages.put(age, population.at(population.firstYear(), age));
            }
            for (int year = from; year <= to; year++) {
                byYear.put(year, ages);
            }
            return AreaPopulation.of("flat", byYear);
        }
    }
}
