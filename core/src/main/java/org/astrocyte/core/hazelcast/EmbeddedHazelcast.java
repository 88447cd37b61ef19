package org.astrocyte.core.hazelcast;

import com.hazelcast.config.Config;
import com.hazelcast.config.JoinConfig;
import com.hazelcast.config.NetworkConfig;
import com.hazelcast.config.ReliableTopicConfig;
import com.hazelcast.config.RingbufferConfig;
import com.hazelcast.core.Hazelcast;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.TopicOverloadPolicy;

/**
 * Starts the Hazelcast member a process embeds: loopback only, phone-home off, metrics, Jet and health monitoring
 * off, quiet logging, so that it starts in well under a second once the JVM is warm.
 */
public final class EmbeddedHazelcast {

    /** Ring capacity of every Astrocyte topic: large enough that a run's observers never fall behind. */
    public static final int TOPIC_CAPACITY = 1 << 16;

    /** Prefix of every Astrocyte topic; the ring buffer config is named after it (STACK.md). */
    public static final String TOPIC_PREFIX = "astrocyte.";

    private EmbeddedHazelcast() {
    }

    /** Starts a member with {@code settings}. The caller shuts it down. */
    public static HazelcastInstance start(HazelcastSettings settings) {
        return start(config(settings));
    }

    /** Starts a member with {@code config}, made by {@link #config} and then adjusted. The caller shuts it down. */
    public static HazelcastInstance start(Config config) {
        System.setProperty("hazelcast.logging.type", System.getProperty("hazelcast.logging.type", "slf4j"));
        return Hazelcast.newHazelcastInstance(config);
    }

    /** The member configuration for {@code settings}, exposed so that tests and tools can inspect it. */
    public static Config config(HazelcastSettings settings) {
        Config config = new Config();
        config.setClusterName(settings.clusterName());
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.health.monitoring.level", "OFF");
        config.setProperty("hazelcast.partition.count", Integer.toString(settings.partitionCount()));
        config.setProperty("hazelcast.socket.bind.any", "false");
        config.setProperty("hazelcast.logging.type", System.getProperty("hazelcast.logging.type", "slf4j"));
        config.getMetricsConfig().setEnabled(false);
        config.getJetConfig().setEnabled(false);

        NetworkConfig network = config.getNetworkConfig();
        network.setPort(settings.port()).setPortAutoIncrement(true).setPortCount(100);
        network.getInterfaces().setEnabled(true).addInterface(settings.bindAddress());
        JoinConfig join = network.getJoin();
        join.getMulticastConfig().setEnabled(false);
        join.getAutoDetectionConfig().setEnabled(false);
        join.getTcpIpConfig().setEnabled(!settings.members().isEmpty()).setMembers(settings.members());

        config.addRingBufferConfig(new RingbufferConfig(TOPIC_PREFIX + "*").setCapacity(TOPIC_CAPACITY));
        config.addReliableTopicConfig(new ReliableTopicConfig(TOPIC_PREFIX + "*")
                .setReadBatchSize(256)
                .setStatisticsEnabled(true)
                .setTopicOverloadPolicy(TopicOverloadPolicy.DISCARD_OLDEST));
        return config;
    }
}
