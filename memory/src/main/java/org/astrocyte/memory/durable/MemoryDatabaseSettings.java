package org.astrocyte.memory.durable;

import java.nio.file.Path;

/**
 * Where the durable memory lives: an SQLite file {@code directory/memory.db} by default, or a PostgreSQL database
 * when {@code url} is set. Credentials never appear in the settings themselves, only the names of the environment
 * variables that hold them, so that a configuration file can be shared and logged.
 *
 * @param directory        the directory of the SQLite file (default {@code astrocyte-data}); ignored with a URL
 * @param url              a {@code jdbc:postgresql:} URL for a shared deployment, or null for SQLite
 * @param userVariable     the environment variable holding the PostgreSQL user, or null (user in the URL or none)
 * @param passwordVariable the environment variable holding the PostgreSQL password, or null
 */
public record MemoryDatabaseSettings(Path directory, String url, String userVariable, String passwordVariable) {

    /** Missing values take the defaults: SQLite in {@code astrocyte-data}. */
    public MemoryDatabaseSettings {
        directory = directory == null ? Path.of("astrocyte-data") : directory;
        url = url == null || url.isBlank() ? null : url.trim();
        if (url != null && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("url must be a jdbc:postgresql: URL (SQLite is the default without a "
                    + "URL), got " + MemoryDatabase.redact(url));
        }
        userVariable = userVariable == null || userVariable.isBlank() ? null : userVariable;
        passwordVariable = passwordVariable == null || passwordVariable.isBlank() ? null : passwordVariable;
    }

    /** An SQLite store in {@code directory}. */
    public static MemoryDatabaseSettings sqlite(Path directory) {
        return new MemoryDatabaseSettings(directory, null, null, null);
    }

    /** A PostgreSQL store at {@code url}, credentials read from the two named environment variables. */
    public static MemoryDatabaseSettings postgres(String url, String userVariable, String passwordVariable) {
        return new MemoryDatabaseSettings(null, url, userVariable, passwordVariable);
    }
}
