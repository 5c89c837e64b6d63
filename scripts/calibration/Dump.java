import java.nio.file.*; import java.util.*; import java.io.*;
import uk.sufficiency.engine.forecast.series.*;
import uk.sufficiency.engine.forecast.method.*;
import uk.sufficiency.engine.forecast.evaluation.*;
import uk.sufficiency.engine.forecast.benchmark.*;
public class Dump {
  public static void main(String[] a) throws Exception {
    String panel=a[0]; int H=Integer.parseInt(a[2]);
    List<TimeSeries> series = a[1].equals("synthetic") ? SyntheticSeries.generate(1000, 42) : new SeriesReader().read(Path.of(a[1]));
    if (a[3].equals("yearly")) series = series.stream().map(s -> YearlyTotals.of(s, 4)).filter(Objects::nonNull).toList();
    List<ForecastMethod> m = List.of(MethodCatalogue.byName(a[4]).orElseThrow());
    try (PrintWriter vals=new PrintWriter(panel+"-"+a[4]+"-values.csv"); PrintWriter fc=new PrintWriter(panel+"-"+a[4]+"-fc.csv")) {
      vals.println("series,t,label,value"); fc.println("series,origin,step,forecast");
      for (TimeSeries s: series) {
        double[] y=s.values();
        for (int t=0;t<y.length;t++) vals.println(s.id().replace(',',';')+","+(t+1)+","+s.periods().get(t).label()+","+y[t]);
        OriginForecasts of = OriginForecasts.compute(m, y, s.frequency().seasonLength(), H, 3, y.length).get(a[4]);
        for (int o=3;o<=y.length;o++){ double[] p=of.pointsAt(o); if(p==null) continue;
          for(int h=0;h<H;h++) fc.println(s.id().replace(',',';')+","+o+","+(h+1)+","+p[h]); }
      }
    }
  }
}
