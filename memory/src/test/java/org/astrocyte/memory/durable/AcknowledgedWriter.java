package org.astrocyte.memory.durable;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of {@link KillAfterAcknowledgedWritesIT}: a member with a durable map on an SQLite file, writing
 * documents one by one and printing {@code ACK <key>} as soon as each {@code IMap.set} has returned. Arguments: the
 * store directory and the number of documents. It stops by itself when its parent closes its standard input.
 */
final class AcknowledgedWriter {

    static final String MAP = "episodes.acknowledged";

    private AcknowledgedWriter() {
    }

    public static void main(String[] args) throws IOException {
        exitWhenParentGoes();
        Path directory = Path.of(args[0]);
        int count = Integer.parseInt(args[1]);
        // Unbuffered: each line is one write(2) of a few bytes, which a pipe passes whole, and the ACK is out
        // before the next set starts.
        FileOutputStream out = new FileOutputStream(FileDescriptor.out);
        MemoryDatabase database = MemoryDatabase.sqlite(directory);
        HazelcastInstance member = DurableMembers.start(database, "episodes.*");
        IMap<String, String> map = member.getMap(MAP);
        out.write("READY\n".getBytes(StandardCharsets.US_ASCII));
        for (int i = 0; i < count; i++) {
            String key = SampleDocuments.key(i);
            map.set(key, SampleDocuments.episode(i));
            out.write(("ACK " + key + "\n").getBytes(StandardCharsets.US_ASCII));
        }
        out.write("DONE\n".getBytes(StandardCharsets.US_ASCII));
        member.shutdown();
        database.close();
    }

    /** A writer orphaned by a dying test JVM must not write on forever. */
    private static void exitWhenParentGoes() {
        Thread watcher = new Thread(() -> {
            try {
                while (System.in.read() >= 0) {
                    // The parent never writes; only the end of the stream matters.
                }
            } catch (IOException e) {
                // Treated like the end of the stream.
            }
            Runtime.getRuntime().halt(3);
        }, "parent-watcher");
        watcher.setDaemon(true);
        watcher.start();
    }
}
