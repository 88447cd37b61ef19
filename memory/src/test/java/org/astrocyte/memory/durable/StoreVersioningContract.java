package org.astrocyte.memory.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * How a store's schema version is recorded and checked, on every database. Older layouts are faked with raw SQL: a
 * "version 0" that kept its entries in {@code memory_entries(map, k, v)}, which never shipped but exercises the
 * same migration path as a real upgrade.
 */
abstract class StoreVersioningContract {

    /** The tables of the fake version 0, after the frozen header table. */
    private static final String V0_ENTRIES = "CREATE TABLE memory_entries (map TEXT NOT NULL, k TEXT NOT NULL, "
            + "v TEXT NOT NULL, PRIMARY KEY (map, k))";

    private static final SchemaMigration V0_TO_V1 = new SchemaMigration(0,
            "move memory_entries(map, k, v) to astrocyte_entries(map_name, entry_key, entry_value)", connection -> {
                try (Statement statement = connection.createStatement()) {
                    for (String sql : StoreSchema.VERSION_1) {
                        statement.execute(sql);
                    }
                    statement.execute("INSERT INTO astrocyte_entries (map_name, entry_key, entry_value) "
                            + "SELECT map, k, v FROM memory_entries");
                    statement.execute("DROP TABLE memory_entries");
                }
            });

    /** This code's schema as if version 0 had shipped and version 1 had migrated from it. */
    private static final StoreSchema WITH_V0 = new StoreSchema(0, List.of(V0_ENTRIES), List.of(V0_TO_V1));

    protected StoreLocation location;

    protected abstract StoreLocation newLocation() throws Exception;

    @BeforeEach
    void newStoreLocation() throws Exception {
        location = newLocation();
    }

    @AfterEach
    void removeStoreLocation() throws Exception {
        if (location != null) {
            location.close();
        }
    }

    @Test
    void should_create_a_version_1_store_that_records_its_writer() throws SQLException {
        // when
        StoreStatus status;
        try (MemoryDatabase database = location.open()) {
            status = database.status();
        }
        // then
        assertTrue(status.created());
        assertEquals(1, status.schemaVersion());
        assertEquals(List.of("astrocyte-memory", "1", AstrocyteVersion.current(), AstrocyteVersion.current()),
                header());
        assertFalse(AstrocyteVersion.current().isBlank());
    }

    @Test
    void should_reopen_its_own_store_as_it_is() {
        // given
        try (MemoryDatabase database = location.open()) {
            database.put("episodes", "e-1", "{}");
        }
        // when
        try (MemoryDatabase database = location.open()) {
            // then
            assertFalse(database.status().created());
            assertFalse(database.status().migrated());
            assertEquals(1, database.status().versionFound());
            assertEquals("{}", database.get("episodes", "e-1"));
        }
    }

    @Test
    void should_refuse_a_newer_schema_naming_both_versions() throws SQLException {
        // given
        location.open().close();
        execute("UPDATE astrocyte_store SET schema_version = 2, written_by = '9.9.9'");
        // when
        DurableStoreException refusal = assertThrows(DurableStoreException.class, () -> location.open());
        // then
        String message = refusal.getMessage();
        assertTrue(message.contains(location.name()), message);
        assertTrue(message.contains("schema version 2, written by Astrocyte 9.9.9"), message);
        assertTrue(message.contains("knows schema versions up to 1"), message);
        assertTrue(message.contains("Upgrade Astrocyte"), message);
        assertEquals(List.of("astrocyte-memory", "2", AstrocyteVersion.current(), "9.9.9"), header());
    }

    @Test
    void should_migrate_an_older_layout_and_keep_its_entries() throws SQLException {
        // given
        writeVersion0Store();
        // when
        try (MemoryDatabase database = location.open(WITH_V0)) {
            // then
            assertTrue(database.status().migrated());
            assertEquals(0, database.status().versionFound());
            assertEquals(1, database.status().schemaVersion());
            assertEquals("0.0.1", database.status().createdBy());
            assertEquals("{\"note\":\"old food\"}", database.get("episodes", "e-1"));
            assertEquals(2, database.count("episodes"));
        }
        assertEquals(List.of("astrocyte-memory", "1", "0.0.1", AstrocyteVersion.current()), header());
        assertFalse(tables().contains("memory_entries"));
        try (MemoryDatabase database = location.open()) {
            assertEquals("{\"note\":\"older rock\"}", database.get("episodes", "e-2"));
        }
    }

