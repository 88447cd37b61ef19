package org.astrocyte.memory.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database behind {@link JdbcMapStore} must do: the suite that SQLite and PostgreSQL both pass. */
abstract class JdbcMapStoreContract {

    private StoreLocation location;
    private MemoryDatabase database;

    /** A fresh, empty place for a store. */
    protected abstract StoreLocation newLocation() throws Exception;

    @BeforeEach
    void openStore() throws Exception {
        location = newLocation();
        database = location.open();
    }

    @AfterEach
    void closeStore() throws Exception {
        if (database != null) {
            database.close();
        }
        if (location != null) {
            location.close();
        }
    }

    private JdbcMapStore store(String map) {
        return new JdbcMapStore(database, map);
    }

    private void reopen() {
        database.close();
        database = location.open();
    }

    @Test
    void should_load_what_was_stored_and_nothing_else() {
        // given
        JdbcMapStore episodes = store("episodes");
        // when
        episodes.store("e-1", "{\"note\":\"food\"}");
        // then
        assertEquals("{\"note\":\"food\"}", episodes.load("e-1"));
        assertNull(episodes.load("e-2"));
        assertEquals(List.of("e-1"), episodes.loadAllKeys());
    }

    @Test
    void should_keep_maps_apart_even_with_equal_keys() {
        // given
        JdbcMapStore first = store("episodes.agent-1");
        JdbcMapStore second = store("episodes.agent-2");
        // when
        first.store("k", "1");
        second.store("k", "2");
        second.store("only-2", "2");
        // then
        assertEquals("1", first.load("k"));
        assertEquals("2", second.load("k"));
        assertEquals(List.of("k"), first.loadAllKeys());
        assertEquals(Set.of("k", "only-2"), new HashSet<>(asList(second.loadAllKeys())));
        assertEquals(List.of(), asList(store("episodes.agent-3").loadAllKeys()));
    }

    @Test
    void should_replace_the_value_of_a_stored_key() {
        // given
        JdbcMapStore episodes = store("episodes");
        episodes.store("e-1", "old");
        // when
        episodes.store("e-1", "new");
        // then
        assertEquals("new", episodes.load("e-1"));
        assertEquals(1, database.count("episodes"));
    }

    @Test
    void should_delete_one_key_and_many_keys() {
        // given
        JdbcMapStore episodes = store("episodes");
        for (int i = 0; i < 5; i++) {
            episodes.store(SampleDocuments.key(i), SampleDocuments.episode(i));
        }
        store("other").store(SampleDocuments.key(1), "kept");
        // when
        episodes.delete(SampleDocuments.key(0));
        episodes.deleteAll(List.of(SampleDocuments.key(1), SampleDocuments.key(2), "never-stored"));
        episodes.delete("never-stored");
        // then
        assertEquals(Set.of(SampleDocuments.key(3), SampleDocuments.key(4)),
                new HashSet<>(asList(episodes.loadAllKeys())));
        assertEquals("kept", store("other").load(SampleDocuments.key(1)));
    }

    @Test
    void should_store_all_of_a_batch_larger_than_one_statement_batch() {
        // given
        JdbcMapStore episodes = store("episodes");
        Map<String, String> batch = documents(0, MemoryDatabase.BATCH_SIZE * 2 + 37);
        // when
        episodes.storeAll(batch);
        // then
        List<String> keys = asList(episodes.loadAllKeys());
        assertEquals(batch.keySet(), new HashSet<>(keys));
        assertEquals(batch, episodes.loadAll(keys));
    }

    @Test
    void should_store_nothing_of_a_batch_that_fails_and_say_where() throws Exception {
        // given
        JdbcMapStore episodes = store("episodes");
        Map<String, String> batch = documents(0, MemoryDatabase.BATCH_SIZE + 200);
        batch.put("poison", "{}");
        batch.putAll(documents(10_000, 10));
        location.refuseKey("poison");
        // when
        DurableStoreException failure = assertThrows(DurableStoreException.class, () -> episodes.storeAll(batch));
        // then
        assertEquals(List.of(), asList(episodes.loadAllKeys()));
        assertEquals(batch.size(), 1 + MemoryDatabase.BATCH_SIZE + 200 + 10);
        assertTrue(failure.getMessage().contains("map 'episodes'"), failure.getMessage());
        assertTrue(failure.getMessage().contains(location.name()), failure.getMessage());
        assertTrue(failure.getMessage().contains("one transaction"), failure.getMessage());
    }

