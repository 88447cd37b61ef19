package org.astrocyte.scenarios.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.stream.Collectors;

/**
 * A cluster of {@code astrocyte member} JVMs on loopback, each on a free port, all listing each other, sharing the
 * machine's cores: for the experiment benchmark's cluster figure and for tests that kill a member.
 */
public final class LoopbackCluster implements AutoCloseable {

    /** Hazelcast's access to JDK internals, and a heap that three members on one machine can afford. */
    private static final List<String> JVM_OPTIONS = List.of("-Xmx512m", "--add-modules", "java.se",
            "--add-exports", "java.base/jdk.internal.ref=ALL-UNNAMED", "--add-opens", "java.base/java.lang=ALL-UNNAMED",
            "--add-opens", "java.base/sun.nio.ch=ALL-UNNAMED",
            "--add-opens", "java.management/sun.management=ALL-UNNAMED",
            "--add-opens", "jdk.management/com.sun.management.internal=ALL-UNNAMED");
    private static final long START_TIMEOUT_SECONDS = 120;

    private final List<Process> processes = new ArrayList<>();
    private final List<String> addresses = new ArrayList<>();

    /**
     * Starts {@code count} members of {@code clusterName} on {@code cores} cores, each running one trial at a time
     * into a folder of its own under {@code work}, and returns once every one says it is up.
     */
    public static LoopbackCluster start(int count, int cores, String clusterName, Path work) throws IOException,
            InterruptedException {
        LoopbackCluster members = new LoopbackCluster();
        for (int i = 0; i < count; i++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                members.addresses.add("127.0.0.1:" + socket.getLocalPort());
            }
        }
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> args = new ArrayList<>(List.of("member", "--cluster-name", clusterName, "--port",
                    members.addresses.get(i).split(":")[1], "--trial-threads", "1", "--work",
                    work.resolve("member-" + i).toString()));
            members.addresses.forEach(a -> args.addAll(List.of("--member", a)));
            Process process = new ProcessBuilder(PinnedJvm.command(cores, JVM_OPTIONS, args))
                    .redirectErrorStream(true).start();
            members.processes.add(process);
            ready.add(announced(process, "member-" + i));
        }
        try {
            CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).get(START_TIMEOUT_SECONDS,
                    TimeUnit.SECONDS);
        } catch (ExecutionException | TimeoutException e) {
            members.close();
            throw new IllegalStateException("the members of " + clusterName + " did not all start: " + e, e);
        }
        return members;
    }

    /** Completes when the member prints that it is up; echoes its other output for the test log. */
    private static CompletableFuture<Void> announced(Process process, String name) {
        CompletableFuture<Void> up = new CompletableFuture<>();
        Thread reader = new Thread(() -> {
            try (BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = lines.readLine(); line != null; line = lines.readLine()) {
                    if (line.startsWith("member ")) {
                        up.complete(null);
                    } else if (!line.isBlank() && !line.contains("WARN com.hazelcast")) {
                        System.err.println("[" + name + "] " + line);
                    }
                }
                up.completeExceptionally(new IllegalStateException(name + " exited with " + process.waitFor()));
            } catch (IOException | InterruptedException e) {
                up.completeExceptionally(e);
            }
        }, name + "-output");
        reader.setDaemon(true);
        reader.start();
        return up;
    }

    /** The members' addresses, host:port. */
    public List<String> addresses() {
        return addresses;
    }

    /** The addresses with member {@code first} at the head: the one a single-member client talks to. */
    public List<String> addressesStartingWith(int first) {
        List<String> ordered = new ArrayList<>(List.of(addresses.get(first)));
        ordered.addAll(addresses.stream().filter(a -> !a.equals(addresses.get(first))).collect(Collectors.toList()));
        return ordered;
    }

    /** Kills member {@code index} at once (SIGKILL): no goodbye to the cluster. */
    public void kill(int index) {
        processes.get(index).destroyForcibly();
    }

    /** Stops every member (SIGTERM, then SIGKILL after 20 s), an interrupt only cutting the wait short. */
    @Override
    public void close() {
        processes.forEach(Process::destroy);
        try {
            for (Process process : processes) {
                if (!process.waitFor(20, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            }
        } catch (InterruptedException e) {
            processes.forEach(Process::destroyForcibly);
            Thread.currentThread().interrupt();
        }
    }
}
