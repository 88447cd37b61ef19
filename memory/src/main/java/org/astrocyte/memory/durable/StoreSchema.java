package org.astrocyte.memory.durable;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Set;

/**
 * The layout of a durable store and how it changes between versions: a baseline layout, then one
 * {@link SchemaMigration} per later version. A new store is created at the baseline and migrated like an old one, so
 * every migration also runs on every fresh store. The header table {@value #META_TABLE} never changes, so that any
 * Astrocyte version can tell which version wrote a store (docs/memory-storage.md, "Upgrades").
 */
final class StoreSchema {

    /** The {@code format} of every Astrocyte store; anything else in the header table is someone else's. */
    static final String FORMAT = "astrocyte-memory";
    static final String META_TABLE = "astrocyte_store";
    static final String ENTRY_TABLE = "astrocyte_entries";

    /** Frozen: later versions may add columns but never rename or drop these. */
    private static final String CREATE_META = "CREATE TABLE " + META_TABLE + " ("
            + "id INTEGER PRIMARY KEY CHECK (id = 1), "
            + "format TEXT NOT NULL, "
            + "schema_version INTEGER NOT NULL, "
            + "created_by TEXT NOT NULL, "
            + "written_by TEXT NOT NULL)";

    /** The tables of version 1 beside the header; package-private so that migration tests can build on it. */
    static final List<String> VERSION_1 = List.of("CREATE TABLE " + ENTRY_TABLE + " ("
            + "map_name TEXT NOT NULL, "
            + "entry_key TEXT NOT NULL, "
            + "entry_value TEXT NOT NULL, "
            + "PRIMARY KEY (map_name, entry_key))");

    private static final StoreSchema CURRENT = new StoreSchema(1, VERSION_1, List.of());

    private final int baselineVersion;
    private final List<String> baseline;
    private final List<SchemaMigration> migrations;

    /**
     * A schema whose oldest readable version is {@code baselineVersion}, created by {@code baseline} and brought up
     * to date by {@code migrations}, which must start at the baseline and follow each other.
     */
    StoreSchema(int baselineVersion, List<String> baseline, List<SchemaMigration> migrations) {
        this.baselineVersion = baselineVersion;
        this.baseline = List.copyOf(baseline);
        this.migrations = List.copyOf(migrations);
        for (int i = 0; i < this.migrations.size(); i++) {
            if (this.migrations.get(i).fromVersion() != baselineVersion + i) {
                throw new IllegalArgumentException("migration " + i + " starts from version "
                        + this.migrations.get(i).fromVersion() + ", expected " + (baselineVersion + i));
            }
        }
    }

    /** The schema this code writes. */
    static StoreSchema current() {
        return CURRENT;
    }

    /** The schema version this code writes. */
    int version() {
        return baselineVersion + migrations.size();
    }

    /**
     * Creates, checks or migrates the store on {@code connection} in one exclusive transaction, so that a refusal or
     * a failed migration leaves the store as it was.
     *
     * @throws DurableStoreException if the store is newer than this code, too old, or not an Astrocyte store
     */
    StoreStatus open(Connection connection, Dialect dialect, String location, String writer) throws SQLException {
        dialect.beginExclusive(connection);
        boolean committed = false;
        try {
            StoreStatus status = prepare(connection, dialect, location, writer);
            dialect.commit(connection);
            committed = true;
            return status;
        } finally {
            if (!committed) {
                rollbackQuietly(connection, dialect);
            }
        }
    }