    @Test
    void should_fail_a_refused_store_naming_the_map_the_key_and_the_database() throws Exception {
        // given
        JdbcMapStore episodes = store("episodes");
        location.refuseKey("poison");
        // when
        DurableStoreException failure = assertThrows(DurableStoreException.class,
                () -> episodes.store("poison", "{}"));
        // then
        String message = failure.getMessage();
        assertTrue(message.contains("key 'poison' of map 'episodes'"), message);
        assertTrue(message.contains(location.name()), message);
        assertTrue(message.contains("the test refuses this key"), message);
        assertNull(episodes.load("poison"));
        episodes.store("fine", "{}");
        assertEquals("{}", episodes.load("fine"));
    }

    @Test
    void should_keep_unicode_and_large_documents_exactly_across_a_reopen() {
        // given
        String unicode = "{\"note\":\"Größe ½ · 食べ物 · 🍎🐝 · جدار · e\u0301\","
                + "\"escaped\":\"\\u0000 \\t \\\" \\\\\"}";
        String large = SampleDocuments.large(100_000);
        Map<String, String> documents = documents(0, 50);
        // when
        store("episodes").store("unicode", unicode);
        store("episodes").store("large", large);
        store("episodes").storeAll(documents);
        reopen();
        // then
        JdbcMapStore episodes = store("episodes");
        assertEquals(unicode, episodes.load("unicode"));
        assertEquals(large, episodes.load("large"));
        assertTrue(large.length() >= 100_000);
        assertEquals(documents, episodes.loadAll(documents.keySet()));
        assertEquals(52, asList(episodes.loadAllKeys()).size());
    }

    @Test
    void should_load_all_only_the_keys_it_holds() {
        // given
        JdbcMapStore episodes = store("episodes");
        Map<String, String> documents = documents(0, MemoryDatabase.BATCH_SIZE + 5);
        episodes.storeAll(documents);
        List<String> asked = new ArrayList<>(documents.keySet());
        asked.add("absent-1");
        asked.add("absent-2");
        // when
        Map<String, String> loaded = episodes.loadAll(asked);
        // then
        assertEquals(documents, loaded);
    }

    @Test
    void should_refuse_text_that_a_database_would_refuse_or_alter() {
        // given
        JdbcMapStore episodes = store("episodes");
        // then
        assertThrows(IllegalArgumentException.class, () -> episodes.store("nul", "{\"a\":\"\0\"}"));
        assertThrows(IllegalArgumentException.class, () -> episodes.store("lone-\ud800", "{}"));
        assertThrows(IllegalArgumentException.class, () -> episodes.store("x".repeat(513), "{}"));
        assertThrows(IllegalArgumentException.class, () -> episodes.storeAll(Map.of("a", "{}", "b", "\udc00")));
        assertEquals(List.of(), asList(episodes.loadAllKeys()));
    }

    @Test
    void should_take_concurrent_stores_from_many_threads() throws Exception {
        // given
        int threads = 8;
        int perThread = 60;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<?>> done = new ArrayList<>();
        // when
        try {
            for (int t = 0; t < threads; t++) {
                int first = t * perThread;
                done.add(pool.submit(() -> {
                    JdbcMapStore episodes = store("episodes");
                    for (int i = first; i < first + perThread; i++) {
                        episodes.store(SampleDocuments.key(i), SampleDocuments.episode(i));
                        assertEquals(SampleDocuments.episode(i), episodes.load(SampleDocuments.key(i)));
                    }
                }));
            }
            for (Future<?> each : done) {
                each.get(60, TimeUnit.SECONDS);
            }
        } finally {
            pool.shutdownNow();
        }
        // then
        assertEquals(documents(0, threads * perThread), store("episodes").loadAll(
                asList(store("episodes").loadAllKeys())));
    }

    private static Map<String, String> documents(int first, int count) {
        Map<String, String> documents = new LinkedHashMap<>();
        for (int i = first; i < first + count; i++) {
            documents.put(SampleDocuments.key(i), SampleDocuments.episode(i));
        }
        return documents;
    }

    private static List<String> asList(Iterable<String> keys) {
        List<String> list = new ArrayList<>();
        keys.forEach(list::add);
        return list;
    }
}
