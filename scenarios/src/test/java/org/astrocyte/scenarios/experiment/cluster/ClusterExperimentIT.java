package org.astrocyte.scenarios.experiment.cluster;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.LifecycleEvent.LifecycleState;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.astrocyte.agents.provider.ChatModelFactory;
import org.astrocyte.core.hazelcast.ClusterClient;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.scenarios.bench.LoopbackCluster;
import org.astrocyte.scenarios.experiment.Experiment;
import org.astrocyte.scenarios.experiment.ExperimentProgress;
import org.astrocyte.scenarios.experiment.ExperimentRunner;
import org.astrocyte.scenarios.experiment.ResultsLog;
import org.astrocyte.scenarios.experiment.TrialOutcome;
import org.astrocyte.scenarios.run.ScenarioRunner;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three member JVMs on loopback run an experiment's trials. The client that submitted them quits after three results
 * and a second one resumes; the member that second client talks through is killed while it runs a trial. Every
 * trial must still be in the results exactly once, with the same figures as a local run of the same plan.
 */
class ClusterExperimentIT {

    private static final Duration RECONNECT_FOR = Duration.ofSeconds(60);

    @Test
    void everyTrialCompletesExactlyOnceThoughItsClientRestartsAndAMemberIsKilled(@TempDir Path dir) throws Exception {
        Experiment experiment = Experiment.plan(experimentFile(dir), null, null);
        Path out = dir.resolve("cluster-results");
        String clusterName = "astrocyte-it-" + UUID.randomUUID();
        Set<String> rerunAfterKill = ConcurrentHashMap.newKeySet();
        List<LifecycleState> secondClientStates = Collections.synchronizedList(new ArrayList<>());
        List<TrialOutcome> outcomes;
        try (LoopbackCluster members = LoopbackCluster.start(3, 2, clusterName, dir.resolve("work"))) {
            HazelcastInstance first = ClusterClient.connect(clusterName, members.addresses(), false, RECONNECT_FOR);
            assertThrows(IllegalStateException.class, () -> experiment.runOnCluster(first, out, false,
                    afterResults(3, first::shutdown)), "the first client leaves after three results");
            int resultsBeforeResume = ResultsLog.read(out).size();

            HazelcastInstance second = ClusterClient.connect(clusterName, members.addressesStartingWith(0), true,
                    RECONNECT_FOR);
            second.getLifecycleService().addLifecycleListener(e -> secondClientStates.add(e.getState()));
            String victimAddress = members.addresses().get(0);
            ExperimentProgress killer = new ExperimentProgress() {
                @Override
                public void trialFinished(TrialOutcome outcome) {
                    if (!rerunAfterKill.isEmpty()) {
                        return;
                    }
                    Set<String> claimed = claimsOf(second, out, victimAddress);
                    if (!claimed.isEmpty()) {
                        rerunAfterKill.addAll(claimed);
                        members.kill(0);
                    }
                }
            };
            outcomes = experiment.runOnCluster(second, out, true, killer);
            second.shutdown();
            assertTrue(resultsBeforeResume >= 3 && resultsBeforeResume < experiment.trials().size(),
                    "the first client left part-way: " + resultsBeforeResume + " results");
        }

        assertFalse(rerunAfterKill.isEmpty(), "the killed member was running a trial");
        assertTrue(secondClientStates.indexOf(LifecycleState.CLIENT_DISCONNECTED) >= 0
                && secondClientStates.lastIndexOf(LifecycleState.CLIENT_CONNECTED)
                > secondClientStates.indexOf(LifecycleState.CLIENT_DISCONNECTED),
                "the second client lost its member and reconnected: " + secondClientStates);
        List<TrialOutcome> logged = ResultsLog.read(out);
        assertEquals(experiment.trials().size(), logged.size(), "one line per trial in results.jsonl");
        assertEquals(experiment.trials().size(), logged.stream().map(TrialOutcome::id).distinct().count(),
                "no trial twice");
        assertTrue(outcomes.stream().allMatch(TrialOutcome::ok), "every trial succeeded");
        Map<String, TrialOutcome> byId = outcomes.stream().collect(Collectors.toMap(TrialOutcome::id,
                Function.identity()));
        rerunAfterKill.forEach(id -> assertTrue(byId.get(id).ok(), id + " ran again elsewhere"));

        Map<String, TrialOutcome> local = localRun(experiment, dir.resolve("local-results"));
        for (TrialOutcome outcome : outcomes) {
            assertEquals(local.get(outcome.id()).metrics(), outcome.metrics(), outcome.id() + " as run locally");
        }
    }

    /** The trials of the run in {@code out} that the member at {@code address} is running now. */
    private static Set<String> claimsOf(HazelcastInstance client, Path out, String address) {
        try {
            UUID victim = client.getCluster().getMembers().stream()
                    .filter(m -> (m.getAddress().getHost() + ":" + m.getAddress().getPort()).equals(address))
                    .findFirst().orElseThrow().getUuid();
            Map<String, String> running = client.getMap(ClusterRun.in(out).runningMap());
            return running.entrySet().stream().filter(e -> e.getValue().equals(victim.toString()))
                    .map(Map.Entry::getKey).collect(Collectors.toSet());
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static ExperimentProgress afterResults(int count, Runnable action) {
        return new ExperimentProgress() {
            private int finished;

            @Override
            public void trialFinished(TrialOutcome outcome) {
                if (++finished == count) {
                    action.run();
                }
            }
        };
    }

    private static Map<String, TrialOutcome> localRun(Experiment experiment, Path out) throws Exception {
        HazelcastInstance member = EmbeddedHazelcast.start(HazelcastSettings.embedded("astrocyte-it-local-"
                + UUID.randomUUID()));
        try {
            return new ExperimentRunner(new ScenarioRunner(member, ChatModelFactory.builtIn()), 2)
                    .run("local", experiment.trials(), out, false, ExperimentProgress.NONE).stream()
                    .collect(Collectors.toMap(TrialOutcome::id, Function.identity()));
        } finally {
            member.shutdown();
        }
    }

    /** Two brains in the foraging arena, nine seeds, ten simulated seconds each: 18 short trials. */
    private static Path experimentFile(Path dir) throws Exception {
        Path scenario = Path.of("../examples/foraging.yaml").toAbsolutePath().normalize();
        return Files.writeString(dir.resolve("cluster-it.yaml"), String.join("\n",
                "name: cluster-it",
                "scenario: " + scenario,
                "duration: 10",
                "seeds: 9",
                "conditions:",
                "  planner-only:",
                "    agents[0].reflex: none",
                "  planner+reflex: {}",
                "metrics: [collisions, food_collected]",
                ""));
    }
}
