package org.astrocyte.scenarios.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Trials per minute of the reference experiment ({@code examples/experiments/dual-process.yaml}, shrunk to a few
 * seeds), run by {@code astrocyte experiment} in a fresh JVM pinned to one core with one trial at a time and to two
 * cores with two, and on a cluster of three {@code astrocyte member} JVMs sharing the same two cores, one trial at a
 * time each, fed by a client JVM. The baseline of the two-core figure is linear scaling of the one-core figure; that
 * of the cluster figure is the two-core local figure, so that it shows the cluster's overhead (the same machine
 * gives no speed-up).
 */
public final class ExperimentBenchmark implements Benchmark {

    static final String EXPERIMENT = "examples/experiments/dual-process.yaml";
    private static final int MEMBERS = 3;
    private static final Pattern TRIALS = Pattern.compile("Experiment \\S+: (\\d+) trials, 0 failed");

    @Override
    public String name() {
        return "experiment";
    }

    @Override
    public String description() {
        return "trials per minute of the reference experiment (shrunk to a few seeds) on 1 and 2 local cores, in "
                + "fresh pinned JVMs, against linear scaling, and on a 3-member loopback cluster on the same 2 cores";
    }

    @Override
    public List<Figure> run(BenchmarkOptions options, BenchmarkProgress progress) {
        int seeds = options.quick() ? 1 : 3;
        Path experiment = CheckoutFiles.locate(EXPERIMENT);
        progress.started("experiment runs", 3);
        double one = trialsPerMinute(experiment, 1, seeds, List.of("--threads", "1"));
        progress.advanced(1);
        double two = trialsPerMinute(experiment, 2, seeds, List.of("--threads", "2"));
        progress.advanced(2);
        double cluster = onCluster(experiment, seeds);
        progress.advanced(3);
        progress.finished();
        return List.of(
                Figure.of("experiment_trials_per_min_1_core", one, "1/min"),
                Figure.against("experiment_trials_per_min_2_cores", two, "1/min", "linear scaling of 1 core",
                        2 * one),
                Figure.against("experiment_trials_per_min_3_member_cluster", cluster, "1/min",
                        "2 local cores, same machine", two));
    }

    /** Trials per minute on three loopback members (started beforehand, as a cluster is), the client's start in. */
    private static double onCluster(Path experiment, int seeds) {
        String clusterName = "astrocyte-bench-" + UUID.randomUUID();
        try {
            Path work = Files.createTempDirectory("astrocyte-bench-cluster");
            try (LoopbackCluster cluster = LoopbackCluster.start(MEMBERS, 2, clusterName, work)) {
                return trialsPerMinute(experiment, 2, seeds, List.of("--cluster", String.join(",",
                        cluster.addresses()), "--cluster-name", clusterName));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the cluster ran", e);
        }
    }

    /** Trials per minute of wall time, the JVM's start included (it is part of what a user waits for). */
    private static double trialsPerMinute(Path experiment, int cores, int seeds, List<String> where) {
        try {
            Path out = Files.createTempDirectory("astrocyte-bench-experiment");
            long started = System.nanoTime();
            List<String> args = new ArrayList<>(List.of("experiment", experiment.toString(), "--seeds",
                    String.valueOf(seeds), "--out", out.toString(), "--quiet"));
            args.addAll(where);
            String output = PinnedJvm.run(cores, args);
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
