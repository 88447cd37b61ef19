package org.astrocyte.memory.durable;

import java.sql.Connection;
import java.sql.SQLException;

/** A fresh place for a durable store in one database, with raw access for the tests that fake other versions. */
interface StoreLocation extends AutoCloseable {

    /** Opens (or reopens) the store here with {@code schema}. */
    MemoryDatabase open(StoreSchema schema);

    /** Opens (or reopens) the store here with the schema this code writes. */
    default MemoryDatabase open() {
        return open(StoreSchema.current());
    }

    /** A plain JDBC connection to the same place, auto-commit on; the caller closes it. */
    Connection rawConnection() throws SQLException;

    /** Makes the database itself refuse to insert {@code key}, to test how SQL failures surface. */
    void refuseKey(String key) throws SQLException;

    /** The part of {@link MemoryDatabase#location()} that names this place. */
    String name();

    /** Removes what the test left behind. */
    @Override
    void close() throws SQLException;
}
