package org.astrocyte.memory.durable;

import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MapStoreConfig;

/**
 * Makes Hazelcast maps durable: the one call that attaches a {@link MemoryDatabase} to the maps whose names match a
 * pattern, on a member's {@link Config} before the member starts. The Community Edition has no persistence of its
 * own, so durability comes from a write-through {@code MapStore} ({@link JdbcMapStore}, one per map).
 *
 * <pre>{@code
 * Config config = EmbeddedHazelcast.config(settings);
 * MemoryDatabase database = MemoryDatabase.sqlite(Path.of("astrocyte-data"));
 * DurableMaps.configure(config, "episodes*", database);
 * HazelcastInstance member = Hazelcast.newHazelcastInstance(config);
 * // ... member.shutdown(); database.close();
 * }</pre>
 *
 * <p>What Hazelcast guarantees with this configuration:
 * <ul>
 * <li>Write-through (write delay 0): {@code IMap.set}, {@code put}, {@code remove} and {@code delete} return only
 * after {@link JdbcMapStore#store} or {@code delete} has returned, that is after the database committed. If the store
 * throws, the {@code IMap} call throws the same exception and the write is not acknowledged.</li>
 * <li>With backups ({@code backup-count} &gt; 0) the store is called on the partition's primary owner only, never on
 * the backups, so each write reaches the database once. In a cluster every member must therefore reach the same
 * database (PostgreSQL): after a migration the new owner writes, and a restarted cluster loads from it.</li>
 * <li>Initial load mode EAGER: when a member first gets a map, Hazelcast loads every key of that map
 * ({@link JdbcMapStore#loadAllKeys}) and their values before {@code getMap} returns, so a restarted member has all
 * entries before the first call.</li>
 * <li>Since Hazelcast 5.2 map-store calls are offloaded from the partition threads to an executor by default, so a
 * slow database does not block other partitions' operations; calls still arrive from several threads at once.</li>
 * <li>{@code IMap.put} on an absent key reads through ({@code load}) to return the old value; {@code set} does not.
 * Prefer {@code set}.</li>
 * </ul>
 * The caller owns the database: close it after the member has shut down.
 */
public final class DurableMaps {

    private DurableMaps() {
    }

    /**
     * Makes the maps matching {@code mapNamePattern} (a Hazelcast map name, {@code *} as a wildcard) durable in
     * {@code database}: write-through, eager initial load, one {@link JdbcMapStore} per map. A map configuration of
     * that exact pattern is reused (its backups, indexes and eviction kept), otherwise one is added; on a running
     * member ({@code hazelcast.getConfig()}) only the latter works, before the map is first used.
     *
     * @return the map configuration, to adjust further before the member starts
     * @throws IllegalStateException if that map configuration already has another map store
     */
    public static MapConfig configure(Config config, String mapNamePattern, MemoryDatabase database) {
        if (config == null || database == null) {
            throw new IllegalArgumentException("config and database must not be null");
        }
        if (mapNamePattern == null || mapNamePattern.isBlank()) {
            throw new IllegalArgumentException("mapNamePattern must not be blank");
        }
        MapConfig existingConfig = config.getMapConfigs().get(mapNamePattern);
        MapConfig mapConfig = existingConfig == null ? new MapConfig(mapNamePattern) : existingConfig;
        MapStoreConfig existing = mapConfig.getMapStoreConfig();
        if (existing != null && existing.isEnabled()) {
            throw new IllegalStateException("the map configuration '" + mapNamePattern + "' already has a map store: "
                    + existing);
        }
        mapConfig.setMapStoreConfig(new MapStoreConfig()
                .setEnabled(true)
                .setFactoryImplementation(new JdbcMapStoreFactory(database))
                .setWriteDelaySeconds(0)
                .setInitialLoadMode(MapStoreConfig.InitialLoadMode.EAGER));
        if (existingConfig == null) {
            // Added once complete: a running member copies a map configuration when it is added.
            config.addMapConfig(mapConfig);
        }
        return mapConfig;
    }

    /**
     * As {@link #configure(Config, String, MemoryDatabase)}, but by class name and properties, so that it also works
     * on a running member ({@code hazelcast.getConfig()}), which ships map configurations to every member as data:
     * each map's store opens its own database from {@code settings} and closes it when the map is destroyed. The
     * entries are kept in the database under {@code storedName} (e.g. one name for the uniquely named maps of many
     * runs), or under the map's own name when it is null.
     */
    public static MapConfig configure(Config config, String mapNamePattern, MemoryDatabaseSettings settings,
            String storedName) {
        if (config == null || settings == null) {
            throw new IllegalArgumentException("config and settings must not be null");
        }
        if (mapNamePattern == null || mapNamePattern.isBlank()) {
            throw new IllegalArgumentException("mapNamePattern must not be blank");
        }
        MapConfig mapConfig = new MapConfig(mapNamePattern);
        mapConfig.setMapStoreConfig(new MapStoreConfig()
                .setEnabled(true)
                .setFactoryClassName(JdbcMapStoreFactory.class.getName())
                .setProperties(properties(settings, storedName))
                .setWriteDelaySeconds(0)
                .setInitialLoadMode(MapStoreConfig.InitialLoadMode.EAGER));
        config.addMapConfig(mapConfig);
        return mapConfig;
    }

    private static java.util.Properties properties(MemoryDatabaseSettings settings, String storedName) {
        java.util.Properties properties = settings.toProperties();
        if (storedName != null) {
            properties.setProperty(JdbcMapStoreFactory.STORED_NAME, storedName);
        }
        return properties;
    }
}
