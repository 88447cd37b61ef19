package org.astrocyte.memory.durable;

import static org.astrocyte.memory.durable.EntryRules.brief;
import static org.astrocyte.memory.durable.EntryRules.checkEntry;
import static org.astrocyte.memory.durable.EntryRules.checkKey;
import static org.astrocyte.memory.durable.EntryRules.checkMap;
import static org.astrocyte.memory.durable.EntryRules.where;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.BatchUpdateException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.function.Function;
import java.util.function.Supplier;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteErrorCode;
import org.sqlite.SQLiteException;

/**
 * A durable store of text documents (JSON, for Astrocyte) keyed by map name and key, in a database reached through
 * plain JDBC: an SQLite file by default, PostgreSQL for a deployment that several members share. Opening creates the
 * schema, migrates an older one in one transaction, or refuses a newer or foreign store with a message naming it.
 * Every write is one committed transaction; on SQLite the journal is a WAL synced on every commit
 * ({@code synchronous=FULL}), so a write that returned survives a killed process and, on a disk that honours
 * fsync, a power loss (docs/memory-storage.md). SQLite is used through one connection taken in turn; PostgreSQL
 * through up to {@value #POSTGRES_CONNECTIONS} pooled connections. Safe for concurrent use.
 *
 * <p>Map names are at most {@value #MAX_MAP_NAME_LENGTH} characters and keys at most {@value #MAX_KEY_LENGTH}, so
 * that the primary key stays within PostgreSQL's index entry limit; no text may contain NUL characters or unpaired
 * surrogates, which one of the two databases would refuse or silently replace.
 */
public final class MemoryDatabase implements AutoCloseable {

    /** The name of the SQLite file in its directory. */
    public static final String SQLITE_FILE = "memory.db";
    public static final int MAX_MAP_NAME_LENGTH = 128;
    public static final int MAX_KEY_LENGTH = 512;
    /** The most connections a PostgreSQL store opens: two cores' worth of Hazelcast threads, with room. */
    public static final int POSTGRES_CONNECTIONS = 4;

    /** Statements per JDBC batch and keys per IN list; both databases accept far more bind variables. */
    static final int BATCH_SIZE = 500;
    private static final long WAIT_MILLIS = 30_000;
    private static final int SQLITE_BUSY_MILLIS = 10_000;
    private static final int SQLITE_SYNCHRONOUS_FULL = 2;

    private static final String TABLE = StoreSchema.ENTRY_TABLE;
    private static final String UPSERT = "INSERT INTO " + TABLE + " (map_name, entry_key, entry_value) "
            + "VALUES (?, ?, ?) ON CONFLICT (map_name, entry_key) DO UPDATE SET entry_value = excluded.entry_value";
    private static final String SELECT = "SELECT entry_value FROM " + TABLE + " WHERE map_name = ? AND entry_key = ?";
    private static final String SELECT_KEYS = "SELECT entry_key FROM " + TABLE + " WHERE map_name = ?";
    private static final String COUNT = "SELECT COUNT(*) FROM " + TABLE + " WHERE map_name = ?";
    private static final String DELETE = "DELETE FROM " + TABLE + " WHERE map_name = ? AND entry_key = ?";

    private final String location;
    private final ConnectionPool pool;
    private final StoreStatus status;

    private MemoryDatabase(String location, ConnectionPool pool, StoreStatus status) {
        this.location = location;
        this.pool = pool;
        this.status = status;
    }

    /** The store {@code settings} name, credentials read from the environment variables the settings name. */
    public static MemoryDatabase open(MemoryDatabaseSettings settings) {
        return open(settings, System::getenv);
    }

    /** As {@link #open(MemoryDatabaseSettings)}, with environment variables looked up in {@code environment}. */
    static MemoryDatabase open(MemoryDatabaseSettings settings, Function<String, String> environment) {
        if (settings.url() == null) {
            return sqlite(settings.directory());
        }
        return postgres(settings.url(), variable(settings.userVariable(), environment),
                variable(settings.passwordVariable(), environment));
    }

    private static String variable(String name, Function<String, String> environment) {
        if (name == null) {
            return null;
        }
        String value = environment.apply(name);
        if (value == null) {
            throw new DurableStoreException("the environment variable " + name + " named in the memory settings is "
                    + "not set");
        }
        return value;
    }

