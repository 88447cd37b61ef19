package org.astrocyte.memory.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.config.Config;
import com.hazelcast.config.MapConfig;
import com.hazelcast.config.MapStoreConfig;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DurableMapsTest {

    @TempDir
    Path directory;

    private MemoryDatabase database;

    @BeforeEach
    void open() {
        database = MemoryDatabase.sqlite(directory);
    }

    @AfterEach
    void close() {
        database.close();
    }

    @Test
    void should_make_matching_maps_write_through_and_eagerly_loaded_with_a_store_each() {
        // given
        Config config = new Config();
        // when
        MapConfig mapConfig = DurableMaps.configure(config, "episodes.*", database);
        // then
        assertSame(mapConfig, config.getMapConfigs().get("episodes.*"));
        assertTrue(config.findMapConfig("episodes.agent-1").getMapStoreConfig().isEnabled());
        assertFalse(config.findMapConfig("tasks").getMapStoreConfig().isEnabled());
        MapStoreConfig store = mapConfig.getMapStoreConfig();
        assertTrue(store.isEnabled());
        assertEquals(0, store.getWriteDelaySeconds());
        assertEquals(MapStoreConfig.InitialLoadMode.EAGER, store.getInitialLoadMode());
        JdbcMapStoreFactory factory = (JdbcMapStoreFactory) store.getFactoryImplementation();
        assertSame(database, factory.database());
        assertEquals("episodes.agent-1",
                ((JdbcMapStore) factory.newMapStore("episodes.agent-1", new Properties())).mapName());
    }

    @Test
    void should_keep_the_rest_of_an_existing_map_configuration() {
        // given
        Config config = new Config().addMapConfig(new MapConfig("episodes.*").setBackupCount(2));
        // when
        MapConfig mapConfig = DurableMaps.configure(config, "episodes.*", database);
        // then
        assertEquals(2, mapConfig.getBackupCount());
        assertSame(mapConfig, config.getMapConfigs().get("episodes.*"));
    }

    @Test
    void should_refuse_a_map_configuration_that_has_another_store() {
        // given
        Config config = new Config();
        DurableMaps.configure(config, "episodes.*", database);
        // when
        IllegalStateException refusal = assertThrows(IllegalStateException.class,
                () -> DurableMaps.configure(config, "episodes.*", database));
        // then
        assertTrue(refusal.getMessage().contains("'episodes.*' already has a map store"), refusal.getMessage());
    }
}
