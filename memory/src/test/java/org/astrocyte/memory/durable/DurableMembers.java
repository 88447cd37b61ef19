package org.astrocyte.memory.durable;

import com.hazelcast.config.Config;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.util.List;
import java.util.UUID;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;

/** Lone embedded members with durable maps, each in a cluster of its own on a free port. */
final class DurableMembers {

    private DurableMembers() {
    }

    /** A member whose maps matching {@code mapPattern} are kept in {@code database}. */
    static HazelcastInstance start(MemoryDatabase database, String mapPattern) {
        Config config = EmbeddedHazelcast.config(new HazelcastSettings("durable-" + UUID.randomUUID(), "127.0.0.1",
                freePort(), List.of(), 7));
        DurableMaps.configure(config, mapPattern, database);
        return Hazelcast.newHazelcastInstance(config);
    }

    /** A port free a moment ago; the member's port auto-increment covers the rare race. */
    static int freePort() {
        try (ServerSocket probe = new ServerSocket(0)) {
            return probe.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
