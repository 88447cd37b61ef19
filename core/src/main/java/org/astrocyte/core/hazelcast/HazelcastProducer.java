package org.astrocyte.core.hazelcast;

import com.hazelcast.core.HazelcastInstance;
import jakarta.enterprise.inject.Disposes;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import org.astrocyte.core.config.AstrocyteConfig;

/** CDI producer of the process's Hazelcast member, started from the configuration and shut down with the container. */
@Singleton
public class HazelcastProducer {

    /** The member for {@code config}; started on first use. */
    @Produces
    @Singleton
    public HazelcastInstance hazelcast(AstrocyteConfig config) {
        return EmbeddedHazelcast.start(config.hazelcast());
    }

    /** Leaves the cluster when the container closes. */
    public void shutdown(@Disposes HazelcastInstance hazelcast) {
        hazelcast.shutdown();
    }
}
