package org.astrocyte.memory.durable;

import com.hazelcast.map.MapLoader;
import com.hazelcast.map.MapStoreFactory;
import java.util.Properties;

/**
 * Gives every map that a (wildcard) map configuration matches its own {@link JdbcMapStore} on one shared
 * {@link MemoryDatabase}, so that the entries of each map stay apart under its name. Made by Hazelcast from its class
 * name (no-argument constructor), it opens a database per map from the configuration's properties
 * ({@link MemoryDatabaseSettings#toProperties()}) and the store closes it when its map is destroyed: that is the form
 * a running member accepts, because it ships map configurations as data.
 */
public final class JdbcMapStoreFactory implements MapStoreFactory<String, String> {

    /** Property naming the map in the database, when it differs from the Hazelcast map's name. */
    public static final String STORED_NAME = "stored-map-name";

    private final MemoryDatabase database;

    /** A factory that opens each store's database from the map store configuration's properties. */
    public JdbcMapStoreFactory() {
        this.database = null;
    }

    /** A factory of stores on {@code database}. */
    public JdbcMapStoreFactory(MemoryDatabase database) {
        if (database == null) {
            throw new IllegalArgumentException("database must not be null");
        }
        this.database = database;
    }

    /** The database the stores write to; null when each store opens its own. */
    public MemoryDatabase database() {
        return database;
    }

    @Override
    public MapLoader<String, String> newMapStore(String mapName, Properties properties) {
        if (database != null) {
            return new JdbcMapStore(database, mapName);
        }
        return new JdbcMapStore(MemoryDatabase.open(MemoryDatabaseSettings.fromProperties(properties)),
                properties.getProperty(STORED_NAME, mapName), true);
    }
}
