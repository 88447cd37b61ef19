package org.astrocyte.memory.durable;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/** The version of Astrocyte this code belongs to, as Maven wrote it into a resource at build time. */
final class AstrocyteVersion {

    private static final String RESOURCE = "astrocyte-version.properties";
    private static final String CURRENT = read();

    private AstrocyteVersion() {
    }

    /** The version, e.g. {@code 0.1.0-SNAPSHOT}; {@code development} when the classes were built without Maven. */
    static String current() {
        return CURRENT;
    }

    private static String read() {
        try (InputStream in = AstrocyteVersion.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                return "development";
            }
            Properties properties = new Properties();
            properties.load(in);
            String version = properties.getProperty("version", "").trim();
            // An IDE that copies resources without filtering leaves the placeholder in place.
            return version.isEmpty() || version.startsWith("${") ? "development" : version;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
