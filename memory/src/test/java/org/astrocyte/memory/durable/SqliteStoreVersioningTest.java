package org.astrocyte.memory.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Schema versions on an SQLite file, and the files that are not Astrocyte stores at all. */
class SqliteStoreVersioningTest extends StoreVersioningContract {

    @TempDir
    Path directory;

    @Override
    protected StoreLocation newLocation() {
        return new SqliteLocation(directory);
    }

    private Path file() {
        return ((SqliteLocation) location).file();
    }

    @Test
    void should_refuse_another_applications_database_and_leave_it_untouched() throws SQLException {
        // given
        execute("CREATE TABLE notes (id INTEGER PRIMARY KEY, body TEXT)");
        execute("INSERT INTO notes (body) VALUES ('mine')");
        // when
        DurableStoreException refusal = assertThrows(DurableStoreException.class, () -> location.open());
        // then
        String message = refusal.getMessage();
        assertTrue(message.contains(file().toString()), message);
        assertTrue(message.contains("is not an Astrocyte memory store"), message);
        assertTrue(message.contains("[notes]"), message);
        assertEquals("delete", query("PRAGMA journal_mode"));
        assertEquals("mine", query("SELECT body FROM notes"));
    }

    @Test
    void should_refuse_a_file_that_is_not_a_database_naming_it() throws IOException {
        // given
        Files.writeString(file(), "remember the milk\n".repeat(100), StandardCharsets.UTF_8);
        // when
        DurableStoreException refusal = assertThrows(DurableStoreException.class, () -> location.open());
        // then
        String message = refusal.getMessage();
        assertTrue(message.contains(file().toString()), message);
        assertTrue(message.contains("is not an SQLite database"), message);
        assertEquals("remember the milk\n".repeat(100), Files.readString(file(), StandardCharsets.UTF_8));
    }

    @Test
    void should_write_ahead_and_sync_every_commit() {
        // when
        try (MemoryDatabase database = location.open()) {
            // then
            assertEquals("wal", database.inTransaction(connection -> pragma(connection, "journal_mode")));
            assertEquals("2", database.inTransaction(connection -> pragma(connection, "synchronous")));
        }
    }

    @Test
    void should_create_the_directory_and_name_the_file_in_its_location() {
        // given
        Path nested = directory.resolve("a/b");
        // when
        try (MemoryDatabase database = MemoryDatabase.sqlite(nested)) {
            // then
            assertTrue(Files.isRegularFile(nested.resolve(MemoryDatabase.SQLITE_FILE)));
            assertEquals("SQLite file " + nested.toAbsolutePath().resolve("memory.db"), database.location());
        }
    }

    private String query(String sql) throws SQLException {
        try (Connection connection = location.rawConnection()) {
            return pragma(connection, sql.startsWith("PRAGMA ") ? sql.substring(7) : null, sql);
        }
    }

    private static String pragma(Connection connection, String name) throws SQLException {
        return pragma(connection, name, "PRAGMA " + name);
    }

    private static String pragma(Connection connection, String name, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet row = statement.executeQuery(sql)) {
            assertTrue(row.next(), sql);
            return row.getString(1);
        }
    }
}
