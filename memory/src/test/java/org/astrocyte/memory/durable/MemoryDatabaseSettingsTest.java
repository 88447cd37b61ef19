package org.astrocyte.memory.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MemoryDatabaseSettingsTest {

    @Test
    void should_default_to_sqlite_in_a_data_directory() {
        // when
        MemoryDatabaseSettings settings = new MemoryDatabaseSettings(null, " ", null, "");
        // then
        assertEquals(Path.of("astrocyte-data"), settings.directory());
        assertNull(settings.url());
        assertNull(settings.passwordVariable());
    }

    @Test
    void should_open_sqlite_without_a_url(@TempDir Path directory) {
        // when
        try (MemoryDatabase database = MemoryDatabase.open(MemoryDatabaseSettings.sqlite(directory), name -> null)) {
            // then
            assertTrue(database.location().startsWith("SQLite file "), database.location());
        }
    }

    @Test
    void should_refuse_a_url_of_another_database_without_showing_its_password() {
        // when
        IllegalArgumentException refusal = assertThrows(IllegalArgumentException.class,
                () -> MemoryDatabaseSettings.postgres("jdbc:mysql://db/x?password=hunter2", null, null));
        // then
        assertTrue(refusal.getMessage().contains("jdbc:postgresql:"), refusal.getMessage());
        assertFalse(refusal.getMessage().contains("hunter2"), refusal.getMessage());
    }

    @Test
    void should_name_a_missing_credential_variable() {
        // given
        MemoryDatabaseSettings settings = MemoryDatabaseSettings.postgres("jdbc:postgresql://db/x", "DB_USER",
                "DB_PASSWORD");
        // when
        DurableStoreException failure = assertThrows(DurableStoreException.class,
                () -> MemoryDatabase.open(settings, Map.of("DB_USER", "agent")::get));
        // then
        assertTrue(failure.getMessage().contains("DB_PASSWORD"), failure.getMessage());
    }

    @Test
    void should_mask_passwords_in_urls() {
        assertEquals("jdbc:postgresql://db:5432/x?user=a&password=***&ssl=true",
                MemoryDatabase.redact("jdbc:postgresql://db:5432/x?user=a&password=s3cr%26t&ssl=true"));
        assertEquals("jdbc:postgresql://***@db/x", MemoryDatabase.redact("jdbc:postgresql://a:s3cret@db/x"));
        assertEquals("jdbc:postgresql://db/x?PASSWORD=***", MemoryDatabase.redact("jdbc:postgresql://db/x?PASSWORD=p"));
        assertEquals("jdbc:postgresql://db/x", MemoryDatabase.redact("jdbc:postgresql://db/x"));
    }
}
