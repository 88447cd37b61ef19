package org.astrocyte.memory.durable;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A real embedded member with durable maps: what it acknowledged is there again for the next member. */
class DurableMemberRestartTest {

    @TempDir
    Path directory;

    @Test
    void should_give_a_restarted_member_every_entry_before_its_first_call() {
        // given
        Map<String, String> first = new LinkedHashMap<>();
        Map<String, String> second = new LinkedHashMap<>();
        for (int i = 0; i < 200; i++) {
            first.put(SampleDocuments.key(i), SampleDocuments.episode(i));
        }
        for (int i = 200; i < 300; i++) {
            second.put(SampleDocuments.key(i), SampleDocuments.episode(i));
        }
        try (MemoryDatabase database = MemoryDatabase.sqlite(directory)) {
            HazelcastInstance member = DurableMembers.start(database, "episodes.*");
            try {
                IMap<String, String> agent1 = member.getMap("episodes.agent-1");
                first.forEach(agent1::set);
                member.<String, String>getMap("episodes.agent-2").putAll(second);
                agent1.set(SampleDocuments.key(5), "{\"updated\":true}");
                agent1.delete(SampleDocuments.key(6));
                agent1.remove(SampleDocuments.key(7));
                first.put(SampleDocuments.key(5), "{\"updated\":true}");
                first.remove(SampleDocuments.key(6));
                first.remove(SampleDocuments.key(7));
            } finally {
                member.shutdown();
            }
        }
        // when
        try (MemoryDatabase database = MemoryDatabase.sqlite(directory)) {
            HazelcastInstance restarted = DurableMembers.start(database, "episodes.*");
            try {
                IMap<String, String> agent1 = restarted.getMap("episodes.agent-1");
                long loadedBeforeFirstCall = agent1.getLocalMapStats().getOwnedEntryCount();
                IMap<String, String> agent2 = restarted.getMap("episodes.agent-2");
                // then
                assertEquals(first.size(), loadedBeforeFirstCall);
                assertEquals(first, new HashMap<>(agent1.getAll(first.keySet())));
                assertEquals(first.size(), agent1.size());
                assertEquals(second, new HashMap<>(agent2.getAll(second.keySet())));
                assertEquals(second.size(), agent2.size());
                assertFalse(agent1.containsKey(SampleDocuments.key(6)));
                assertEquals(0, restarted.<String, String>getMap("episodes.agent-3").size());
            } finally {
                restarted.shutdown();
            }
        }
    }

    @Test
    void should_fail_a_write_that_the_database_refuses_instead_of_acknowledging_it() throws Exception {
        // given
        try (MemoryDatabase database = MemoryDatabase.sqlite(directory)) {
            new SqliteLocation(directory).refuseKey("poison");
            HazelcastInstance member = DurableMembers.start(database, "episodes.*");
            try {
                IMap<String, String> episodes = member.getMap("episodes.agent-1");
                // when
                RuntimeException failure = assertThrows(RuntimeException.class, () -> episodes.set("poison", "{}"));
                // then
                String message = failure.getMessage();
                assertTrue(message.contains("key 'poison' of map 'episodes.agent-1'"), message);
                assertTrue(message.contains(database.location()), message);
                assertFalse(episodes.containsKey("poison"));
                episodes.set("fine", "{}");
                assertEquals("{}", database.get("episodes.agent-1", "fine"));
            } finally {
                member.shutdown();
            }
        }
    }
}
