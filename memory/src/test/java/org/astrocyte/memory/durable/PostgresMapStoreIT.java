package org.astrocyte.memory.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;

/**
 * The {@link JdbcMapStore} and versioning contracts on a real PostgreSQL server, each test in a schema of its own
 * that is dropped afterwards. Skipped unless {@value PostgresLocation#URL_VARIABLE} is set (.ci/run sets it).
 */
class PostgresMapStoreIT {

    /** Per test rather than per class, so that the reports count every test as skipped, with the reason. */
    @BeforeEach
    void requirePostgres() {
        assumeTrue(PostgresLocation.configured(), PostgresLocation.HOW_TO_RUN);
    }

    @Nested
    class MapStoreContract extends JdbcMapStoreContract {

        @Override
        protected StoreLocation newLocation() throws Exception {
            return new PostgresLocation();
        }
    }

    @Nested
    class VersioningContract extends StoreVersioningContract {

        @Override
        protected StoreLocation newLocation() throws Exception {
            return new PostgresLocation();
        }
    }

    @Nested
    class SharedDeployment {

        private PostgresLocation location;

        @BeforeEach
        void newSchema() throws Exception {
            location = new PostgresLocation();
        }

        @AfterEach
        void dropSchema() throws Exception {
            if (location != null) {
                location.close();
            }
        }

        @Test
        void should_let_two_members_databases_see_each_others_writes() {
            // given
            try (MemoryDatabase first = location.open(); MemoryDatabase second = location.open()) {
                // when
                new JdbcMapStore(first, "episodes").store("e-1", "{\"by\":\"first\"}");
                new JdbcMapStore(second, "episodes").store("e-2", "{\"by\":\"second\"}");
                // then
                assertEquals("{\"by\":\"second\"}", first.get("episodes", "e-2"));
                assertEquals("{\"by\":\"first\"}", second.get("episodes", "e-1"));
                assertTrue(first.status().created());
                assertFalse(second.status().created());
            }
        }

        @Test
        void should_read_credentials_from_the_variables_that_the_settings_name() {
            // given
            Map<String, String> environment = new HashMap<>();
            environment.put("MEMORY_DB_USER", location.user());
            environment.put("MEMORY_DB_PASSWORD", location.password());
            MemoryDatabaseSettings settings = MemoryDatabaseSettings.postgres(location.url(), "MEMORY_DB_USER",
                    "MEMORY_DB_PASSWORD");
            // when
            try (MemoryDatabase database = MemoryDatabase.open(settings, environment::get)) {
                database.put("episodes", "e-1", "{}");
                // then
                assertEquals("{}", database.get("episodes", "e-1"));
                assertEquals("PostgreSQL " + location.url(), database.location());
            }
        }

        @Test
        void should_mask_a_password_that_the_url_carries() {
            // given
            assumeTrue(location.user() != null && location.password() != null,
                    "needs " + PostgresLocation.USER_VARIABLE + " and " + PostgresLocation.PASSWORD_VARIABLE);
            String url = location.url() + "&user=" + location.user() + "&password=" + location.password();
            // when
            try (MemoryDatabase database = MemoryDatabase.postgres(url, null, null)) {
                // then
                assertTrue(database.location().endsWith("&password=***"), database.location());
                assertFalse(database.location().contains("password=" + location.password()), database.location());
            }
        }

        @Test
        void should_say_which_server_refused_wrong_credentials_without_the_password() {
            // when
            DurableStoreException failure = assertThrows(DurableStoreException.class,
                    () -> MemoryDatabase.postgres(location.url(), location.user(), "wrong-secret-2718"));
            // then
            assertTrue(failure.getMessage().contains(location.name()), failure.getMessage());
            assertFalse(failure.getMessage().contains("wrong-secret-2718"), failure.getMessage());
        }
    }
}
