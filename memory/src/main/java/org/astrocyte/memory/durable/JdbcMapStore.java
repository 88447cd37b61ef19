package org.astrocyte.memory.durable;

import com.hazelcast.map.MapStore;
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
public final class JdbcMapStore implements MapStore<String, String> {

    private final MemoryDatabase database;
    private final String mapName;

    /** The store of the map {@code mapName} in {@code database}. */
    public JdbcMapStore(MemoryDatabase database, String mapName) {
        if (database == null) {
            throw new IllegalArgumentException("database must not be null");
        }
        if (mapName == null || mapName.isBlank() || mapName.length() > MemoryDatabase.MAX_MAP_NAME_LENGTH) {
            throw new IllegalArgumentException("a map name must have 1 to " + MemoryDatabase.MAX_MAP_NAME_LENGTH
                    + " characters, got " + mapName);
        }
        this.database = database;
        this.mapName = mapName;
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
