package org.astrocyte.memory.durable;

import static java.util.concurrent.TimeUnit.NANOSECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.astrocyte.memory.testing.ForkedJvm;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A write acknowledged to the agent survives a killed process: a child JVM ({@link AcknowledgedWriter}) writes
 * through a durable map and prints an ACK after each {@code IMap.set}; the test kills it with SIGKILL (no shutdown
 * hooks, no close) in the middle of its writes, then reopens the SQLite file, directly and through a new member,
 * and finds every acknowledged entry with exactly its value.
 */
class KillAfterAcknowledgedWritesIT {

    /** Far more than the writer gets through before the kill, so that it is always killed while writing. */
    private static final int WRITES = 50_000;
    private static final int KILL_AFTER = 400;
    private static final long BOUND_SECONDS = 20;
    private static final Pattern ACK = Pattern.compile("ACK (e-\\d{6})");

    @TempDir
    Path directory;

    @Test
    void should_keep_every_acknowledged_write_of_a_killed_writer() throws Exception {
        // given
        long started = System.nanoTime();
        Path store = directory.resolve("store");
        List<String> acknowledged = new ArrayList<>();
        long ready;
        long killed;
        int exit;
        boolean finished = false;
        try (ForkedJvm writer = ForkedJvm.start(AcknowledgedWriter.class, List.of("-Xmx256m", "-XX:+UseSerialGC",
                "-XX:TieredStopAtLevel=1", "-Dhazelcast.logging.type=none"), directory.resolve("writer-stderr.txt"),
                store.toString(), Integer.toString(WRITES))) {
            // when
            assertEquals("READY", writer.nextLine(BOUND_SECONDS), () -> "the writer did not start; its stderr: "
                    + writer.stderrTail());
            ready = System.nanoTime();
            long deadline = System.nanoTime() + SECONDS.toNanos(BOUND_SECONDS);
            while (acknowledged.size() < KILL_AFTER) {
                assertTrue(System.nanoTime() < deadline, () -> "fewer than " + KILL_AFTER + " ACKs within "
                        + BOUND_SECONDS + " s: " + acknowledged.size());
                String line = writer.nextLine(BOUND_SECONDS);
                assertNotNull(line, () -> "the writer ended early; stderr: " + writer.stderrTail());
                collect(line, acknowledged);
            }
            exit = writer.kill();
            killed = System.nanoTime();
            // What the writer printed before it died was acknowledged as well.
            for (String line = writer.nextLine(BOUND_SECONDS); line != null; line = writer.nextLine(BOUND_SECONDS)) {
                finished |= "DONE".equals(line);
                collect(line, acknowledged);
            }
        }
        // then
        assertEquals(128 + 9, exit, "the writer must die of SIGKILL");
        assertFalse(finished, "the writer finished before the kill: raise WRITES");
        for (int i = 0; i < acknowledged.size(); i++) {
            assertEquals(SampleDocuments.key(i), acknowledged.get(i), "ACKs come in order, without gaps");
        }
        int stored = checkTheFile(store, acknowledged);
        checkThroughANewMember(store, acknowledged, stored);
        System.out.printf("KillAfterAcknowledgedWritesIT: writer ready after %d ms, killed after %d ACKs "
                + "(%d stored), %d ms from start to kill, %d ms in all%n", millis(started, ready), acknowledged.size(),
                stored, millis(started, killed), millis(started, System.nanoTime()));
    }

    /** Every acknowledged entry is in the file with its value; at most one more committed before its ACK. */
    private static int checkTheFile(Path store, List<String> acknowledged) {
        try (MemoryDatabase database = MemoryDatabase.sqlite(store)) {
            Map<String, String> entries = database.getAll(AcknowledgedWriter.MAP,
                    database.keys(AcknowledgedWriter.MAP));
            for (String key : acknowledged) {
                assertNotNull(entries.get(key), () -> "the acknowledged " + key + " was lost");
                assertEquals(SampleDocuments.episode(SampleDocuments.index(key)), entries.get(key), key);
            }
            entries.forEach((key, value) -> assertEquals(SampleDocuments.episode(SampleDocuments.index(key)), value,
                    "a stored value is whole, acknowledged or not: " + key));
            int unacknowledged = entries.size() - acknowledged.size();
            assertTrue(unacknowledged == 0 || unacknowledged == 1,
                    "stored " + entries.size() + " entries for " + acknowledged.size() + " ACKs");
            return entries.size();
        }
    }

    private static void checkThroughANewMember(Path store, List<String> acknowledged, int stored) {
        Map<String, String> expected = new LinkedHashMap<>();
        acknowledged.forEach(key -> expected.put(key, SampleDocuments.episode(SampleDocuments.index(key))));
        try (MemoryDatabase database = MemoryDatabase.sqlite(store)) {
            HazelcastInstance member = DurableMembers.start(database, "episodes.*");
            try {
                IMap<String, String> map = member.getMap(AcknowledgedWriter.MAP);
                assertEquals(stored, map.size());
                assertEquals(expected, new HashMap<>(map.getAll(expected.keySet())));
            } finally {
                member.shutdown();
            }
        }
    }

    private static void collect(String line, List<String> acknowledged) {
        Matcher ack = ACK.matcher(line);
        if (ack.matches()) {
            acknowledged.add(ack.group(1));
        }
    }

    private static long millis(long from, long to) {
        return NANOSECONDS.toMillis(to - from);
    }
}