    @Test
    void should_leave_the_store_as_it_was_when_a_migration_fails() throws SQLException {
        // given
        writeVersion0Store();
        SchemaMigration broken = SchemaMigration.sql(0, "copy, then fail half way",
                StoreSchema.VERSION_1.get(0),
                "INSERT INTO astrocyte_entries (map_name, entry_key, entry_value) SELECT map, k, v FROM memory_entries",
                "INSERT INTO no_such_table VALUES (1)");
        StoreSchema schema = new StoreSchema(0, List.of(V0_ENTRIES), List.of(broken));
        // when
        DurableStoreException failure = assertThrows(DurableStoreException.class, () -> location.open(schema));
        // then
        String message = failure.getMessage();
        assertTrue(message.contains("from schema version 0 to 1 (copy, then fail half way) failed"), message);
        assertTrue(message.contains("the store is unchanged"), message);
        assertEquals(List.of("astrocyte-memory", "0", "0.0.1", "0.0.1"), header());
        assertTrue(tables().contains("memory_entries"));
        assertFalse(tables().contains("astrocyte_entries"));
    }

    @Test
    void should_refuse_a_version_older_than_it_can_migrate() throws SQLException {
        // given
        writeVersion0Store();
        // when
        DurableStoreException refusal = assertThrows(DurableStoreException.class, () -> location.open());
        // then
        String message = refusal.getMessage();
        assertTrue(message.contains(location.name()), message);
        assertTrue(message.contains("schema version 0"), message);
        assertTrue(message.contains("oldest version this Astrocyte"), message);
        assertEquals(List.of("astrocyte-memory", "0", "0.0.1", "0.0.1"), header());
    }

    @Test
    void should_create_a_new_store_through_the_same_migrations() {
        // when
        try (MemoryDatabase database = location.open(WITH_V0)) {
            database.put("episodes", "e-1", "{}");
            // then
            assertTrue(database.status().created());
            assertEquals(1, database.status().schemaVersion());
        }
        try (MemoryDatabase database = location.open()) {
            assertEquals("{}", database.get("episodes", "e-1"));
        }
    }

    @Test
    void should_refuse_a_header_table_of_another_format() throws SQLException {
        // given
        execute("CREATE TABLE astrocyte_store (id INTEGER PRIMARY KEY, format TEXT NOT NULL, "
                + "schema_version INTEGER NOT NULL, created_by TEXT NOT NULL, written_by TEXT NOT NULL)");
        execute("INSERT INTO astrocyte_store VALUES (1, 'someone-else', 1, 'x', 'x')");
        // when
        DurableStoreException refusal = assertThrows(DurableStoreException.class, () -> location.open());
        // then
        assertTrue(refusal.getMessage().contains("is not an Astrocyte memory store"), refusal.getMessage());
        assertTrue(refusal.getMessage().contains("'someone-else'"), refusal.getMessage());
    }

    /** What an Astrocyte that wrote schema version 0 would have left behind. */
    private void writeVersion0Store() throws SQLException {
        execute("CREATE TABLE astrocyte_store (id INTEGER PRIMARY KEY CHECK (id = 1), format TEXT NOT NULL, "
                + "schema_version INTEGER NOT NULL, created_by TEXT NOT NULL, written_by TEXT NOT NULL)");
        execute("INSERT INTO astrocyte_store VALUES (1, 'astrocyte-memory', 0, '0.0.1', '0.0.1')");
        execute(V0_ENTRIES);
        execute("INSERT INTO memory_entries VALUES ('episodes', 'e-1', '{\"note\":\"old food\"}')");
        execute("INSERT INTO memory_entries VALUES ('episodes', 'e-2', '{\"note\":\"older rock\"}')");
    }

    protected void execute(String sql) throws SQLException {
        try (Connection connection = location.rawConnection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    /** format, schema_version, created_by, written_by as text. */
    private List<String> header() throws SQLException {
        try (Connection connection = location.rawConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery(
                        "SELECT format, schema_version, created_by, written_by FROM astrocyte_store")) {
            assertTrue(row.next());
            return List.of(row.getString(1), row.getString(2), row.getString(3), row.getString(4));
        }
    }

    private List<String> tables() throws SQLException {
        List<String> names = new ArrayList<>();
        try (Connection connection = location.rawConnection();
                ResultSet rows = connection.getMetaData().getTables(null, connection.getSchema(), "%",
                        new String[] {"TABLE"})) {
            while (rows.next()) {
                names.add(rows.getString("TABLE_NAME").toLowerCase(Locale.ROOT));
            }
        }
        return names;
    }
}
