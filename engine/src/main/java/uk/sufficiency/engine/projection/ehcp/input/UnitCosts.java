package uk.sufficiency.engine.projection.ehcp.input;

import java.util.Map;
import java.util.TreeMap;

/**
 * Annual cost per place in GBP by need and setting. A need of {@code *} (or blank) in the costs
 * file prices every need in that setting; a need-specific row wins over it.
 */
public final class UnitCosts {

    public static final String ANY_NEED = "*";

    private final Map<String, Double> annualCostGbp;

    public UnitCosts(Map<String, Double> annualCostGbpByNeedAndSetting) {
        this.annualCostGbp = new TreeMap<>(annualCostGbpByNeedAndSetting);
    }

    public static String key(String need, String setting) {
        return need + "|" + setting;
    }

    /** Annual GBP per place, or NaN when neither the pair nor the setting has a cost. */
    public double annualCostGbp(String need, String setting) {
        Double exact = annualCostGbp.get(key(need, setting));
        if (exact != null) {
            return exact;
        }
        Double any = annualCostGbp.get(key(ANY_NEED, setting));
        return any == null ? Double.NaN : any;
    }

    /** A setting's price in one figure: its any-need cost, else the mean of its costs (NaN when none). */
    public double settingPriceGbp(String setting) {
        double any = annualCostGbp(ANY_NEED, setting);
        return Double.isNaN(any) ? settingMeanGbp(setting) : any;
    }

    /** Mean of the costs given for a setting, NaN when none. */
    public double settingMeanGbp(String setting) {
        return annualCostGbp.entrySet().stream().filter(e -> e.getKey().endsWith("|" + setting))
                .mapToDouble(Map.Entry::getValue).average().orElse(Double.NaN);
    }
}
