package org.astrocyte.memory.durable;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.MapLoaderLifecycleSupport;
import com.hazelcast.map.MapStore;
import java.util.Properties;
import java.util.Collection;
import java.util.Map;

/**
 * The Hazelcast {@link MapStore} of one map, keeping its entries in a {@link MemoryDatabase} under the map's name.
 * Every failure is a {@link DurableStoreException} naming the map, the key and the database, which Hazelcast hands
 * to the caller of the {@code IMap} operation instead of acknowledging it. {@link DurableMaps} creates one per map.
 *
 * <p>{@link #storeAll} and {@link #deleteAll} are one transaction each: when one fails, nothing of it was written and
 * the argument is left whole, which is what Hazelcast needs to retry the entries one by one.
 */
public final class JdbcMapStore implements MapStore<String, String>, MapLoaderLifecycleSupport {

    private final MemoryDatabase database;
    private final String mapName;
    private final boolean ownsDatabase;

    /** The store of the map {@code mapName} in {@code database}, which the caller closes. */
    public JdbcMapStore(MemoryDatabase database, String mapName) {
        this(database, mapName, false);
    }

    /** The store of the map {@code mapName} in {@code database}, closing it with the map when it owns it. */
    public JdbcMapStore(MemoryDatabase database, String mapName, boolean ownsDatabase) {
        if (database == null) {
            throw new IllegalArgumentException("database must not be null");
        }
        if (mapName == null || mapName.isBlank() || mapName.length() > MemoryDatabase.MAX_MAP_NAME_LENGTH) {
            throw new IllegalArgumentException("a map name must have 1 to " + MemoryDatabase.MAX_MAP_NAME_LENGTH
                    + " characters, got " + mapName);
        }
        this.database = database;
        this.mapName = mapName;
        this.ownsDatabase = ownsDatabase;
    }

    @Override
    public void init(HazelcastInstance hazelcast, Properties properties, String name) {
    }

    /** Closes the database if this store opened it; called when the map is destroyed or the member stops. */
    @Override
    public void destroy() {
        if (ownsDatabase) {
            database.close();
        }
    }

    /** The name of the map this store keeps. */
    public String mapName() {
        return mapName;
    }

    @Override
    public void store(String key, String value) {
        database.put(mapName, key, value);
    }

    @Override
    public void storeAll(Map<String, String> entries) {
        database.putAll(mapName, entries);
    }

    @Override
    public void delete(String key) {
        database.remove(mapName, key);
    }

    @Override
    public void deleteAll(Collection<String> keys) {
        database.removeAll(mapName, keys);
    }

    @Override
    public String load(String key) {
        return database.get(mapName, key);
    }

    @Override
    public Map<String, String> loadAll(Collection<String> keys) {
        return database.getAll(mapName, keys);
    }

    /** The keys of this map only, read at once: keys are short, and Hazelcast loads the values in batches. */
    @Override
    public Iterable<String> loadAllKeys() {
        return database.keys(mapName);
    }

    @Override
    public String toString() {
        return "JdbcMapStore[" + mapName + " in " + database.location() + "]";
    }
}
