package uk.sufficiency.cli.report;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * The report's inlined assets, read from the classpath: its style sheet and chart script, and the
 * Chart.js UMD build from the {@code org.webjars.npm:chart.js} jar (found through the webjar's
 * pom.properties, so upgrading is a one-line change in the pom).
 */
final class ReportAssets {

    private static final String WEBJAR_POM = "/META-INF/maven/org.webjars.npm/chart.js/pom.properties";

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

    static String chartJsVersion() {
        try (InputStream in = ReportAssets.class.getResourceAsStream(WEBJAR_POM)) {
            if (in == null) {
                throw new IllegalStateException("Chart.js webjar not on the classpath (" + WEBJAR_POM + ")");
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
