package org.astrocyte.scenarios.experiment.cluster;

import com.hazelcast.cluster.Member;
import com.hazelcast.cluster.MembershipEvent;
import com.hazelcast.cluster.MembershipListener;
import com.hazelcast.core.ExecutionCallback;
import com.hazelcast.core.HazelcastException;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.IExecutorService;
import com.hazelcast.map.IMap;
import com.hazelcast.map.listener.EntryAddedListener;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.astrocyte.scenarios.experiment.ExperimentProgress;
import org.astrocyte.scenarios.experiment.PriorResults;
import org.astrocyte.scenarios.experiment.ResultsLog;
import org.astrocyte.scenarios.experiment.Trial;
import org.astrocyte.scenarios.experiment.TrialOutcome;

/**
 * Runs an experiment's trials on the members of a cluster, through a client. Each member gets at most as many
 * trials at a time as it runs at once (its {@value TrialHost#THREADS_ATTRIBUTE} attribute). Every outcome lands in
 * the run's distributed results map (written by the member, exactly once per trial) and in the local
 * {@code results.jsonl}, each trial once.
 *
 * <p>Faults: a trial whose member leaves before its outcome is stored is submitted again to another member; a
 * client that loses the cluster holds on, reconnects, and catches up from the results map; a new client started with
 * {@code --resume} on the same folder finds the same maps through {@link ClusterRun}, takes the outcomes stored
 * meanwhile and waits for the trials that still run on live members instead of starting them again.
 */
public final class ClusterExperimentRunner {

    /** How often one trial may be submitted before it counts as failed (its members kept dying). */
    static final int MAX_SUBMISSIONS = 5;

    private final HazelcastInstance client;
    private final boolean keepTraces;

    /** Runs trials on the cluster that {@code client} is connected to; the members keep their traces or not. */
    public ClusterExperimentRunner(HazelcastInstance client, boolean keepTraces) {
        this.client = client;
        this.keepTraces = keepTraces;
    }

    /**
     * Runs {@code trials} of {@code experiment} on the cluster, writing their outcomes into {@code outputDir}, and
     * returns every outcome, earlier ones included, in plan order. The trials' own outputs (traces) stay on the
     * members, in their work folders.
     *
     * @throws IllegalStateException if {@code outputDir} holds results and {@code resume} is false, if it holds
     *                               another experiment's trials, or if the client loses the cluster for good
     */
    public List<TrialOutcome> run(String experiment, List<Trial> trials, Path outputDir, boolean resume,
            ExperimentProgress progress) throws IOException, InterruptedException {
        Files.createDirectories(outputDir);
        Map<String, TrialOutcome> done = PriorResults.load(outputDir, trials, resume);
        if (!resume) {
            Files.deleteIfExists(outputDir.resolve(ClusterRun.FILE));
        }
        ClusterRun run = ClusterRun.in(outputDir);
        progress.started(experiment, trials.size(), done.size());
        try (ResultsLog log = ResultsLog.open(outputDir)) {
            Session session = new Session(run, trials, done, log, progress);
            session.runToEnd();
            progress.finished();
            return trials.stream().map(t -> session.outcomes.get(t.id())).toList();
        }
    }

    /** One client's pass over the trials not yet done; every decision is made on the calling thread. */
    private final class Session {

        private final ClusterRun run;
        private final ResultsLog log;
        private final ExperimentProgress progress;
        private final IMap<String, String> results;
        private final IMap<String, String> running;
        private final IExecutorService executor;
        private final Map<String, Trial> pending = new LinkedHashMap<>();
        private final Map<String, TrialOutcome> outcomes = new HashMap<>();
        private final Set<String> inFlight = new HashSet<>();
        private final Map<UUID, Integer> load = new HashMap<>();
        private final Map<String, Integer> submissions = new HashMap<>();
        private final Map<String, String> lastFailure = new HashMap<>();
        private final BlockingQueue<Completion> completions = new LinkedBlockingQueue<>();

        Session(ClusterRun run, List<Trial> trials, Map<String, TrialOutcome> done, ResultsLog log,
                ExperimentProgress progress) {
            this.run = run;
            this.log = log;
            this.progress = progress;
            this.results = client.getMap(run.resultsMap());
            this.running = client.getMap(run.runningMap());
            this.executor = client.getExecutorService(TrialHost.EXECUTOR);
            outcomes.putAll(done);
            trials.stream().filter(t -> !done.containsKey(t.id())).forEach(t -> pending.put(t.id(), t));
        }

        void runToEnd() throws IOException, InterruptedException {
            // A failed outcome stored by an earlier pass runs again, as a resumed local experiment reruns it.
            results.getAll(pending.keySet()).forEach((id, json) -> {
                if (!TrialCodec.readOutcome(json).ok()) {
                    results.remove(id, json);
                }
            });
            UUID resultsListener = results.addEntryListener((EntryAddedListener<String, String>) e -> wake(), false);
            UUID membershipListener = client.getCluster().addMembershipListener(new MembershipListener() {
                @Override
                public void memberAdded(MembershipEvent event) {
                    wake();
                }

                @Override
                public void memberRemoved(MembershipEvent event) {
                    wake();
                }
            });
            try {
                while (!pending.isEmpty()) {
                    step();
                    // Waits for an answer, a stored result, a member coming or going; looks again each second anyway.
                    Completion completion = pending.isEmpty() ? null : completions.poll(1, TimeUnit.SECONDS);
                    if (completion != null) {
                        take(completion);
                    }
                }
                results.destroy();
                running.destroy();
            } finally {
                if (client.getLifecycleService().isRunning()) {
                    results.removeEntryListener(resultsListener);
                    client.getCluster().removeMembershipListener(membershipListener);
                }
            }
        }