    /**
     * The SQLite store in {@code directory} (the file {@value #SQLITE_FILE}), created with the directory if missing.
     *
     * @throws DurableStoreException if the file cannot be opened, is not an Astrocyte store, or is newer than this
     */
    public static MemoryDatabase sqlite(Path directory) {
        return sqlite(directory, StoreSchema.current());
    }

    static MemoryDatabase sqlite(Path directory, StoreSchema schema) {
        if (directory == null) {
            throw new IllegalArgumentException("directory must not be null");
        }
        Path file = directory.toAbsolutePath().normalize().resolve(SQLITE_FILE);
        String location = "SQLite file " + file;
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new DurableStoreException("cannot create the directory of " + location + ": " + e, e);
        }
        if (Files.isDirectory(file)) {
            throw new DurableStoreException(location + " is a directory, not a store file");
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.setBusyTimeout(SQLITE_BUSY_MILLIS);
        String url = "jdbc:sqlite:" + file;
        Connection first = null;
        try {
            first = config.createConnection(url);
            StoreStatus status = schema.open(first, Dialect.SQLITE, location, AstrocyteVersion.current());
            // Only now, once the file is known to be ours: journal_mode is stored in the file itself.
            requireSqlitePragma(first, location, "journal_mode=WAL", "wal");
            requireSqlitePragma(first, location, "synchronous", Integer.toString(SQLITE_SYNCHRONOUS_FULL));
            first.setAutoCommit(false);
            ConnectionPool.Opener opener = () -> {
                Connection connection = config.createConnection(url);
                connection.setAutoCommit(false);
                return connection;
            };
            return new MemoryDatabase(location, new ConnectionPool(opener, 1, WAIT_MILLIS, first), status);
        } catch (SQLException e) {
            closeQuietly(first);
            if (e instanceof SQLiteException
                    && ((SQLiteException) e).getResultCode() == SQLiteErrorCode.SQLITE_NOTADB) {
                throw new DurableStoreException(location + " is not an Astrocyte memory store: it is not an SQLite "
                        + "database at all. Move it away or point the memory elsewhere.", e);
            }
            throw new DurableStoreException("cannot open " + location + ": " + describe(e), e);
        } catch (RuntimeException e) {
            closeQuietly(first);
            throw e;
        }
    }

