// Point forecasts of several methods from every origin of every series of a panel (decision 0075):
// java -cp sufficiency.jar DumpMethods.java PANEL FILE|synthetic HORIZON yearly|no m1,m2,... writes PANEL-values.csv, PANEL-fc.csv
import java.nio.file.*; import java.util.*; import java.io.*;
import uk.sufficiency.engine.forecast.series.*;
import uk.sufficiency.engine.forecast.method.*;
import uk.sufficiency.engine.forecast.evaluation.*;
import uk.sufficiency.engine.forecast.benchmark.*;
public class DumpMethods {
  public static void main(String[] a) throws Exception {
    String panel=a[0]; int H=Integer.parseInt(a[2]);
    List<TimeSeries> series = a[1].equals("synthetic") ? SyntheticSeries.generate(1000, 42) : new SeriesReader().read(Path.of(a[1]));
    if (a[3].equals("yearly")) series = series.stream().map(s -> YearlyTotals.of(s, 4)).filter(Objects::nonNull).toList();
    List<ForecastMethod> m = Arrays.stream(a[4].split(",")).map(n->MethodCatalogue.byName(n).orElseThrow()).toList();
    try (PrintWriter vals=new PrintWriter(panel+"-values.csv"); PrintWriter fc=new PrintWriter(panel+"-fc.csv")) {
      vals.println("series,t,label,value"); fc.println("series,method,origin,step,forecast");
      for (TimeSeries s: series) {
        double[] y=s.values(); String id=s.id().replace(',',';');
        for (int t=0;t<y.length;t++) vals.println(id+","+(t+1)+","+s.periods().get(t).label()+","+y[t]);
        var all = OriginForecasts.compute(m, y, s.frequency().seasonLength(), H, 3, y.length);
        for (var e: all.entrySet()) { var of=e.getValue();
        for (int o=3;o<=y.length;o++){ double[] p=of.pointsAt(o); if(p==null) continue;
          for(int h=0;h<H;h++) fc.println(id+","+e.getKey()+","+o+","+(h+1)+","+p[h]); } }
      }
    }
  }
}
