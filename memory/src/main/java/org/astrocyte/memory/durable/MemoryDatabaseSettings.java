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

    /** These settings as the properties of a Hazelcast map store configuration (no secret: variable names only). */
    public java.util.Properties toProperties() {
        java.util.Properties properties = new java.util.Properties();
        properties.setProperty("directory", directory.toString());
        if (url != null) {
            properties.setProperty("url", url);
        }
        if (userVariable != null) {
            properties.setProperty("user-variable", userVariable);
        }
        if (passwordVariable != null) {
            properties.setProperty("password-variable", passwordVariable);
        }
        return properties;
    }

    /** The settings {@link #toProperties()} wrote. */
    public static MemoryDatabaseSettings fromProperties(java.util.Properties properties) {
        String directory = properties.getProperty("directory");
        return new MemoryDatabaseSettings(directory == null ? null : Path.of(directory),
                properties.getProperty("url"), properties.getProperty("user-variable"),
                properties.getProperty("password-variable"));
    }

    /** A PostgreSQL store at {@code url}, credentials read from the two named environment variables. */
    public static MemoryDatabaseSettings postgres(String url, String userVariable, String passwordVariable) {
        return new MemoryDatabaseSettings(null, url, userVariable, passwordVariable);
    }
}
