package org.astrocyte.memory.durable;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;

/** A store file {@code memory.db} in a temporary directory that JUnit deletes. */
final class SqliteLocation implements StoreLocation {

    private final Path directory;

    SqliteLocation(Path directory) {
        this.directory = directory;
    }

    Path file() {
        return directory.toAbsolutePath().normalize().resolve(MemoryDatabase.SQLITE_FILE);
    }

    @Override
    public MemoryDatabase open(StoreSchema schema) {
        return MemoryDatabase.sqlite(directory, schema);
    }

    @Override
    public Connection rawConnection() throws SQLException {
        return DriverManager.getConnection("jdbc:sqlite:" + file());
    }

    @Override
    public void refuseKey(String key) throws SQLException {
        try (Connection connection = rawConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE TRIGGER refuse_key BEFORE INSERT ON astrocyte_entries WHEN NEW.entry_key = '"
                    + key + "' BEGIN SELECT RAISE(ABORT, 'the test refuses this key'); END");
        }
    }

    @Override
    public String name() {
        return file().toString();
    }

    @Override
    public void close() {
        // The temporary directory goes with the test.
    }
}
