package org.astrocyte.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.astrocyte.agents.ChatCompletionsServer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run with a real provider is recorded and replayed with no server: the replay's trace is byte-identical, rate
 * limits and retries included; a replay of another run stops and says where it diverged.
 */
class PlannerReplayIT {

    private final CliSession cli = new CliSession();

    private int astrocyte(String... args) {
        return cli.run(args);
    }

    /** A model that is rate limited once, then sets a goal each turn and answers once the tool has answered. */
    private static ObjectNode model(JsonNode request, AtomicInteger requests) {
        if (requests.getAndIncrement() == 0) {
            return ChatCompletionsServer.refusal(429, 3);
        }
        boolean answered = ChatCompletionsServer.lastMessage(request).path("role").asText().equals("tool");
        return answered ? ChatCompletionsServer.text("On my way.")
                : ChatCompletionsServer.toolCall("c" + requests.get(), "set_goal", "{\"x\":6,\"y\":5}");
    }

    @Test
    void should_replay_a_recorded_run_byte_for_byte_without_a_server(@TempDir Path dir) throws Exception {
        Path recordings = dir.resolve("recordings");
        AtomicInteger requests = new AtomicInteger();
        try (ChatCompletionsServer server = new ChatCompletionsServer(request -> model(request, requests))) {
            assertEquals(0, astrocyte("run", "../examples/foraging.yaml", "--duration", "20", "--quiet",
                    "--out", dir.resolve("live").toString(), "--provider", "openai", "--base-url", server.baseUrl(),
                    "--model", "test-model", "--record-planner", recordings.toString()), cli.err());
        }
        assertTrue(requests.get() > 10, "requests: " + requests.get());
        // when: the server is gone
        assertEquals(0, astrocyte("run", "../examples/foraging.yaml", "--duration", "20", "--quiet",
                "--out", dir.resolve("replay").toString(), "--replay-planner", recordings.toString()), cli.err());
        // then
        byte[] live = Files.readAllBytes(dir.resolve("live").resolve("trace.jsonl"));
        byte[] replayed = Files.readAllBytes(dir.resolve("replay").resolve("trace.jsonl"));
        assertTrue(new String(live).contains("\"retries\":1"), "the rate limit is in the trace");
        assertArrayEquals(live, replayed, "the replayed trace is the recorded run's");
        // when: the recording is replayed for another run
        int exit = astrocyte("run", "../examples/foraging.yaml", "--duration", "20", "--quiet", "--seed", "8",
                "--out", dir.resolve("other").toString(), "--replay-planner", recordings.toString());
        // then
        assertTrue(exit != 0);
        assertTrue(cli.err().contains("differs from the recorded request"), cli.err());
    }
}
