import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import uk.sufficiency.engine.forecast.evaluation.OriginForecasts;
import uk.sufficiency.engine.forecast.interval.PanelQuantiles;
import uk.sufficiency.engine.forecast.method.MethodCatalogue;
import uk.sufficiency.engine.forecast.series.SeriesReader;
import uk.sufficiency.engine.forecast.series.TimeSeries;

public class DumpPooled {
    public static void main(String[] a) throws Exception {
        List<TimeSeries> all = new SeriesReader().read(Path.of(a[0]));
        int horizon = Integer.parseInt(a[1]);
        String mode = a[2]; // holdout or last origin index label range "o1-o2" (training lengths from end: not used)
        var method = MethodCatalogue.byName(a[3]).orElseThrow();
        try (PrintWriter out = new PrintWriter(a[4])) {
            out.println("series,origin,outcome,step,log_error,weight,holdout");
            for (TimeSeries s : all) {
                if (!java.util.Arrays.stream(s.values()).allMatch(v -> v > 0)) continue;
                int last = mode.equals("holdout") ? s.length() - horizon : s.length() - 1;
                if (last < 3) continue;
                int first = Math.max(3, last - 40);
                var f = OriginForecasts.compute(List.of(method), s.values(), s.frequency().seasonLength(), horizon, first, last)
                        .get(method.name());
                if (f == null) continue;
                for (PanelQuantiles.PooledError e : f.pooledErrors(s.periods(), s.frequency().seasonLength())) {
                    boolean hold = e.origin().equals(s.periods().get(last - 1));
                    out.println(s.id() + "," + e.origin().index() + "," + e.outcome().index() + "," + e.step() + ","
                            + e.logError() + "," + e.weight() + "," + (hold && mode.equals("holdout")));
                }
            }
        }
    }
}
