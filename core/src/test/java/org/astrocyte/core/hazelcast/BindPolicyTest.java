package org.astrocyte.core.hazelcast;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BindPolicyTest {

    @Test
    void should_let_a_member_bind_to_loopback() {
        assertDoesNotThrow(() -> BindPolicy.check("127.0.0.1", false));
        assertDoesNotThrow(() -> BindPolicy.check("127.0.0.2", false));
        assertDoesNotThrow(() -> BindPolicy.check("::1", false));
        assertDoesNotThrow(() -> BindPolicy.check("localhost", false));
    }

    @Test
    void should_refuse_any_other_interface_unless_the_network_is_declared_trusted() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> BindPolicy.check("192.168.1.20", false));
        assertTrue(e.getMessage().contains("no TLS and no authentication"), e.getMessage());
        assertTrue(e.getMessage().contains("--allow-network"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> BindPolicy.check("0.0.0.0", false));
        assertThrows(IllegalArgumentException.class, () -> BindPolicy.check("example.org", false));
        assertDoesNotThrow(() -> BindPolicy.check("192.168.1.20", true));
    }
}
