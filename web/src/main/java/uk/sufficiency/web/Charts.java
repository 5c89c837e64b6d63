package uk.sufficiency.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Chart descriptions for the page's script (static/app.js draws them with Chart.js): plain JSON in
 * a {@code <script type="application/json">} block, so no script is generated on the server.
 * A band is two series, low and high, that the script fills between.
 */
public final class Charts {

    /** One line or bar series; {@code role} is line, bar, low, high or target. */
    public record Series(String label, String role, List<Double> values) {
    }

    private static final ObjectMapper JSON = new ObjectMapper();

    private Charts() {
    }

    public static Series line(String label, List<Double> values) {
        return new Series(label, "line", values);
    }

    public static Series bar(String label, List<Double> values) {
        return new Series(label, "bar", values);
    }

    public static Series low(String label, List<Double> values) {
        return new Series(label, "low", values);
    }

    public static Series high(String label, List<Double> values) {
        return new Series(label, "high", values);
    }

    public static Series target(String label, List<Double> values) {
        return new Series(label, "target", values);
    }

    /**
     * @param kind {@code line} (with bands), {@code bar} or {@code stacked}
     * @return the JSON text
     */
    public static String chart(String id, String kind, String title, String unit, List<String> labels,
            List<Series> series) {
        Map<String, Object> chart = new LinkedHashMap<>();
        chart.put("id", id);
        chart.put("kind", kind);
        chart.put("title", title);
        chart.put("unit", unit);
        chart.put("labels", labels);
        List<Map<String, Object>> list = new ArrayList<>();
        for (Series s : series) {
            list.add(Map.of("label", s.label(), "role", s.role(), "values", s.values()));
        }
        chart.put("series", list);
        try {
            // "</" cannot end the script block it sits in
            return JSON.writeValueAsString(chart).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    public static String json(Object value) {
        try {
            return JSON.writeValueAsString(value).replace("</", "<\\/");
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
