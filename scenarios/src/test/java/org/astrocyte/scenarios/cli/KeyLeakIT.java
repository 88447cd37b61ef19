package org.astrocyte.scenarios.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.astrocyte.agents.ChatCompletionsServer;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An API key reaches the provider and nothing else: after a run with the real OpenAI client against a local
 * server, no output file (trace, summary, memory database) and nothing printed holds the key, also when the server
 * refuses the key and echoes it back in its error.
 */
class KeyLeakIT {

    private static final String KEY_VARIABLE = "ASTRO_LEAK_TEST_KEY";

    private final CliSession cli = new CliSession();

    private int astrocyte(String... args) {
        return cli.run(args);
    }

    private static String key() {
        String key = System.getenv(KEY_VARIABLE);
        Assumptions.assumeTrue(key != null, KEY_VARIABLE + " is set by Failsafe (scenarios/pom.xml): run "
                + "./mvnw verify");
        return key;
    }

    private int runAgainst(ChatCompletionsServer server, Path dir) {
        return astrocyte("run", "../examples/foraging.yaml", "--duration", "10", "--out", dir.toString(), "--quiet",
                "--provider", "openai", "--base-url", server.baseUrl(), "--model", "test-model",
                "--api-key-env", KEY_VARIABLE);
    }

    @Test
    void should_send_the_key_to_the_provider_and_write_it_nowhere(@TempDir Path dir) throws Exception {
        String key = key();
        try (ChatCompletionsServer server = ChatCompletionsServer.callingThenReplying("set_goal",
                "{\"x\":3,\"y\":4}", "Heading to (3, 4).")) {
            // when
            int exit = runAgainst(server, dir);
            // then
            assertEquals(0, exit, cli.err());
            assertFalse(server.authorizations().isEmpty());
            assertTrue(server.authorizations().stream().allMatch(("Bearer " + key)::equals));
            assertNowhere(key, dir);
        }
    }

    @Test
    void should_mask_a_key_the_provider_echoes_in_its_error(@TempDir Path dir) throws Exception {
        String key = key();
        try (ChatCompletionsServer server = ChatCompletionsServer.refusingAndEchoingTheKey()) {
            // when
            int exit = runAgainst(server, dir);
            // then: the planner failed every turn, the run went on, the trace says why without the key
            assertEquals(0, exit, cli.err());
            String trace = Files.readString(dir.resolve("trace.jsonl"));
            assertTrue(trace.contains("Incorrect API key provided: Bearer ***"), "the error is traced, masked");
            assertNowhere(key, dir);
        }
    }

    private void assertNowhere(String key, Path dir) throws IOException {
        byte[] needle = key.getBytes(StandardCharsets.UTF_8);
        List<Path> files;
        try (Stream<Path> walk = Files.walk(dir)) {
            files = walk.filter(Files::isRegularFile).toList();
        }
        assertTrue(files.size() >= 3, "trace, summary and memory database: " + files);
        for (Path file : files) {
            assertFalse(contains(Files.readAllBytes(file), needle), "the key is in " + file);
        }
        assertFalse(cli.out().contains(key), "the key was printed");
        assertFalse(cli.err().contains(key), "the key was printed as an error");
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
