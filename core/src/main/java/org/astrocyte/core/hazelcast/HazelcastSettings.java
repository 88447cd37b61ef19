package org.astrocyte.core.hazelcast;

import java.util.List;

/**
 * How Astrocyte reaches Hazelcast. The default is a lean embedded member bound to loopback that joins nobody;
 * listing {@code members} makes it join a real cluster over TCP-IP.
 *
 * @param clusterName    members only join members of the same cluster name
 * @param bindAddress    the interface the member binds to (loopback by default)
 * @param port           the first port to try; later members of the same machine take the next free one
 * @param members        addresses of other members ("host:port", one port each); empty for a lone member
 * @param partitionCount fewer partitions start faster; a real cluster wants the Hazelcast default of 271
 */
public record HazelcastSettings(String clusterName, String bindAddress, Integer port, List<String> members,
        Integer partitionCount) {

    /** Missing values take the defaults of a lone loopback member. */
    public HazelcastSettings {
        clusterName = clusterName == null ? "astrocyte" : clusterName;
        if (clusterName.isBlank()) {
            throw new IllegalArgumentException("clusterName must not be blank");
        }
        bindAddress = bindAddress == null ? "127.0.0.1" : bindAddress;
        port = port == null ? 5701 : port;
        partitionCount = partitionCount == null ? 11 : partitionCount;
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535, got " + port);
        }
        members = members == null ? List.of() : List.copyOf(members);
        for (String member : members) {
            if (member.matches(".*:\\d+-\\d+")) {
                throw new IllegalArgumentException("list member ports one by one, not as a range: " + member);
            }
        }
        if (partitionCount < 1) {
            throw new IllegalArgumentException("partitionCount must be positive, got " + partitionCount);
        }
    }

    /** A lone loopback member with the given cluster name. */
    public static HazelcastSettings embedded(String clusterName) {
        return new HazelcastSettings(clusterName, "127.0.0.1", 5701, List.of(), 11);
    }
}
