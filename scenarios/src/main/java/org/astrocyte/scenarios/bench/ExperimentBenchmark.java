package org.astrocyte.scenarios.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trials per minute of the reference experiment ({@code examples/experiments/dual-process.yaml}, shrunk to a few
 * seeds), run by {@code astrocyte experiment} in a fresh JVM pinned to one core with one trial at a time and to two
 * cores with two. The baseline is linear scaling of the one-core figure. The three-member cluster figure comes with
 * the cluster.
 */
public final class ExperimentBenchmark implements Benchmark {

    static final String EXPERIMENT = "examples/experiments/dual-process.yaml";
    private static final Pattern TRIALS = Pattern.compile("Experiment \\S+: (\\d+) trials, 0 failed");

    @Override
    public String name() {
        return "experiment";
    }

    @Override
    public String description() {
        return "trials per minute of the reference experiment (shrunk to a few seeds) on 1 and 2 local cores, in "
                + "fresh pinned JVMs, against linear scaling";
    }

    @Override
    public List<Figure> run(BenchmarkOptions options, BenchmarkProgress progress) {
        int seeds = options.quick() ? 1 : 3;
        Path experiment = CheckoutFiles.locate(EXPERIMENT);
        progress.started("experiment runs", 2);
        double one = trialsPerMinute(experiment, 1, seeds);
        progress.advanced(1);
        double two = trialsPerMinute(experiment, 2, seeds);
        progress.advanced(2);
        progress.finished();
        return List.of(
                Figure.of("experiment_trials_per_min_1_core", one, "1/min"),
                Figure.against("experiment_trials_per_min_2_cores", two, "1/min", "linear scaling of 1 core",
                        2 * one));
    }

    /** Trials per minute of wall time, the JVM's start included (it is part of what a user waits for). */
    private static double trialsPerMinute(Path experiment, int cores, int seeds) {
        try {
            Path out = Files.createTempDirectory("astrocyte-bench-experiment");
            long started = System.nanoTime();
            String output = PinnedJvm.run(cores, List.of("experiment", experiment.toString(), "--seeds",
                    String.valueOf(seeds), "--threads", String.valueOf(cores), "--out", out.toString(), "--quiet"));
            double minutes = (System.nanoTime() - started) / 60e9;
            Matcher count = TRIALS.matcher(output);
            if (!count.find()) {
                throw new IllegalStateException("the experiment did not say how many trials it ran: " + output);
            }
            return Integer.parseInt(count.group(1)) / minutes;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the experiment ran", e);
        }
    }
}
