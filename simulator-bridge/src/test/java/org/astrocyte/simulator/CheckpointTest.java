package org.astrocyte.simulator;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.simulator.monitor.Spike;
import org.astrocyte.simulator.monitor.SpikeMonitor;
import org.astrocyte.simulator.networks.VogelsAbbott;
import org.astrocyte.simulator.spec.Connectivity;
import org.astrocyte.simulator.spec.CubaLif;
import org.astrocyte.simulator.spec.NetworkSpec;
import org.astrocyte.simulator.spec.ProjectionSpec;
import org.astrocyte.simulator.spec.RewardStdp;
import org.astrocyte.simulator.spec.Stdp;
import org.astrocyte.simulator.spec.ValueSpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Stopping and resuming: a run split by a checkpoint into a fresh session (another "process" with another thread
 * count) gives the same spikes and weights as one uninterrupted run; wrong or damaged checkpoints are refused.
 */
class CheckpointTest {

    @TempDir
    Path dir;

    @Test
    void should_continue_from_a_checkpoint_exactly_as_an_uninterrupted_run() throws IOException {
        // given a network with Poisson input, delays, a changed rate and current, and both STDP rules
        NetworkSpec spec = plasticNetwork();
        List<Spike> uninterrupted;
        double[] weightsUninterrupted;
        try (SimulatorSession session = SimulatorSession.builder(spec).seed(4).threads(2).open()) {
            SpikeMonitor monitor = session.monitor("a");
            firstHalf(session);
            monitor.clear();
            secondHalf(session);
            uninterrupted = monitor.spikes();
            weightsUninterrupted = session.weights(1).weight();
        }
        // when the same run stops at the middle and resumes in a new session on one thread
        Path file = dir.resolve("run.ckpt");
        try (SimulatorSession session = SimulatorSession.builder(spec).seed(4).threads(2).open()) {
            firstHalf(session);
            session.checkpoint(file);
        }
        try (SimulatorSession resumed = SimulatorSession.builder(spec).seed(4).threads(1).resumeFrom(file).open()) {
            SpikeMonitor monitor = resumed.monitor("a");
            assertEquals(200.0, resumed.timeMs(), 1e-9);
            secondHalf(resumed);
            // then
            assertTrue(uninterrupted.size() > 200, "spikes: " + uninterrupted.size());
            assertEquals(uninterrupted, monitor.spikes());
            assertArrayEquals(weightsUninterrupted, resumed.weights(1).weight());
        }
        assertFalse(Files.exists(dir.resolve("run.ckpt.partial")), "the partial file must be moved into place");
    }

    @Test
    void should_continue_the_cuba_network_from_a_checkpoint() throws IOException {
        NetworkSpec cuba = VogelsAbbott.cuba(4000);
        List<Spike> expected;
        try (SimulatorSession session = SimulatorSession.open(cuba, 2)) {
            session.run(100);
            SpikeMonitor monitor = session.monitor("exc");
            session.run(100);
            expected = monitor.spikes();
        }
        Path file = dir.resolve("cuba.ckpt");
        try (SimulatorSession session = SimulatorSession.builder(cuba).seed(2).threads(2).open()) {
            session.run(100);
            session.checkpoint(file);
        }
        try (SimulatorSession session = SimulatorSession.builder(cuba).seed(2).resumeFrom(file).open()) {
            SpikeMonitor monitor = session.monitor("exc");
            session.run(100);
            assertEquals(expected, monitor.spikes());
        }
    }

    @Test
    void should_refuse_a_checkpoint_of_another_seed() throws IOException {
        Path file = dir.resolve("seed4.ckpt");
        try (SimulatorSession session = SimulatorSession.open(plasticNetwork(), 4)) {
            session.run(10);
            session.checkpoint(file);
        }
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> SimulatorSession.builder(plasticNetwork()).seed(5).resumeFrom(file).open());
        assertTrue(e.getMessage().contains("was written for network 'checkpointed' with a different spec or seed"),
                e.getMessage());
    }

    @Test
    void should_refuse_a_truncated_or_damaged_checkpoint() throws IOException {
        Path file = dir.resolve("run.ckpt");
        try (SimulatorSession session = SimulatorSession.open(plasticNetwork(), 4)) {
            session.run(10);
            session.checkpoint(file);
        }
        byte[] bytes = Files.readAllBytes(file);
        Path truncated = dir.resolve("truncated.ckpt");
        Files.write(truncated, java.util.Arrays.copyOf(bytes, bytes.length / 2));
        Path damaged = dir.resolve("damaged.ckpt");
        bytes[bytes.length / 2] ^= 0x40;
        Files.write(damaged, bytes);
        Path notOne = dir.resolve("other.ckpt");
        Files.writeString(notOne, "hello");

        assertEquals(truncated + " ends early: the checkpoint is incomplete", resumeError(truncated));
        assertEquals(damaged + " is damaged (checksum mismatch)", resumeError(damaged));
        assertTrue(resumeError(notOne).contains("is not an Astrocyte simulator checkpoint"), resumeError(notOne));
        assertEquals(dir.resolve("none.ckpt") + ": no such checkpoint", resumeError(dir.resolve("none.ckpt")));
    }

    private String resumeError(Path file) {
        return assertThrows(UncheckedIOException.class,
                () -> SimulatorSession.builder(plasticNetwork()).seed(4).resumeFrom(file).open()).getMessage();
    }

    private static void firstHalf(SimulatorSession session) {
        session.run(100);
        session.setRate("noise", 3, 80);
        session.setCurrent("a", 7, 300);
        session.reward("dopamine", 0.8);
        session.run(100);
    }

    private static void secondHalf(SimulatorSession session) {
        session.run(100);
        session.reward("dopamine", -0.5);
        session.run(100);
    }

    private static NetworkSpec plasticNetwork() {
        CubaLif lif = new CubaLif(250, 20, -65, -65, -50, 2, 5, 10);
        Stdp window = new Stdp(20, 20, 2, 2.1, 0, 120, Stdp.Bounds.ADDITIVE);
        return NetworkSpec.builder("checkpointed")
                .population("a", 300, lif)
                .population("b", 50, lif)
                .poisson("noise", 100, 20)
                .projection(new ProjectionSpec("noise", "a", Connectivity.fixedInDegree(30), ValueSpec.uniform(40, 120),
                        ValueSpec.uniform(0.5, 3), new Stdp(15, 30, 1, 1.1, 0, 150, Stdp.Bounds.MULTIPLICATIVE)))
                .projection(new ProjectionSpec("a", "b", Connectivity.fixedProbability(0.1), ValueSpec.uniform(10, 60),
                        ValueSpec.constant(1), new RewardStdp(window, 200, 50, 20, "dopamine")))
                .projection(new ProjectionSpec("a", "a", Connectivity.fixedProbability(0.05), ValueSpec.uniform(0, 50),
                        ValueSpec.uniform(1, 4), null))
                .projection(new ProjectionSpec("b", "a", Connectivity.fixedProbability(0.1), -80, 0.8))
                .build();
    }
}