    private StoreStatus prepare(Connection connection, Dialect dialect, String location, String writer)
            throws SQLException {
        Set<String> tables = dialect.tables(connection);
        if (!tables.contains(META_TABLE)) {
            boolean foreign = dialect.ownsWholeDatabase() ? !tables.isEmpty() : tables.contains(ENTRY_TABLE);
            if (foreign) {
                throw new DurableStoreException(location + " is not an Astrocyte memory store: it has the tables "
                        + tables + " but no " + META_TABLE + " table. Move it away or point the memory elsewhere.");
            }
            create(connection, writer);
            migrate(connection, location, baselineVersion);
            writeHeader(connection, writer);
            return new StoreStatus(true, version(), version(), writer, writer);
        }
        Header header = readHeader(connection, location);
        if (header.version() > version()) {
            throw new DurableStoreException(location + " has schema version " + header.version() + ", written by "
                    + "Astrocyte " + header.writtenBy() + ", but this Astrocyte (" + writer + ") knows schema versions "
                    + "up to " + version() + ". Upgrade Astrocyte to open it; stores are never downgraded.");
        }
        if (header.version() < baselineVersion) {
            throw new DurableStoreException(location + " has schema version " + header.version() + ", written by "
                    + "Astrocyte " + header.writtenBy() + ", older than the oldest version this Astrocyte (" + writer
                    + ") can migrate, " + baselineVersion + ". Open it once with an Astrocyte release that reads both "
                    + "versions (docs/memory-storage.md, \"Upgrades\").");
        }
        migrate(connection, location, header.version());
        writeHeader(connection, writer);
        return new StoreStatus(false, header.version(), version(), header.createdBy(), header.writtenBy());
    }

    private void create(Connection connection, String writer) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(CREATE_META);
            for (String sql : baseline) {
                statement.execute(sql);
            }
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + META_TABLE
                + " (id, format, schema_version, created_by, written_by) VALUES (1, ?, ?, ?, ?)")) {
            insert.setString(1, FORMAT);
            insert.setInt(2, baselineVersion);
            insert.setString(3, writer);
            insert.setString(4, writer);
            insert.executeUpdate();
        }
    }

    private void migrate(Connection connection, String location, int from) throws SQLException {
        for (int version = from; version < version(); version++) {
            SchemaMigration migration = migrations.get(version - baselineVersion);
            try {
                migration.step().apply(connection);
            } catch (SQLException | RuntimeException e) {
                throw new DurableStoreException("Migrating " + location + " from schema version " + version + " to "
                        + (version + 1) + " (" + migration.description() + ") failed; the store is unchanged, as the "
                        + "whole upgrade runs in one transaction: " + e.getMessage(), e);
            }
        }
    }

    private void writeHeader(Connection connection, String writer) throws SQLException {
        try (PreparedStatement update = connection.prepareStatement(
                "UPDATE " + META_TABLE + " SET schema_version = ?, written_by = ? WHERE id = 1")) {
            update.setInt(1, version());
            update.setString(2, writer);
            update.executeUpdate();
        }
    }

    private static Header readHeader(Connection connection, String location) throws SQLException {
        Header header = null;
        int rows = 0;
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(
                        "SELECT format, schema_version, created_by, written_by FROM " + META_TABLE)) {
            while (result.next()) {
                rows++;
                header = new Header(result.getString(1), result.getString(2), result.getString(3),
                        result.getString(4));
            }
        } catch (SQLException e) {
            throw new DurableStoreException(location + " has a " + META_TABLE + " table that this Astrocyte cannot "
                    + "read, so it is not an Astrocyte memory store or it is damaged: " + e.getMessage(), e);
        }
        if (rows != 1) {
            throw new DurableStoreException(location + " is damaged: its " + META_TABLE + " table has " + rows
                    + " rows instead of 1.");
        }
        if (!FORMAT.equals(header.format())) {
            throw new DurableStoreException(location + " is not an Astrocyte memory store: its " + META_TABLE
                    + " table says format '" + header.format() + "', not '" + FORMAT + "'.");
        }
        if (header.version() == null) {
            throw new DurableStoreException(location + " is damaged: its schema_version is '"
                    + header.versionText() + "', not a whole number.");
        }
        return header;
    }

    private static void rollbackQuietly(Connection connection, Dialect dialect) {
        try {
            dialect.rollback(connection);
        } catch (SQLException e) {
            // The failure that brought us here is the one worth reporting; a broken connection is closed later.
        }
    }

    /** The header row as text, so that a damaged version number is reported rather than read as 0. */
    private record Header(String format, String versionText, String createdBy, String writtenBy) {

        Integer version() {
            try {
                return versionText == null ? null : Integer.valueOf(versionText.trim());
            } catch (NumberFormatException e) {
                return null;
            }
        }
    }
}
