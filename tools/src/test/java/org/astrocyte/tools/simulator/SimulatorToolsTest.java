package org.astrocyte.tools.simulator;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class SimulatorToolsTest {

    private static final String DRIVEN = """
            name: driven
            dt: 0.1 ms
            populations:
              - name: cells
                size: 20
                model: cuba_lif
                parameters: {capacitance: 200 pF, tau_m: 20 ms, v_rest: -49 mV, v_reset: -60 mV,
                             v_threshold: -50 mV, refractory: 5 ms, tau_exc: 5 ms, tau_inh: 10 ms}
            """;

    private final SimulatorTools tools = new SimulatorTools(1);

    @Test
    void should_build_run_and_inspect_a_small_network() throws Exception {
        // when
        String built = tools.buildNetwork(DRIVEN);
        JsonNode run = new ObjectMapper().readTree(tools.runNetwork("net-1", 200));
        // then: resting above threshold, every cell fires regularly
        assertTrue(built.startsWith("net-1: driven, populations cells (20 "), built);
        assertEquals(200.0, run.get("time_ms").asDouble(), 1e-9);
        double rate = run.get("populations").get("cells").get("rate_hz").asDouble();
        assertTrue(rate > 10 && rate < 200, "rate " + rate);
        assertTrue(tools.inspectNetwork("net-1").endsWith("at 200.0 ms"), tools.inspectNetwork("net-1"));
    }

    @Test
    void should_answer_a_bad_description_with_the_line_and_what_was_expected() {
        String message = assertThrows(IllegalArgumentException.class,
                () -> tools.buildNetwork(DRIVEN.replace("size: 20", "size: many"))).getMessage();
        assertTrue(message.startsWith("invalid network: yaml:"), message);
        assertTrue(message.contains("size"), message);
    }

    @Test
    void should_bound_size_duration_and_ids() {
        assertTrue(assertThrows(IllegalArgumentException.class,
                () -> tools.buildNetwork(DRIVEN.replace("size: 20", "size: 5000"))).getMessage()
                .startsWith("network too large or invalid: "));
        tools.buildNetwork(DRIVEN);
        assertEquals("durationMs must be a number from 1 to 2000 ms, got 5000.0",
                assertThrows(IllegalArgumentException.class, () -> tools.runNetwork("net-1", 5000)).getMessage());
        assertEquals("there is no network 'net-9'; built: net-1", assertThrows(IllegalArgumentException.class,
                () -> tools.runNetwork("net-9", 10)).getMessage());
        assertEquals("yaml must be at most 20000 characters, got 20001", assertThrows(IllegalArgumentException.class,
                () -> tools.buildNetwork("x".repeat(20_001))).getMessage());
    }

    @Test
    void should_keep_at_most_three_networks_closing_the_oldest() {
        for (int i = 0; i < 4; i++) {
            tools.buildNetwork(DRIVEN);
        }
        assertEquals("there is no network 'net-1'; built: net-2, net-3, net-4",
                assertThrows(IllegalArgumentException.class, () -> tools.inspectNetwork("net-1")).getMessage());
    }
}