        /** Takes what finished, then submits what nobody runs; a lost connection only delays it. */
        private void step() throws IOException {
            if (!client.getLifecycleService().isRunning()) {
                throw new IllegalStateException("lost the cluster with " + pending.size() + " trials to go: start "
                        + "the members again and finish with --resume");
            }
            try {
                for (Completion c = completions.poll(); c != null; c = completions.poll()) {
                    take(c);
                }
                for (Map.Entry<String, String> stored : results.getAll(pending.keySet()).entrySet()) {
                    record(stored.getKey(), stored.getValue());
                }
                if (pending.isEmpty()) {
                    return;
                }
                Map<UUID, Member> members = client.getCluster().getMembers().stream()
                        .collect(Collectors.toMap(Member::getUuid, m -> m));
                load.keySet().retainAll(members.keySet());
                Map<String, String> claims = running.getAll(pending.keySet());
                Set<String> runningNow = claims.entrySet().stream()
                        .filter(e -> members.containsKey(UUID.fromString(e.getValue())))
                        .map(Map.Entry::getKey).collect(Collectors.toSet());
                progress.clusterState(runningNow.size(), members.size());
                if (members.values().stream().mapToInt(ClusterExperimentRunner::capacity).sum() == 0) {
                    throw new IllegalStateException("no member of the cluster runs trials (members " + members.values()
                            + "): start them with 'astrocyte member'");
                }
                for (Trial trial : new ArrayList<>(pending.values())) {
                    if (inFlight.contains(trial.id()) || runningNow.contains(trial.id())) {
                        continue;
                    }
                    Member member = leastLoaded(members.values());
                    if (member == null) {
                        return;
                    }
                    submit(trial, member);
                }
            } catch (HazelcastException e) {
                // The client is reconnecting, or a member left mid-call: the next step tries again.
                return;
            }
        }

        private void take(Completion completion) throws IOException {
            if (completion == Completion.WAKE) {
                return;
            }
            if (inFlight.remove(completion.trialId())) {
                load.computeIfPresent(completion.member(), (m, n) -> n - 1);
            }
            if (completion.json() != null) {
                record(completion.trialId(), completion.json());
            } else {
                lastFailure.put(completion.trialId(), completion.failure());
            }
        }

        private Member leastLoaded(Iterable<Member> members) {
            Member best = null;
            int bestFree = 0;
            for (Member member : members) {
                int free = capacity(member) - load.getOrDefault(member.getUuid(), 0);
                if (free > bestFree) {
                    best = member;
                    bestFree = free;
                }
            }
            return best;
        }

        private void submit(Trial trial, Member member) throws IOException {
            int count = submissions.merge(trial.id(), 1, Integer::sum);
            if (count > MAX_SUBMISSIONS) {
                TrialOutcome lost = new TrialOutcome(trial.index(), trial.id(), trial.condition(), trial.parameters(),
                        trial.seed(), trial.repetition(), false, MAX_SUBMISSIONS, Map.of(), "submitted "
                        + MAX_SUBMISSIONS + " times and lost each time; last: " + lastFailure.get(trial.id()), 0);
                String json = TrialCodec.write(lost);
                String earlier = results.putIfAbsent(trial.id(), json);
                record(trial.id(), earlier != null ? earlier : json);
                return;
            }
            String id = trial.id();
            UUID target = member.getUuid();
            inFlight.add(id);
            load.merge(target, 1, Integer::sum);
            executor.submitToMember(new TrialTask(run, id, TrialCodec.write(trial), keepTraces), member,
                    new ExecutionCallback<String>() {
                        @Override
                        public void onResponse(String json) {
                            completions.add(new Completion(id, target, json, null));
                        }

                        @Override
                        public void onFailure(Throwable t) {
                            completions.add(new Completion(id, target, null, t.toString()));
                        }
                    });
        }

        private void record(String trialId, String json) throws IOException {
            if (pending.remove(trialId) == null) {
                return;
            }
            TrialOutcome outcome = TrialCodec.readOutcome(json);
            log.append(outcome);
            outcomes.put(trialId, outcome);
            progress.trialFinished(outcome);
        }

        private void wake() {
            completions.add(Completion.WAKE);
        }
    }

    private static int capacity(Member member) {
        String threads = member.getAttribute(TrialHost.THREADS_ATTRIBUTE);
        if (threads == null) {
            return 0;
        }
        try {
            return Math.max(0, Integer.parseInt(threads));
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    /** A submitted trial's answer, or a nudge to look again ({@link #WAKE}). */
    private record Completion(String trialId, UUID member, String json, String failure) {
        static final Completion WAKE = new Completion(null, null, null, null);
    }
}
