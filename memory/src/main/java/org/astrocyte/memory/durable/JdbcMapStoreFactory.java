package org.astrocyte.memory.durable;

import com.hazelcast.map.MapLoader;
import com.hazelcast.map.MapStoreFactory;
import java.util.Properties;

/**
 * Gives every map that a (wildcard) map configuration matches its own {@link JdbcMapStore} on one shared
 * {@link MemoryDatabase}, so that the entries of each map stay apart under its name.
 */
public final class JdbcMapStoreFactory implements MapStoreFactory<String, String> {

    private final MemoryDatabase database;

    /** A factory of stores on {@code database}. */
    public JdbcMapStoreFactory(MemoryDatabase database) {
        if (database == null) {
            throw new IllegalArgumentException("database must not be null");
        }
        this.database = database;
    }

    /** The database the stores write to. */
    public MemoryDatabase database() {
        return database;
    }

    @Override
    public MapLoader<String, String> newMapStore(String mapName, Properties properties) {
        return new JdbcMapStore(database, mapName);
    }
}
