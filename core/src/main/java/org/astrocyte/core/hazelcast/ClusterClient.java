package org.astrocyte.core.hazelcast;

import com.hazelcast.client.HazelcastClient;
import com.hazelcast.client.config.ClientConfig;
import com.hazelcast.client.config.ClientConnectionStrategyConfig;
import com.hazelcast.client.config.RoutingMode;
import com.hazelcast.core.HazelcastInstance;
import java.time.Duration;
import java.util.List;

/**
 * Connects to a running cluster as a Hazelcast client (a process that holds no data), for tools that submit work to
 * the members, such as {@code astrocyte experiment --cluster}. A client that loses its connection keeps trying to
 * reconnect for {@code reconnectFor}, to any member it knows, and meanwhile holds its calls.
 */
public final class ClusterClient {

    private ClusterClient() {
    }

    /**
     * Connects to the cluster {@code clusterName} through {@code members} ("host:port", tried in the order given).
     *
     * @param singleMember talk to the cluster through one member at a time (for networks where only some members
     *                     are reachable) rather than to every member directly
     * @throws IllegalArgumentException if no address is given
     * @throws IllegalStateException    if no member answers within {@code reconnectFor}
     */
    public static HazelcastInstance connect(String clusterName, List<String> members, boolean singleMember,
            Duration reconnectFor) {
        if (members.isEmpty()) {
            throw new IllegalArgumentException("name at least one member to connect to, as host:port");
        }
        System.setProperty("hazelcast.logging.type", System.getProperty("hazelcast.logging.type", "slf4j"));
        ClientConfig config = new ClientConfig();
        config.setClusterName(clusterName);
        config.setProperty("hazelcast.phone.home.enabled", "false");
        config.setProperty("hazelcast.logging.type", System.getProperty("hazelcast.logging.type", "slf4j"));
        // Members are tried in the order given, so that the first one named is the one a single-member client uses.
        config.setProperty("hazelcast.client.shuffle.member.list", "false");
        config.getMetricsConfig().setEnabled(false);
        config.getNetworkConfig().addAddress(members.toArray(String[]::new));
        config.getNetworkConfig().getClusterRoutingConfig()
                .setRoutingMode(singleMember ? RoutingMode.SINGLE_MEMBER : RoutingMode.ALL_MEMBERS);
        config.getConnectionStrategyConfig().setReconnectMode(ClientConnectionStrategyConfig.ReconnectMode.ON)
                .getConnectionRetryConfig().setInitialBackoffMillis(100).setMaxBackoffMillis(2000)
                .setClusterConnectTimeoutMillis(reconnectFor.toMillis());
        try {
            return HazelcastClient.newHazelcastClient(config);
        } catch (IllegalStateException e) {
            throw new IllegalStateException("no member of cluster '" + clusterName + "' answered at " + members
                    + " within " + reconnectFor.toSeconds() + " s: start members with 'astrocyte member'", e);
        }
    }
}
