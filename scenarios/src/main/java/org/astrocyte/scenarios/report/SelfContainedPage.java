package org.astrocyte.scenarios.report;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;

/**
 * One HTML file that needs no network to view: its styles, scripts (Chart.js from its WebJar included) and data are
 * written inline. Data goes in as JSON in {@code <script type="application/json">} elements, which the page's own
 * scripts read with {@code JSON.parse(document.getElementById(id).textContent)}.
 */
public final class SelfContainedPage {

    /** The WebJar's description of itself, which names the version of Chart.js on the class path. */
    private static final String CHART_JS_POM = "META-INF/maven/org.webjars.npm/chart.js/pom.properties";

    private static final ObjectMapper JSON = JsonMapper.builder().build();

    private final StringBuilder head = new StringBuilder();
    private final StringBuilder body = new StringBuilder();
    private final StringBuilder scripts = new StringBuilder();

    /** A page titled {@code title} (escaped here). */
    public SelfContainedPage(String title) {
        head.append("<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width\">\n<title>")
                .append(escape(title)).append("</title>\n");
    }

    /** Adds the style sheet at {@code resource} on the class path. */
    public SelfContainedPage style(String resource) {
        head.append("<style>\n").append(resource(resource)).append("\n</style>\n");
        return this;
    }

    /** Adds Chart.js, bundled from its WebJar. */
    public SelfContainedPage chartJs() {
        Properties pom = new Properties();
        try {
            pom.load(new StringReader(resource(CHART_JS_POM)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return script("META-INF/resources/webjars/chart.js/" + pom.getProperty("version") + "/dist/chart.umd.min.js");
    }

    /** Adds the script at {@code resource} on the class path; scripts run in the order they were added. */
    public SelfContainedPage script(String resource) {
        scripts.append("<script>\n").append(resource(resource).replace("</script", "<\\/script")).append("\n</script>\n");
        return this;
    }

    /** Adds {@code value}, written as JSON, as the data element {@code id}; comes before every script. */
    public SelfContainedPage data(String id, Object value) {
        String json;
        try {
            json = JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("data '" + id + "' cannot be written as JSON: " + e.getMessage(), e);
        }
        // "</" would end the script element early and "<!--" or "<script" could change how it is parsed; "<" only
        // occurs inside JSON strings, so it is written as its JSON escape, which JSON.parse reads as "<".
        body.append("<script type=\"application/json\" id=\"").append(escape(id)).append("\">")
                .append(json.replace("<", "\\u003c")).append("</script>\n");
        return this;
    }

    /** Adds {@code html} (written as it is) to the body. */
    public SelfContainedPage html(String html) {
        body.append(html).append('\n');
        return this;
    }

    /** The whole page. */
    public String render() {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n" + head + "</head>\n<body>\n" + body + scripts
                + "</body>\n</html>\n";
    }

    /** Writes the page to {@code file}, creating its folder. */
    public Path write(Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        Files.writeString(file, render(), StandardCharsets.UTF_8);
        return file;
    }

    /** {@code text} with the five HTML special characters escaped. */
    public static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    private static String resource(String name) {
        try (InputStream in = SelfContainedPage.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("resource " + name + " is not on the class path");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
