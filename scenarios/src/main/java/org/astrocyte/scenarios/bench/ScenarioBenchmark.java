package org.astrocyte.scenarios.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * B5: simulated seconds per wall second of the ten-agent foraging scenario ({@code examples/foraging-team.yaml})
 * with the offline planner, its reflexes, its shared memory and messages, on one core and on two. Each run is a
 * fresh JVM pinned to its cores with {@code taskset} (and told its processor count), so that Hazelcast's threads,
 * the trace writer and the garbage collector share exactly those cores; the baseline is real time (1 simulated
 * second per wall second).
 */
public final class ScenarioBenchmark implements Benchmark {

    /** The scenario the figures are defined on. */
    static final String SCENARIO = "examples/foraging-team.yaml";

    @Override
    public String name() {
        return "scenario";
    }

    @Override
    public String description() {
        return "simulated seconds per wall second of the ten-agent foraging scenario with the offline planner, in a "
                + "fresh JVM pinned to 1 and to 2 cores, against real time";
    }

    @Override
    public List<Figure> run(BenchmarkOptions options, BenchmarkProgress progress) {
        double duration = options.quick() ? 20 : 60;
        Path scenario = CheckoutFiles.locate(SCENARIO);
        progress.started("scenario runs", 2);
        double oneCore = speedup(scenario, 1, duration);
        progress.advanced(1);
        double twoCores = speedup(scenario, 2, duration);
        progress.advanced(2);
        progress.finished();
        return List.of(
                Figure.against("scenario_sim_s_per_wall_s_1_core", oneCore, "s/s", "real time", 1.0),
                Figure.against("scenario_sim_s_per_wall_s_2_cores", twoCores, "s/s", "real time", 1.0),
                Figure.against("scenario_speedup_2_cores_vs_1", twoCores / oneCore, "", "linear", 2.0));
    }

    /** Runs the scenario in a child JVM on {@code cores} cores and reads its speed from the summary. */
    private static double speedup(Path scenario, int cores, double duration) {
        try {
            Path out = Files.createTempDirectory("astrocyte-bench-scenario");
            PinnedJvm.run(cores, List.of("run", scenario.toString(), "--out", out.toString(), "--duration",
                    String.valueOf(duration), "--quiet"));
            JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
            return summary.get("speedup").asDouble();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the scenario ran", e);
        }
    }
}
