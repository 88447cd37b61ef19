package org.astrocyte.memory.durable;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** The {@link JdbcMapStore} contract on an SQLite file. */
class SqliteJdbcMapStoreTest extends JdbcMapStoreContract {

    @TempDir
    Path directory;

    @Override
    protected StoreLocation newLocation() {
        return new SqliteLocation(directory);
    }
}
