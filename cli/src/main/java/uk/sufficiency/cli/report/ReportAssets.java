package uk.sufficiency.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The report's inlined assets, read from the classpath: its style sheet and scripts, the Chart.js
 * UMD build from the {@code org.webjars.npm:chart.js} jar and Leaflet's build and style sheet from
 * {@code org.webjars.npm:leaflet} (each found through its webjar's pom.properties, so upgrading is a
 * one-line change in the pom; decisions 0061 and 0076), and the web app's town names for the map.
 */
final class ReportAssets {

    private static final String WEBJAR_POM = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";
    private static final String LEAFLET_POM = "/META-INF/maven/org.webjars.npm/leaflet/pom.properties";

    private ReportAssets() {
    }

    static String css() {
        return read("/uk/sufficiency/cli/report/report.css");
    }

    static String filterJs() {
        return read("/uk/sufficiency/cli/report/filter-tables.js");
    }

    static String renderJs() {
        return read("/uk/sufficiency/cli/report/render-charts.js");
    }

    static String mapJs() {
        return read("/uk/sufficiency/cli/report/render-map.js");
    }

    static String chartJsVersion() {
        return webjarVersion(WEBJAR_POM);
    }

    static String leafletVersion() {
        return webjarVersion(LEAFLET_POM);
    }

    /** Leaflet's build, without its source-map comment (the page must fetch nothing). */
    static String leafletJs() {
        return read("/META-INF/resources/webjars/leaflet/" + leafletVersion() + "/dist/leaflet.js")
                .replaceAll("//# sourceMappingURL=\\S*", "").replace("</script", "<\\/script");
    }

    /**
     * Leaflet's style sheet without its image URLs: the report draws no markers or layer icons that
     * need them, and a file URL that is not there would be fetched and fail.
     */
    static String leafletCss() {
        return read("/META-INF/resources/webjars/leaflet/" + leafletVersion() + "/dist/leaflet.css")
                .replaceAll("url\\(images/[^)]*\\)", "none").replace("</style", "<\\/style");
    }

    /** The web app's English towns ({@code [{name, lat, lon}]}), for the map's bearings; empty when absent. */
    static com.fasterxml.jackson.databind.JsonNode towns() {
        try (InputStream in = ReportAssets.class.getResourceAsStream("/web/towns.json")) {
            return in == null ? com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.arrayNode()
                    : new com.fasterxml.jackson.databind.ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String webjarVersion(String pom) {
        try (InputStream in = ReportAssets.class.getResourceAsStream(pom)) {
            if (in == null) {
                throw new IllegalStateException("webjar not on the classpath (" + pom + ")");
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String chartJs() {
        // "</script" cannot occur inside an inline script; escaping it keeps any future build safe
        return read("/META-INF/resources/webjars/chart.js/" + chartJsVersion() + "/dist/chart.umd.js")
                .replace("</script", "<\\/script");
    }

    private static String read(String resource) {
        try (InputStream in = ReportAssets.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
