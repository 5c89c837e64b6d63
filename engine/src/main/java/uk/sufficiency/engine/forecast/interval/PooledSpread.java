package uk.sufficiency.engine.forecast.interval;

/**
 * How far out-of-sample errors fall beyond the scale a series' own backtest gives them, pooled over
 * the development panels (docs/decisions/0024): for each forecast of {@code auto} the standardised
 * error {@code |e| / scale_h} was taken ({@link IntervalCalibrator}), grouped by the number of
 * backtest origins the scale rested on; per panel its 80% and 95% quantiles were taken, the median
 * over the panels kept (each panel one vote: the 148 EHCP series share one policy break, which
 * counted forecast by forecast would set everyone's tails), and a scaled Student's t
 * ({@code spread x t_df}) fitted to the two. Scales from few origins are noisy, so their quantiles
 * are wider than the normal's.
 *
 * <table>
 *   <caption>Median over panels of the quantiles of |e| / scale_h (EHCP origins 2013-2018, CLA
 *   2014-2019, M3 quarterly as given and summed to years, 1,000 synthetic series; 22,180 forecasts
 *   of the four-member {@code auto}, decision 0075)</caption>
 *   <tr><th>origins</th><th>panels</th><th>q80</th><th>q95</th><th>df</th><th>spread</th></tr>
 *   <tr><td>0</td><td>1</td><td>1.80</td><td>2.74</td><td>60</td><td>1.392</td></tr>
 *   <tr><td>1</td><td>2</td><td>3.26</td><td>5.72</td><td>4.81</td><td>2.198</td></tr>
 *   <tr><td>2</td><td>3</td><td>1.80</td><td>3.21</td><td>4.29</td><td>1.189</td></tr>
 *   <tr><td>3-4</td><td>3</td><td>1.91</td><td>3.62</td><td>3.27</td><td>1.190</td></tr>
 *   <tr><td>5-7</td><td>4</td><td>1.38</td><td>2.32</td><td>6.69</td><td>0.973</td></tr>
 *   <tr><td>8+</td><td>3</td><td>1.17</td><td>2.22</td><td>3.29</td><td>0.733</td></tr>
 * </table>
 */
public final class PooledSpread {

    /** Degrees of freedom and spread for scales resting on a number of backtest origins. */
    public record Entry(double degreesOfFreedom, double spread) {
    }

    private static final Entry NONE = new Entry(60, 1.392);
    private static final Entry ONE = new Entry(4.81, 2.198);
    private static final Entry TWO = new Entry(4.29, 1.189);
    private static final Entry FEW = new Entry(3.27, 1.190);
    private static final Entry SOME = new Entry(6.69, 0.973);
    private static final Entry MANY = new Entry(3.29, 0.733);

    private PooledSpread() {
    }

    public static Entry forOrigins(int origins) {
        if (origins <= 0) {
            return NONE;
        }
        if (origins == 1) {
            return ONE;
        }
        if (origins == 2) {
            return TWO;
        }
        return origins <= 4 ? FEW : origins <= 7 ? SOME : MANY;
    }
}
