package uk.sufficiency.engine.forecast.interval;

/**
 * How far out-of-sample errors fall beyond the scale a series' own backtest gives them, pooled over
 * the development panels (docs/decisions/0024): for each forecast of {@code auto} the standardised
 * error {@code |e| / scale_h} was taken ({@link IntervalCalibrator}), grouped by the number of
 * backtest origins the scale rested on, and a scaled Student's t ({@code spread x t_df}) fitted to
 * its 80% and 95% quantiles. Scales estimated from few origins are noisy, so their quantiles are
 * wider than the normal's; with more origins the tails settle near a t with 3 degrees of freedom.
 *
 * <table>
 *   <caption>Pooled quantiles of |e| / scale_h (EHCP 2013-2018 origins, CLA 2014-2019, M3 quarterly
 *   summed to years, 1,000 synthetic series; 16,164 forecasts)</caption>
 *   <tr><th>origins</th><th>forecasts</th><th>q80</th><th>q95</th><th>df</th><th>spread</th></tr>
 *   <tr><td>0</td><td>120</td><td>1.70</td><td>2.40</td><td>60</td><td>1.256</td></tr>
 *   <tr><td>1</td><td>1,098</td><td>3.86</td><td>7.63</td><td>2.85</td><td>2.325</td></tr>
 *   <tr><td>2-4</td><td>7,456</td><td>2.31</td><td>5.14</td><td>2.10</td><td>1.245</td></tr>
 *   <tr><td>5-7</td><td>2,562</td><td>1.46</td><td>2.56</td><td>4.85</td><td>0.985</td></tr>
 *   <tr><td>8+</td><td>4,896</td><td>1.23</td><td>2.32</td><td>3.40</td><td>0.777</td></tr>
 * </table>
 */
public final class PooledSpread {

    /** Degrees of freedom and spread for scales resting on a number of backtest origins. */
    public record Entry(double degreesOfFreedom, double spread) {
    }

    private static final Entry NONE = new Entry(60, 1.256);
    private static final Entry ONE = new Entry(2.85, 2.325);
    private static final Entry FEW = new Entry(2.10, 1.245);
    private static final Entry SOME = new Entry(4.85, 0.985);
    private static final Entry MANY = new Entry(3.40, 0.777);

    private PooledSpread() {
    }

    public static Entry forOrigins(int origins) {
        if (origins <= 0) {
            return NONE;
        }
        if (origins == 1) {
            return ONE;
        }
        return origins <= 4 ? FEW : origins <= 7 ? SOME : MANY;
    }
}
