package org.astrocyte.memory.durable;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import java.util.UUID;

/**
 * A schema of its own, created for one test and dropped after it, in the PostgreSQL database named by the
 * environment variables {@value #URL_VARIABLE}, {@value #USER_VARIABLE} and {@value #PASSWORD_VARIABLE}.
 */
final class PostgresLocation implements StoreLocation {

    static final String URL_VARIABLE = "ASTROCYTE_TEST_POSTGRES_URL";
    static final String USER_VARIABLE = "ASTROCYTE_TEST_POSTGRES_USER";
    static final String PASSWORD_VARIABLE = "ASTROCYTE_TEST_POSTGRES_PASSWORD";
    static final String HOW_TO_RUN = "PostgreSQL tests need " + URL_VARIABLE
            + " (e.g. jdbc:postgresql://127.0.0.1:5432/astrocyte_test) and, unless the URL carries them, "
            + USER_VARIABLE + " and " + PASSWORD_VARIABLE + "; .ci/run starts a local server and sets them";

    private final String baseUrl;
    private final String user;
    private final String password;
    private final String schema = "astrocyte_it_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);

    PostgresLocation() throws SQLException {
        this.baseUrl = System.getenv(URL_VARIABLE);
        this.user = System.getenv(USER_VARIABLE);
        this.password = System.getenv(PASSWORD_VARIABLE);
        try (Connection connection = connect(baseUrl); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        }
    }

    static boolean configured() {
        String url = System.getenv(URL_VARIABLE);
        return url != null && !url.isBlank();
    }

    /** The URL of this test's schema. */
    String url() {
        return baseUrl + (baseUrl.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    String user() {
        return user;
    }

    String password() {
        return password;
    }

    @Override
    public MemoryDatabase open(StoreSchema storeSchema) {
        return MemoryDatabase.postgres(url(), user, password, storeSchema);
    }

    @Override
    public Connection rawConnection() throws SQLException {
        return connect(url());
    }

    @Override
    public void refuseKey(String key) throws SQLException {
        try (Connection connection = rawConnection(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE FUNCTION refuse_key() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                    + "IF NEW.entry_key = '" + key + "' THEN RAISE EXCEPTION 'the test refuses this key'; END IF; "
                    + "RETURN NEW; END $$");
            statement.execute("CREATE TRIGGER refuse_key BEFORE INSERT ON astrocyte_entries "
                    + "FOR EACH ROW EXECUTE FUNCTION refuse_key()");
        }
    }

    @Override
    public String name() {
        return MemoryDatabase.redact(url());
    }

    @Override
    public void close() throws SQLException {
        try (Connection connection = connect(baseUrl); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS " + schema + " CASCADE");
        }
    }

    private Connection connect(String url) throws SQLException {
        Properties properties = new Properties();
        if (user != null) {
            properties.setProperty("user", user);
        }
        if (password != null) {
            properties.setProperty("password", password);
        }
        return DriverManager.getConnection(url, properties);
    }
}
