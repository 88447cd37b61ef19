package org.astrocyte.core.config;

import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;

/**
 * Collects configuration overrides: system properties {@code astrocyte.a.b=v} and environment variables
 * {@code ASTROCYTE_A_B=v} both become the override {@code a.b -> v}; system properties win. Environment names are
 * lower-cased and keys are matched without regard to case, so a camel-case key is written without separators
 * ({@code ASTROCYTE_HAZELCAST_CLUSTERNAME}).
 */
public final class ConfigOverrides {

    private static final String PROPERTY_PREFIX = "astrocyte.";
    private static final String ENV_PREFIX = "ASTROCYTE_";

    private ConfigOverrides() {
    }

    /** The overrides found in {@code properties} and {@code environment}, as dotted paths. */
    public static Map<String, String> from(Properties properties, Map<String, String> environment) {
        return from(properties, environment, null);
    }

    /**
     * As {@link #from(Properties, Map)}, but an environment variable counts only if its first part names one of
     * {@code sections} (the top-level keys of the configuration, matched without regard to case): other
     * {@code ASTROCYTE_*} variables (the launcher's {@code ASTROCYTE_JAVA_OPTS}, a test's database URL) belong to
     * someone else and are left alone. A system property {@code astrocyte.*} is always an override.
     */
    public static Map<String, String> from(Properties properties, Map<String, String> environment,
            Set<String> sections) {
        Map<String, String> overrides = new TreeMap<>();
        environment.forEach((name, value) -> {
            if (name.startsWith(ENV_PREFIX) && name.length() > ENV_PREFIX.length()) {
                String path = name.substring(ENV_PREFIX.length()).toLowerCase().replace('_', '.');
                String section = path.contains(".") ? path.substring(0, path.indexOf('.')) : path;
                if (sections == null || sections.stream().anyMatch(section::equalsIgnoreCase)) {
                    overrides.put(path, value);
                }
            }
        });
        for (String name : properties.stringPropertyNames()) {
            if (name.startsWith(PROPERTY_PREFIX) && name.length() > PROPERTY_PREFIX.length()) {
                overrides.put(name.substring(PROPERTY_PREFIX.length()), properties.getProperty(name));
            }
        }
        return overrides;
    }
}
