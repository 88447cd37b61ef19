package org.astrocyte.scenarios.bench;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.astrocyte.scenarios.cli.Main;

/**
 * Runs the {@code astrocyte} command in a fresh JVM pinned to a number of cores ({@code taskset} where the machine
 * has it, and {@code -XX:ActiveProcessorCount} always), so that a benchmark measures what those cores give, the
 * JVM's own threads included.
 */
final class PinnedJvm {

    private static final long TIMEOUT_MINUTES = 20;

    private PinnedJvm() {
    }

    /**
     * Runs {@code astrocyte args...} on {@code cores} cores and returns its output.
     *
     * @throws IllegalStateException with the output, if it fails or outlasts the timeout
     */
    static String run(int cores, List<String> args) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command(cores, List.of(), args)).redirectErrorStream(true).start();
        byte[] output = process.getInputStream().readAllBytes();
        if (!process.waitFor(TIMEOUT_MINUTES, TimeUnit.MINUTES) || process.exitValue() != 0) {
            process.destroyForcibly();
            throw new IllegalStateException("astrocyte " + String.join(" ", args) + " on " + cores
                    + " core(s) failed: " + new String(output, StandardCharsets.UTF_8));
        }
        return new String(output, StandardCharsets.UTF_8);
    }

    /**
     * The command line of {@code astrocyte args...} in a JVM with {@code jvmOptions}, pinned to {@code cores} cores;
     * the class path is this JVM's.
     */
    static List<String> command(int cores, List<String> jvmOptions, List<String> args) {
        List<String> command = new ArrayList<>();
        if (tasksetAvailable()) {
            command.addAll(List.of("taskset", "-c", cores == 1 ? "0" : "0-" + (cores - 1)));
        }
        command.addAll(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-XX:ActiveProcessorCount=" + cores));
        command.addAll(jvmOptions);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), Main.class.getName()));
        command.addAll(args);
        return command;
    }

    private static boolean tasksetAvailable() {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            if (Files.isExecutable(Path.of(dir, "taskset"))) {
                return true;
            }
        }
        return false;
    }
}
