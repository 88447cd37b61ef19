package org.astrocyte.scenarios.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What is read about the machine beyond the JDK's properties. */
class MachineProbeTest {

    @Test
    void should_read_the_first_model_name_of_cpuinfo(@TempDir Path dir) throws IOException {
        // given
        Path cpuInfo = dir.resolve("cpuinfo");
        Files.writeString(cpuInfo, "processor\t: 0\nvendor_id\t: GenuineIntel\nmodel name\t: Intel(R) Xeon(R) CPU "
                + "@ 2.20GHz\nflags\t\t: fpu\n\nprocessor\t: 1\nmodel name\t: another\n");
        // when / then
        assertEquals("Intel(R) Xeon(R) CPU @ 2.20GHz", MachineProbe.cpuModel(cpuInfo));
    }

    @Test
    void should_call_the_model_unknown_without_cpuinfo_or_model_name(@TempDir Path dir) throws IOException {
        // given
        Path armInfo = Files.writeString(dir.resolve("cpuinfo"), "processor\t: 0\nBogoMIPS\t: 48.00\n");
        // when / then
        assertEquals("unknown", MachineProbe.cpuModel(dir.resolve("missing")));
        assertEquals("unknown", MachineProbe.cpuModel(armInfo));
    }

    @Test
    void should_give_a_full_commit_hash_or_none() {
        // when
        String commit = MachineProbe.gitCommit();
        // then
        assertTrue(commit == null || commit.matches("[0-9a-f]{40}([0-9a-f]{24})?"), commit);
    }

    @Test
    void should_stamp_the_run_in_utc_to_the_second() {
        // when
        MachineInfo machine = MachineInfo.probe(Instant.parse("2026-03-04T05:06:07.891Z"));
        // then
        assertEquals("2026-03-04T05:06:07Z", machine.time());
        assertEquals(Runtime.getRuntime().availableProcessors(), machine.cores());
    }
}
