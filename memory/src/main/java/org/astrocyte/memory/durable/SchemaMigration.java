package org.astrocyte.memory.durable;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * One step that brings a store from schema version {@code fromVersion} to {@code fromVersion + 1}. Steps run inside
 * the transaction that opens the store, so a step that fails leaves the store as it was.
 *
 * @param fromVersion the schema version the step starts from
 * @param description what the step changes, for error messages and the upgrade notes
 * @param step        the statements (or code) that do it, on the opening connection
 */
record SchemaMigration(int fromVersion, String description, SqlStep step) {

    /** Work on a connection that may fail with an {@link SQLException}. */
    @FunctionalInterface
    interface SqlStep {
        void apply(Connection connection) throws SQLException;
    }

    SchemaMigration {
        if (fromVersion < 0) {
            throw new IllegalArgumentException("fromVersion must not be negative, got " + fromVersion);
        }
        if (description == null || description.isBlank() || step == null) {
            throw new IllegalArgumentException("a migration needs a description and a step");
        }
    }

    /** A step made of plain SQL statements, run in order. */
    static SchemaMigration sql(int fromVersion, String description, String... statements) {
        List<String> sql = List.of(statements);
        return new SchemaMigration(fromVersion, description, connection -> {
            try (Statement statement = connection.createStatement()) {
                for (String each : sql) {
                    statement.execute(each);
                }
            }
        });
    }
}
