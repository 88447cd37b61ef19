package org.astrocyte.memory.durable;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

/** What differs between the databases a durable store runs on; the entry SQL itself is the same for both. */
enum Dialect {

    /** An SQLite file that belongs to the store alone. */
    SQLITE {
        @Override
        Set<String> tables(Connection connection) throws SQLException {
            return names(connection, "SELECT name FROM sqlite_master WHERE type = 'table'");
        }

        @Override
        void beginExclusive(Connection connection) throws SQLException {
            // The driver's own BEGIN is deferred: a second process could slip in between our read of the header
            // and our first write. BEGIN IMMEDIATE takes the write lock first.
            connection.setAutoCommit(true);
            execute(connection, "BEGIN IMMEDIATE");
        }

        @Override
        void commit(Connection connection) throws SQLException {
            execute(connection, "COMMIT");
        }

        @Override
        void rollback(Connection connection) throws SQLException {
            execute(connection, "ROLLBACK");
        }

        @Override
        boolean ownsWholeDatabase() {
            return true;
        }
    },

    /** A schema of a PostgreSQL database that other applications may share. */
    POSTGRESQL {
        /** Serialises the opening (and migration) of stores by members that start at the same time. */
        private static final long OPEN_LOCK = 0x4173_7472_6f63_7974L;

        @Override
        Set<String> tables(Connection connection) throws SQLException {
            return names(connection,
                    "SELECT table_name FROM information_schema.tables WHERE table_schema = current_schema()");
        }

        @Override
        void beginExclusive(Connection connection) throws SQLException {
            connection.setAutoCommit(false);
            execute(connection, "SELECT pg_advisory_xact_lock(" + OPEN_LOCK + ")");
        }

        @Override
        void commit(Connection connection) throws SQLException {
            connection.commit();
        }

        @Override
        void rollback(Connection connection) throws SQLException {
            connection.rollback();
        }

        @Override
        boolean ownsWholeDatabase() {
            return false;
        }
    };

    /** The lower-case names of the user tables the store can see, SQLite's internal tables left out. */
    abstract Set<String> tables(Connection connection) throws SQLException;

    /** Starts a transaction that no other process can open or migrate the store during. */
    abstract void beginExclusive(Connection connection) throws SQLException;

    abstract void commit(Connection connection) throws SQLException;

    abstract void rollback(Connection connection) throws SQLException;

    /**
     * True if every table in the database must be ours (an SQLite file), false if the store lives beside other
     * applications' tables (a PostgreSQL schema) and only its own table names matter.
     */
    abstract boolean ownsWholeDatabase();

    private static Set<String> names(Connection connection, String sql) throws SQLException {
        Set<String> names = new TreeSet<>();
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            while (rows.next()) {
                String name = rows.getString(1).toLowerCase(Locale.ROOT);
                if (!name.startsWith("sqlite_")) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    private static void execute(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
