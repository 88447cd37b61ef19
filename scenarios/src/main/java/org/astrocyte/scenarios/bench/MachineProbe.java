package org.astrocyte.scenarios.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/** What the JDK does not tell about the machine: the CPU's model and the Git commit being measured. */
final class MachineProbe {

    /** Where Linux describes its processors. */
    static final Path CPU_INFO = Path.of("/proc/cpuinfo");

    static final String UNKNOWN = "unknown";

    private static final Pattern COMMIT = Pattern.compile("[0-9a-f]{40}([0-9a-f]{24})?");

    /** Git is asked with a bound, so that a hung credential helper or file system cannot stall a benchmark. */
    private static final long GIT_TIMEOUT_SECONDS = 5;

    private MachineProbe() {
    }

    /** The first {@code model name} of a {@code /proc/cpuinfo}-style file; {@link #UNKNOWN} if there is none. */
    static String cpuModel(Path cpuInfo) {
        try {
            List<String> lines = Files.readAllLines(cpuInfo, StandardCharsets.UTF_8);
            for (String line : lines) {
                int colon = line.indexOf(':');
                if (colon > 0 && line.substring(0, colon).strip().equals("model name")) {
                    String model = line.substring(colon + 1).strip();
                    return model.isEmpty() ? UNKNOWN : model;
                }
            }
        } catch (IOException | SecurityException e) {
            // Not Linux, or not readable: the model stays unknown.
        }
        return UNKNOWN;
    }

    /** {@code git rev-parse HEAD} in the working directory; null if Git is missing, fails or is not in a repository. */
    static String gitCommit() {
        try {
            Process git = new ProcessBuilder("git", "rev-parse", "HEAD")
                    .redirectError(ProcessBuilder.Redirect.DISCARD)
                    .start();
            git.getOutputStream().close();
            // A commit is far smaller than a pipe's buffer: Git can finish before its output is read.
            if (!git.waitFor(GIT_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                git.destroyForcibly();
                return null;
            }
            String output;
            try (InputStream out = git.getInputStream()) {
                output = new String(out.readNBytes(256), StandardCharsets.UTF_8).strip();
            }
            return git.exitValue() == 0 && COMMIT.matcher(output).matches() ? output : null;
        } catch (IOException e) {
            return null;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return null;
        }
    }
}
