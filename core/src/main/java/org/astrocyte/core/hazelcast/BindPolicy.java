package org.astrocyte.core.hazelcast;

import java.net.InetAddress;
import java.net.UnknownHostException;

/**
 * Where a cluster member may listen. Hazelcast's Community Edition has no TLS and no authentication: anyone who
 * reaches a member's port can read and write every map and topic of the cluster. So a member binds to loopback
 * unless told explicitly that the network it joins is trusted.
 */
public final class BindPolicy {

    private BindPolicy() {
    }

    /**
     * Checks {@code bindAddress}: a loopback address always passes; any other only with {@code allowNetwork}.
     *
     * @throws IllegalArgumentException saying why, and how to allow it, otherwise
     */
    public static void check(String bindAddress, boolean allowNetwork) {
        if (isLoopback(bindAddress) || allowNetwork) {
            return;
        }
        throw new IllegalArgumentException("refusing to bind a member to " + bindAddress + ": Hazelcast's Community "
                + "Edition has no TLS and no authentication, so anyone on that network could read and change the "
                + "cluster's data; bind to 127.0.0.1, or pass --allow-network if the network is trusted and closed");
    }

    /** Whether {@code address} (an IP literal or a name) is a loopback address. */
    static boolean isLoopback(String address) {
        if (address == null || address.isBlank()) {
            return false;
        }
        if (!address.matches("[0-9.:a-fA-F]+") && !address.equalsIgnoreCase("localhost")) {
            return false;
        }
        try {
            return InetAddress.getByName(address).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
