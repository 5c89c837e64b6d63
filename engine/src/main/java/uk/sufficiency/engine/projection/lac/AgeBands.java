package uk.sufficiency.engine.projection.lac;

import java.util.ArrayList;
import java.util.List;

/**
 * Contiguous age bands covering 0 to 18 years, lower bound inclusive, upper exclusive
 * ("5-10" = from the 5th birthday up to the day before the 10th). Looked-after children leave care at 18.
 */
public final class AgeBands {

    /** Age at which every child leaves care, in months. */
    public static final int LEAVING_AGE_MONTHS = 18 * 12;

    /** One band, in whole years. */
    public record Band(int fromYears, int toYears) {
        public String label() {
            return fromYears + "-" + toYears;
        }

        public int fromMonths() {
            return fromYears * 12;
        }

        public int widthMonths() {
            return (toYears - fromYears) * 12;
        }
    }

    private final List<Band> bands;
    private final int[] bandOfMonth = new int[LEAVING_AGE_MONTHS];

    private AgeBands(List<Band> bands) {
        this.bands = List.copyOf(bands);
        for (int b = 0; b < bands.size(); b++) {
            for (int m = bands.get(b).fromMonths(); m < bands.get(b).toYears() * 12; m++) {
                bandOfMonth[m] = b;
            }
        }
    }

    /**
     * Parses labels such as "0-1", "16-18".
     *
     * @throws IllegalArgumentException naming the rule broken (contiguous, from 0 to 18, whole years)
     */
    public static AgeBands parse(List<String> labels) {
        List<Band> bands = new ArrayList<>();
        int expectedFrom = 0;
        for (String label : labels) {
            String[] parts = label.trim().split("-");
            if (parts.length != 2) {
                throw new IllegalArgumentException("age band '" + label + "' must be written from-to in whole years, e.g. 5-10");
            }
            int from;
            int to;
            try {
                from = Integer.parseInt(parts[0].trim());
                to = Integer.parseInt(parts[1].trim());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("age band '" + label + "' must be written from-to in whole years, e.g. 5-10");
            }
            if (from != expectedFrom || to <= from) {
                throw new IllegalArgumentException("age bands must be contiguous and increasing from 0: '" + label
                        + "' should start at " + expectedFrom);
            }
            bands.add(new Band(from, to));
            expectedFrom = to;
        }
        if (expectedFrom != 18) {
            throw new IllegalArgumentException("age bands must end at 18 (children leave care at 18); they end at " + expectedFrom);
        }
        return new AgeBands(bands);
    }

    public List<Band> bands() {
        return bands;
    }

    public int size() {
        return bands.size();
    }

    /** Band index of an age in whole months (0..215). */
    public int bandOf(int ageMonths) {
        return bandOfMonth[Math.max(0, Math.min(LEAVING_AGE_MONTHS - 1, ageMonths))];
    }

    public int indexOf(String label) {
        for (int b = 0; b < bands.size(); b++) {
            if (bands.get(b).label().equals(label.trim())) {
                return b;
            }
        }
        return -1;
    }
}
