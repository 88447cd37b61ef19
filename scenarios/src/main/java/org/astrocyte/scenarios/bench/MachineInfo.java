package org.astrocyte.scenarios.bench;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

/**
 * The machine and build a benchmark ran on, so that figures from different runs can be told apart. Written to JSON
 * with snake_case keys.
 *
 * @param cores        processors available to the JVM
 * @param maxHeapBytes the most heap the JVM will use, bytes
 * @param jvmVendor    e.g. {@code Eclipse Adoptium}
 * @param jvmVersion   e.g. {@code 17.0.15+6}
 * @param osName       e.g. {@code Linux}
 * @param osArch       e.g. {@code amd64}
 * @param cpuModel     the processor's model name, {@code unknown} where the system does not say
 * @param gitCommit    the commit checked out in the working directory; null outside a Git work tree
 * @param time         when the run started, ISO-8601 in UTC, to the second
 */
public record MachineInfo(
        int cores,
        @JsonProperty("max_heap_bytes") long maxHeapBytes,
        @JsonProperty("jvm_vendor") String jvmVendor,
        @JsonProperty("jvm_version") String jvmVersion,
        @JsonProperty("os_name") String osName,
        @JsonProperty("os_arch") String osArch,
        @JsonProperty("cpu_model") String cpuModel,
        @JsonProperty("git_commit") String gitCommit,
        String time) {

    /** This JVM and machine, for a run started at {@code start}. */
    public static MachineInfo probe(Instant start) {
        Runtime runtime = Runtime.getRuntime();
        return new MachineInfo(runtime.availableProcessors(), runtime.maxMemory(),
                System.getProperty("java.vendor"), Runtime.version().toString(),
                System.getProperty("os.name"), System.getProperty("os.arch"),
                MachineProbe.cpuModel(MachineProbe.CPU_INFO), MachineProbe.gitCommit(),
                start.truncatedTo(ChronoUnit.SECONDS).toString());
    }
}
