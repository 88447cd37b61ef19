package org.astrocyte.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.astrocyte.scenarios.bench.LoopbackCluster;
import org.astrocyte.scenarios.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Agents in different JVMs share one memory through the cluster: a run in one JVM remembers food, ends, and a run
 * in another JVM recalls it at its first turn; a member JVM keeps the memory in between.
 */
class SharedMemoryIT {

    private static final JsonMapper JSON = JsonMapper.builder().build();

    @Test
    void anAgentInAnotherJvmRecallsWhatAnEarlierRunRemembered(@TempDir Path dir) throws Exception {
        String clusterName = "astrocyte-it-" + UUID.randomUUID();
        Path scenario = Files.writeString(dir.resolve("shared-foraging.yaml"),
                Files.readString(Path.of("../examples/foraging.yaml")) + "\nmemory:\n  shared: it-food\n");
        try (LoopbackCluster cluster = LoopbackCluster.start(1, 2, clusterName, dir.resolve("work"))) {
            Path config = Files.writeString(dir.resolve("cluster.yaml"), "hazelcast:\n  clusterName: " + clusterName
                    + "\n  members: [\"" + cluster.addresses().get(0) + "\"]\n");
            Path first = dir.resolve("first");
            run(scenario, config, first, "7");
            List<JsonNode> stored = events(first, "MemoryStored");
            assertTrue(!stored.isEmpty(), "the first run remembered something");

            Path second = dir.resolve("second");
            run(scenario, config, second, "8");
            JsonNode firstRecall = events(second, "MemoryRecalled").get(0);
            assertEquals(0, firstRecall.path("stamp").path("timeMicros").asLong(), "a recall at the first turn");
            assertTrue(firstRecall.path("hits").asInt() > 0,
                    "the second run recalls what the first remembered: " + firstRecall);
        }
    }

    /** Runs {@code astrocyte run} in a JVM of its own, as a member of the cluster named in {@code config}. */
    private static void run(Path scenario, Path config, Path out, String seed) throws Exception {
        List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                "-Xmx512m", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "run",
                scenario.toString(), "--config", config.toString(), "--out", out.toString(), "--seed", seed,
                "--duration", "40", "--quiet"));
        Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        assertTrue(process.waitFor(5, TimeUnit.MINUTES), "the run ended");
        assertEquals(0, process.exitValue(), new String(output, StandardCharsets.UTF_8));
    }

    private static List<JsonNode> events(Path out, String type) throws Exception {
        List<JsonNode> events = new ArrayList<>();
        for (String line : Files.readAllLines(out.resolve("trace.jsonl"))) {
            JsonNode event = JSON.readTree(line);
            if (type.equals(event.path("type").asText())) {
                events.add(event);
            }
        }
        return events;
    }
}
