package org.astrocyte.memory.testing;

import java.io.BufferedReader;
import java.io.File;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.lang.management.ManagementFactory;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/**
 * A child JVM running a main class of the test class path, with the Hazelcast module flags of the build, talking by
 * lines on stdin and stdout; its stderr goes to a file, whose tail failures quote. Lines are read on a daemon
 * thread, so that every wait for one is bounded.
 */
public final class ForkedJvm implements AutoCloseable {

    /** Put on the queue when the child's output ends; no line of it can be this. */
    private static final String END = "\0end";

    private final Process process;
    private final Path stderr;
    private final PrintWriter input;
    private final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final Thread reader;

    private ForkedJvm(Process process, Path stderr) {
        this.process = process;
        this.stderr = stderr;
        this.input = new PrintWriter(process.getOutputStream(), true, StandardCharsets.UTF_8);
        this.reader = new Thread(() -> {
            try (BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = out.readLine(); line != null; line = out.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                lines.add("reader failed: " + e);
            } finally {
                lines.add(END);
            }
        }, "forked-jvm-stdout");
        reader.setDaemon(true);
        reader.start();
    }

    /**
     * Starts {@code mainClass} with {@code args} and the extra JVM {@code flags}, writing its stderr to
     * {@code stderr}.
     */
    public static ForkedJvm start(Class<?> mainClass, List<String> flags, Path stderr, String... args)
            throws IOException {
        List<String> command = new ArrayList<>();
        command.add(ProcessHandle.current().info().command().orElseThrow(
                () -> new IllegalStateException("cannot tell which java runs this test")));
        command.addAll(hazelcastJvmArgs());
        command.addAll(flags);
        command.add("-cp");
        command.add(classPath(mainClass));
        command.add(mainClass.getName());
        command.addAll(List.of(args));
        return new ForkedJvm(new ProcessBuilder(command).redirectError(stderr.toFile()).start(), stderr);
    }

    /**
     * The next line of the child's output, or null when it ended; fails after {@code seconds}, quoting the
     * child's stderr.
     */
    public String nextLine(long seconds) throws InterruptedException {
        String line = lines.poll(seconds, TimeUnit.SECONDS);
        if (line == null) {
            throw new AssertionError("no line from the child within " + seconds + " s; its stderr: " + stderrTail());
        }
        return END.equals(line) ? null : line;
    }

    /** What follows {@code prefix} on the next line starting with it, skipping others; fails after {@code seconds}. */
    public String await(String prefix, long seconds) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (true) {
            String line = nextLine(Math.max(1, TimeUnit.NANOSECONDS.toSeconds(deadline - System.nanoTime())));
            if (line == null) {
                throw new AssertionError("the child ended before printing '" + prefix + "...'; its stderr: "
                        + stderrTail());
            }
            if (line.startsWith(prefix)) {
                return line.substring(prefix.length()).trim();
            }
            if (System.nanoTime() > deadline) {
                throw new AssertionError("no line '" + prefix + "...' from the child within " + seconds + " s");
            }
        }
    }

    /** Sends {@code line} to the child's stdin. */
    public void send(String line) {
        input.println(line);
    }

    /**
     * Kills the child at once (SIGKILL: no shutdown hook, no clean leave), waits for it to end, and answers its exit
     * value.
     */
    public int kill() throws InterruptedException {
        process.destroyForcibly();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            throw new AssertionError("the killed child did not exit within 30 s");
        }
        return process.exitValue();
    }

    /** The last 30 lines the child wrote to stderr. */
    public String stderrTail() {
        try {
            List<String> all = Files.readAllLines(stderr, StandardCharsets.UTF_8);
            return String.join("\n", all.subList(Math.max(0, all.size() - 30), all.size()));
        } catch (IOException e) {
            return "(unreadable: " + e + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
        reader.join(TimeUnit.SECONDS.toMillis(30));
    }

    /** Failsafe passes the parent pom's hazelcast.jvm.args; from an IDE, this JVM's own flags of that kind. */
    private static List<String> hazelcastJvmArgs() {
        String fromBuild = System.getProperty("astrocyte.hazelcast.jvm.args");
        if (fromBuild != null && !fromBuild.isBlank()) {
            return Arrays.asList(fromBuild.trim().split("\\s+"));
        }
        List<String> own = new ArrayList<>();
        for (String argument : ManagementFactory.getRuntimeMXBean().getInputArguments()) {
            if (argument.startsWith("--add-")) {
                own.add(argument);
            }
        }
        return own;
    }

    /**
     * The test class path. Surefire and Failsafe start the test JVM from a manifest-only jar but set
     * {@code java.class.path} to the real class path; {@code surefire.test.class.path} is the fallback.
     */
    private static String classPath(Class<?> mainClass) {
        String testClasses;
        try {
            testClasses = Path.of(mainClass.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        for (String property : List.of("java.class.path", "surefire.test.class.path")) {
            String classPath = System.getProperty(property, "");
            if (Arrays.asList(classPath.split(File.pathSeparator)).contains(testClasses)) {
                return classPath;
            }
        }
        throw new IllegalStateException("no class path property holds " + testClasses);
    }
}
