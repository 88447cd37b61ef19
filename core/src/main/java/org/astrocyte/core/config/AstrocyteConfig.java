package org.astrocyte.core.config;

import java.nio.file.Path;
import java.util.Map;
import org.astrocyte.core.hazelcast.HazelcastSettings;

/**
 * The framework's own configuration (as opposed to a scenario): where the bus runs. Read from an optional YAML
 * file, then overridden by system properties and environment variables (see {@link ConfigOverrides}).
 *
 * @param hazelcast the embedded member or the cluster to join
 */
public record AstrocyteConfig(HazelcastSettings hazelcast) {

    public AstrocyteConfig {
        hazelcast = hazelcast == null ? HazelcastSettings.embedded("astrocyte") : hazelcast;
    }

    /** The top-level keys of the configuration, which environment overrides may name. */
    public static java.util.Set<String> sections() {
        return java.util.Arrays.stream(AstrocyteConfig.class.getRecordComponents())
                .map(java.lang.reflect.RecordComponent::getName).collect(java.util.stream.Collectors.toSet());
    }

    /** The configuration from {@code file} (or the defaults if null) with {@code overrides} applied. */
    public static AstrocyteConfig load(Path file, Map<String, String> overrides) {
        YamlConfigReader reader = new YamlConfigReader();
        return file == null ? reader.defaults(AstrocyteConfig.class, overrides)
                : reader.read(file, AstrocyteConfig.class, overrides);
    }
}
