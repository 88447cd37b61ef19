package org.astrocyte.scenarios.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.astrocyte.scenarios.cli.Main;

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
    private static final long RUN_TIMEOUT_MINUTES = 10;

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
        Path scenario = scenarioFile();
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
            List<String> command = new ArrayList<>();
            if (tasksetAvailable()) {
                command.addAll(List.of("taskset", "-c", cores == 1 ? "0" : "0-" + (cores - 1)));
            }
            command.addAll(List.of(javaBinary(), "-XX:ActiveProcessorCount=" + cores, "-cp",
                    System.getProperty("java.class.path"), Main.class.getName(), "run", scenario.toString(),
                    "--out", out.toString(), "--duration", String.valueOf(duration), "--quiet"));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            byte[] output = process.getInputStream().readAllBytes();
            if (!process.waitFor(RUN_TIMEOUT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
                process.destroyForcibly();
                throw new IllegalStateException("the scenario run on " + cores + " core(s) failed: "
                        + new String(output, StandardCharsets.UTF_8));
            }
            JsonNode summary = new ObjectMapper().readTree(out.resolve("summary.json").toFile());
            return summary.get("speedup").asDouble();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the scenario ran", e);
        }
    }

    /**
     * The scenario file: beside the checkout the jar was built in ({@code scenarios/target/astrocyte.jar}), else in
     * the working directory.
     */
    static Path scenarioFile() {
        List<Path> candidates = new ArrayList<>();
        try {
            Path jar = Path.of(ScenarioBenchmark.class.getProtectionDomain().getCodeSource().getLocation().toURI());
            if (jar.getParent() != null && jar.getParent().getParent() != null
                    && jar.getParent().getParent().getParent() != null) {
                candidates.add(jar.getParent().getParent().getParent().resolve(SCENARIO));
            }
        } catch (URISyntaxException | SecurityException e) {
            // No code source: only the working directory is left to look in.
        }
        candidates.add(Path.of(SCENARIO));
        return candidates.stream().filter(Files::isRegularFile).findFirst().orElseThrow(() ->
                new IllegalStateException("cannot find " + SCENARIO + " (looked in " + candidates + ")"));
    }

    private static boolean tasksetAvailable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(java.io.File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "taskset"))) {
                return true;
            }
        }
        return false;
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
