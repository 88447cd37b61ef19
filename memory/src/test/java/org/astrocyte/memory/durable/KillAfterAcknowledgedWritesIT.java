package org.astrocyte.memory.durable;

import static java.util.concurrent.TimeUnit.NANOSECONDS;
import static java.util.concurrent.TimeUnit.SECONDS;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
    /** Put on the queue when the writer's output ends; no line of it can be this. */
    private static final String END = "\0end";

    @TempDir
    Path directory;

    @Test
    void should_keep_every_acknowledged_write_of_a_killed_writer() throws Exception {
        // given
        long started = System.nanoTime();
        Path store = directory.resolve("store");
        Path errors = directory.resolve("writer-stderr.txt");
        Process writer = new ProcessBuilder(command(store)).redirectError(errors.toFile()).start();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        Thread reader = readLines(writer.getInputStream(), lines);
        List<String> acknowledged = new ArrayList<>();
        long ready;
        long killed;
        // when
        try {
            long deadline = System.nanoTime() + SECONDS.toNanos(BOUND_SECONDS);
            String line = lines.poll(deadline - System.nanoTime(), NANOSECONDS);
            assertEquals("READY", line, () -> "the writer did not start; its stderr: " + tail(errors));
            ready = System.nanoTime();
            while (acknowledged.size() < KILL_AFTER) {
                line = lines.poll(deadline - System.nanoTime(), NANOSECONDS);
                assertNotNull(line, () -> "fewer than " + KILL_AFTER + " ACKs within " + BOUND_SECONDS + " s: "
                        + acknowledged.size() + "; stderr: " + tail(errors));
                assertFalse(END.equals(line), () -> "the writer ended early; stderr: " + tail(errors));
                collect(line, acknowledged);
            }
            writer.destroyForcibly();
            assertTrue(writer.waitFor(BOUND_SECONDS, SECONDS), "the killed writer did not exit");
            killed = System.nanoTime();
        } finally {
            writer.destroyForcibly();
        }
        // What the writer printed before it died was acknowledged as well.
        boolean finished = false;
        for (String line = lines.poll(BOUND_SECONDS, SECONDS); !END.equals(line);
                line = lines.poll(BOUND_SECONDS, SECONDS)) {
            assertNotNull(line, "the writer's output did not end");
            finished |= "DONE".equals(line);
            collect(line, acknowledged);
        }
        reader.join(SECONDS.toMillis(BOUND_SECONDS));
        // then
        assertEquals(128 + 9, writer.exitValue(), "the writer must die of SIGKILL");
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

    /** The same java, the Hazelcast flags of the build, the test class path, and a quiet member. */
    private static List<String> command(Path store) throws URISyntaxException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow(
                () -> new IllegalStateException("cannot tell which java runs this test")));
        command.addAll(hazelcastJvmArgs());
        command.addAll(List.of("-Xmx256m", "-XX:+UseSerialGC", "-XX:TieredStopAtLevel=1",
                "-Dhazelcast.logging.type=none", "-cp", classPath(),
                AcknowledgedWriter.class.getName(), store.toString(), Integer.toString(WRITES)));
        return command;
    }

    /** Failsafe passes the parent pom's hazelcast.jvm.args; from an IDE, this JVM's own flags of that kind. */
    private static List<String> hazelcastJvmArgs() {
        String fromBuild = System.getProperty("astrocyte.hazelcast.jvm.args");
        if (fromBuild != null && !fromBuild.isBlank()) {
            return Arrays.asList(fromBuild.trim().split("\\s+"));
        }
        List<String> own = new ArrayList<>();
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("--add-")) {
                own.add(argument);
            }
        }
        return own;
    }

    /**
     * The test class path. Surefire and Failsafe start the test JVM from a manifest-only jar but set
     * {@code java.class.path} to the real class path; {@code surefire.test.class.path} is the fallback.
     */
    private static String classPath() throws URISyntaxException {
        String testClasses = Path.of(AcknowledgedWriter.class.getProtectionDomain().getCodeSource().getLocation()
                .toURI()).toString();
        for (String property : List.of("java.class.path", "surefire.test.class.path")) {
            String classPath = System.getProperty(property, "");
            if (Arrays.asList(classPath.split(File.pathSeparator)).contains(testClasses)) {
                return classPath;
            }
        }
        throw new IllegalStateException("no class path property holds " + testClasses);
    }

    private static Thread readLines(InputStream output, BlockingQueue<String> lines) {
        Thread reader = new Thread(() -> {
            try (BufferedReader in = new BufferedReader(new InputStreamReader(output, StandardCharsets.US_ASCII))) {
                for (String line = in.readLine(); line != null; line = in.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("reader failed: " + e);
            } finally {
                lines.add(END);
            }
        }, "writer-output");
        reader.setDaemon(true);
        reader.start();
        return reader;
    }

    private static String tail(Path file) {
        try {
            List<String> all = Files.readAllLines(file, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    private static long millis(long from, long to) {
        return NANOSECONDS.toMillis(to - from);
    }
}