    private static void requireSqlitePragma(Connection connection, String location, String pragma, String expected)
            throws SQLException {
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery("PRAGMA " + pragma)) {
            String actual = result.next() ? result.getString(1) : null;
            if (!expected.equalsIgnoreCase(actual)) {
                throw new DurableStoreException("cannot make " + location + " durable: PRAGMA " + pragma
                        + " gave " + actual + ", expected " + expected + " (is it on a network file system?)");
            }
        }
    }

    /**
     * The PostgreSQL store at {@code jdbcUrl}, in the URL's current schema ({@code currentSchema=...}, else
     * {@code public}), which must exist.
     *
     * @param user     the user, or null if the URL names it
     * @param password the password, or null if the URL carries it or the server needs none
     * @throws DurableStoreException if the server cannot be reached, the store is not an Astrocyte store, or newer
     */
    public static MemoryDatabase postgres(String jdbcUrl, String user, String password) {
        return postgres(jdbcUrl, user, password, StoreSchema.current());
    }

    static MemoryDatabase postgres(String jdbcUrl, String user, String password, StoreSchema schema) {
        if (jdbcUrl == null || !jdbcUrl.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("expected a jdbc:postgresql: URL, got "
                    + (jdbcUrl == null ? null : redact(jdbcUrl)));
        }
        String location = "PostgreSQL " + redact(jdbcUrl);
        Properties credentials = new Properties();
        if (user != null) {
            credentials.setProperty("user", user);
        }
        if (password != null) {
            credentials.setProperty("password", password);
        }
        org.postgresql.Driver driver = new org.postgresql.Driver();
        ConnectionPool.Opener opener = () -> {
            Connection connection = driver.connect(jdbcUrl, credentials);
            connection.setAutoCommit(false);
            return connection;
        };
        Connection first = null;
        try {
            first = opener.open();
            StoreStatus status = schema.open(first, Dialect.POSTGRESQL, location, AstrocyteVersion.current());
            first.setAutoCommit(false);
            return new MemoryDatabase(location,
                    new ConnectionPool(opener, POSTGRES_CONNECTIONS, WAIT_MILLIS, first), status);
        } catch (SQLException e) {
            closeQuietly(first);
            throw new DurableStoreException("cannot open " + location + ": " + describe(e), e);
        } catch (RuntimeException e) {
            closeQuietly(first);
            throw e;
        }
    }

    /** Where the store is, for messages: the SQLite file or the PostgreSQL URL with any password masked. */
    public String location() {
        return location;
    }

    /** What opening the store found and did. */
    public StoreStatus status() {
        return status;
    }

    /** Stores {@code value} under {@code key} of {@code map}, replacing any value; committed when this returns. */
    public void put(String map, String key, String value) {
        checkEntry(map, key, value);
        run(() -> "storing " + where(map, key), connection -> {
            try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                bind(upsert, map, key, value);
                upsert.executeUpdate();
            }
            return null;
        });
    }

    /** Stores all {@code entries} of {@code map} in one transaction: all of them are committed, or none. */
    public void putAll(String map, Map<String, String> entries) {
        checkMap(map);
        entries.forEach((key, value) -> checkEntry(map, key, value));
        if (entries.isEmpty()) {
            return;
        }
        run(() -> "storing " + entries.size() + " entries of map '" + map + "' (keys '"
                + brief(entries.keySet().iterator().next()) + "' ...) in one transaction", connection -> {
                    try (PreparedStatement upsert = connection.prepareStatement(UPSERT)) {
                        List<String> batch = new ArrayList<>(BATCH_SIZE);
                        for (Map.Entry<String, String> entry : entries.entrySet()) {
                            bind(upsert, map, entry.getKey(), entry.getValue());
                            upsert.addBatch();
                            batch.add(entry.getKey());
                            if (batch.size() == BATCH_SIZE) {
                                executeBatch(upsert, batch);
                            }
                        }
                        executeBatch(upsert, batch);
                    }
                    return null;
                });
    }

    /** The value under {@code key} of {@code map}, or null. */
    public String get(String map, String key) {
        checkMap(map);
        checkKey(map, key);
        return run(() -> "loading " + where(map, key), connection -> {
            try (PreparedStatement select = connection.prepareStatement(SELECT)) {
                select.setString(1, map);
                select.setString(2, key);
                try (ResultSet rows = select.executeQuery()) {
                    return rows.next() ? rows.getString(1) : null;
                }
            }
        });
    }

    /** The values of those of {@code keys} that {@code map} holds; absent keys are left out. */
    public Map<String, String> getAll(String map, Collection<String> keys) {
        checkMap(map);
        List<String> distinct = new ArrayList<>(new LinkedHashSet<>(keys));
        distinct.forEach(key -> checkKey(map, key));
        Map<String, String> found = new HashMap<>();
        if (distinct.isEmpty()) {
            return found;
        }
        run(() -> "loading " + distinct.size() + " keys of map '" + map + "'", connection -> {
            for (int from = 0; from < distinct.size(); from += BATCH_SIZE) {
                List<String> chunk = distinct.subList(from, Math.min(distinct.size(), from + BATCH_SIZE));
                String sql = "SELECT entry_key, entry_value FROM " + TABLE + " WHERE map_name = ? AND entry_key IN ("
                        + "?, ".repeat(chunk.size() - 1) + "?)";
                try (PreparedStatement select = connection.prepareStatement(sql)) {
                    select.setString(1, map);
                    for (int i = 0; i < chunk.size(); i++) {
                        select.setString(i + 2, chunk.get(i));
                    }
                    try (ResultSet rows = select.executeQuery()) {
                        while (rows.next()) {
                            found.put(rows.getString(1), rows.getString(2));
                        }
                    }
                }
            }
            return null;
        });
        return found;
    }

    /** Every key of {@code map}, in no particular order. */
    public List<String> keys(String map) {
        checkMap(map);
        return run(() -> "listing the keys of map '" + map + "'", connection -> {
            List<String> keys = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(SELECT_KEYS)) {
                select.setString(1, map);
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        keys.add(rows.getString(1));
                    }
                }
            }
            return keys;
        });
    }

    /** The names of the maps that hold entries, sorted. */
    public List<String> maps() {
        return run(() -> "listing the maps", connection -> {
            List<String> maps = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT DISTINCT map_name FROM " + TABLE + " ORDER BY map_name")) {
                try (ResultSet rows = select.executeQuery()) {
                    while (rows.next()) {
                        maps.add(rows.getString(1));
                    }
                }
            }
            return maps;
        });
    }

    /** The number of entries of {@code map}. */
    public int count(String map) {
        checkMap(map);
        return run(() -> "counting the entries of map '" + map + "'", connection -> {
            try (PreparedStatement select = connection.prepareStatement(COUNT)) {
                select.setString(1, map);
                try (ResultSet rows = select.executeQuery()) {
                    rows.next();
                    return rows.getInt(1);
                }
            }
        });
    }

    /** Removes {@code key} from {@code map}; nothing happens if it is absent. */
    public void remove(String map, String key) {
        checkMap(map);
        checkKey(map, key);
        run(() -> "deleting " + where(map, key), connection -> {
            try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                delete.setString(1, map);
                delete.setString(2, key);
                delete.executeUpdate();
            }
            return null;
        });
    }

    /** Removes all {@code keys} from {@code map} in one transaction. */
    public void removeAll(String map, Collection<String> keys) {
        checkMap(map);
        keys.forEach(key -> checkKey(map, key));
        if (keys.isEmpty()) {
            return;
        }
        run(() -> "deleting " + keys.size() + " keys of map '" + map + "' in one transaction", connection -> {
            try (PreparedStatement delete = connection.prepareStatement(DELETE)) {
                List<String> batch = new ArrayList<>(BATCH_SIZE);
                for (String key : keys) {
                    delete.setString(1, map);
                    delete.setString(2, key);
                    delete.addBatch();
                    batch.add(key);
                    if (batch.size() == BATCH_SIZE) {
                        executeBatch(delete, batch);
                    }
                }
                executeBatch(delete, batch);
            }
            return null;
        });
    }

    /** Runs {@code work} in one committed transaction on a pooled connection: for tests and tools. */
    <T> T inTransaction(ConnectionPool.SqlWork<T> work) {
        return run(() -> "running SQL", work);
    }

    /** Closes the connections once the calls under way have finished; later calls fail. */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "MemoryDatabase[" + location + "]";
    }

    private <T> T run(Supplier<String> action, ConnectionPool.SqlWork<T> work) {
        try {
            return pool.inTransaction(work);
        } catch (SQLException e) {
            throw new DurableStoreException(action.get() + " failed on " + location + ": " + describe(e), e);
        }
    }

    /** Executes and clears the batch; a failure names the first key that failed when the driver tells it. */
    private static void executeBatch(PreparedStatement statement, List<String> keys) throws SQLException {
        if (keys.isEmpty()) {
            return;
        }
        try {
            statement.executeBatch();
        } catch (BatchUpdateException e) {
            int[] counts = e.getUpdateCounts();
            int failed = counts == null ? -1 : counts.length;
            for (int i = 0; counts != null && i < counts.length; i++) {
                if (counts[i] == Statement.EXECUTE_FAILED) {
                    failed = i;
                    break;
                }
            }
            if (failed >= 0 && failed < keys.size()) {
                throw new SQLException("at key '" + brief(keys.get(failed)) + "': " + describe(e), e.getSQLState(),
                        e);
            }
            throw e;
        }
        keys.clear();
    }

    private static void bind(PreparedStatement statement, String map, String key, String value)
            throws SQLException {
        statement.setString(1, map);
        statement.setString(2, key);
        statement.setString(3, value);
    }

    static String describe(SQLException e) {
        StringBuilder text = new StringBuilder(String.valueOf(e.getMessage()));
        if (e.getSQLState() != null) {
            text.append(" (SQL state ").append(e.getSQLState()).append(')');
        }
        SQLException next = e.getNextException();
        if (next != null && next != e.getCause()) {
            text.append("; then: ").append(next.getMessage());
        }
        return text.toString();
    }

    /** {@code url} with any password in it masked, fit for messages and logs. */
    static String redact(String url) {
        return url.replaceAll("(?i)(password=)[^&;]*", "$1***").replaceAll("//[^/@?]*@", "//***@");
    }

    private static void closeQuietly(Connection connection) {
        if (connection == null) {
            return;
        }
        try {
            connection.close();
        } catch (SQLException e) {
            // The failure being reported matters more.
        }
    }
}
