package org.astrocyte.scenarios.experiment.cluster;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.astrocyte.scenarios.cli.Main;

/**
 * Cluster members started as JVMs of their own with {@code astrocyte member} on loopback, each on a free port, all
 * listing each other; for tests that kill one.
 */
final class MemberProcesses implements AutoCloseable {

    private final List<Process> processes = new ArrayList<>();
    private final List<String> addresses = new ArrayList<>();

    /** Starts {@code count} members of {@code clusterName}, each running one trial at a time into {@code work}. */
    static MemberProcesses start(int count, String clusterName, Path work) throws Exception {
        MemberProcesses members = new MemberProcesses();
        for (int i = 0; i < count; i++) {
            try (ServerSocket socket = new ServerSocket(0)) {
                members.addresses.add("127.0.0.1:" + socket.getLocalPort());
            }
        }
        List<CompletableFuture<Void>> ready = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<String> command = new ArrayList<>(List.of(ProcessHandle.current().info().command().orElse("java"),
                    "-Xmx512m", "--add-opens", "java.base/java.lang=ALL-UNNAMED", "--add-opens",
                    "java.base/sun.nio.ch=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), Main.class.getName(), "member",
                    "--cluster-name", clusterName, "--port", members.addresses.get(i).split(":")[1],
                    "--trial-threads", "1", "--work", work.resolve("member-" + i).toString()));
            members.addresses.forEach(a -> command.addAll(List.of("--member", a)));
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            members.processes.add(process);
            ready.add(announced(process, "member-" + i));
        }
        CompletableFuture.allOf(ready.toArray(CompletableFuture[]::new)).get(120, TimeUnit.SECONDS);
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
                        System.out.println("[" + name + "] " + line);
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
    List<String> addresses() {
        return addresses;
    }

    /** The addresses with member {@code first} at the head: the one a single-member client talks to. */
    List<String> addressesStartingWith(int first) {
        List<String> ordered = new ArrayList<>(List.of(addresses.get(first)));
        ordered.addAll(addresses.stream().filter(a -> !a.equals(addresses.get(first))).collect(Collectors.toList()));
        return ordered;
    }

    /** Kills member {@code index} at once (SIGKILL): no goodbye to the cluster. */
    void kill(int index) {
        processes.get(index).destroyForcibly();
    }

    @Override
    public void close() throws InterruptedException {
        processes.forEach(Process::destroy);
        for (Process process : processes) {
            if (!process.waitFor(20, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        }
    }
}
