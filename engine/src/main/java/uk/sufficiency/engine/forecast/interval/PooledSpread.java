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
 *   2014-2019, M3 quarterly as given and summed to years, 1,000 synthetic series; 22,212 forecasts)</caption>
 *   <tr><th>origins</th><th>panels</th><th>q80</th><th>q95</th><th>df</th><th>spread</th></tr>
 *   <tr><td>0</td><td>2</td><td>1.70</td><td>2.40</td><td>60</td><td>1.256</td></tr>
 *   <tr><td>1</td><td>2</td><td>3.30</td><td>5.78</td><td>4.80</td><td>2.221</td></tr>
 *   <tr><td>2</td><td>3</td><td>1.76</td><td>3.49</td><td>2.80</td><td>1.053</td></tr>
 *   <tr><td>3-4</td><td>4</td><td>1.73</td><td>3.19</td><td>3.65</td><td>1.107</td></tr>
 *   <tr><td>5-7</td><td>4</td><td>1.50</td><td>2.45</td><td>9.20</td><td>1.087</td></tr>
 *   <tr><td>8+</td><td>3</td><td>1.23</td><td>2.28</td><td>3.60</td><td>0.785</td></tr>
 * </table>
 */
public final class PooledSpread {

    /** Degrees of freedom and spread for scales resting on a number of backtest origins. */
    public record Entry(double degreesOfFreedom, double spread) {
    }

    private static final Entry NONE = new Entry(60, 1.256);
    private static final Entry ONE = new Entry(4.80, 2.221);
    private static final Entry TWO = new Entry(2.80, 1.053);
    private static final Entry FEW = new Entry(3.65, 1.107);
    private static final Entry SOME = new Entry(9.20, 1.087);
    private static final Entry MANY = new Entry(3.60, 0.785);

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
