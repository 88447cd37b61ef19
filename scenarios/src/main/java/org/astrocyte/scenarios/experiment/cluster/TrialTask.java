package org.astrocyte.scenarios.experiment.cluster;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.core.HazelcastInstanceAware;
import com.hazelcast.map.IMap;
import java.io.Serializable;
import java.util.concurrent.Callable;
import org.astrocyte.scenarios.experiment.Trial;
import org.astrocyte.scenarios.experiment.TrialOutcome;

/**
 * One trial sent to a cluster member. It runs there on the member's {@link TrialHost} and stores its outcome in the
 * run's results map with {@code putIfAbsent} before returning it, so that a trial run twice (its first member died,
 * or its submitter lost track of it) still has exactly one result. While it runs, the run's running map names its
 * member. Returns the outcome as JSON.
 */
final class TrialTask implements Callable<String>, Serializable, HazelcastInstanceAware {

    private static final long serialVersionUID = 1L;

    private final String runId;
    private final String trialId;
    private final String trialJson;
    private final boolean keepTrace;
    private transient HazelcastInstance member;

    TrialTask(ClusterRun run, String trialId, String trialJson, boolean keepTrace) {
        this.runId = run.id();
        this.trialId = trialId;
        this.trialJson = trialJson;
        this.keepTrace = keepTrace;
    }

    @Override
    public void setHazelcastInstance(HazelcastInstance hazelcastInstance) {
        this.member = hazelcastInstance;
    }

    @Override
    public String call() {
        ClusterRun run = new ClusterRun(runId);
        IMap<String, String> results = member.getMap(run.resultsMap());
        String earlier = results.get(trialId);
        if (earlier != null) {
            return earlier;
        }
        Object host = member.getUserContext().get(TrialHost.KEY);
        if (!(host instanceof TrialHost trialHost)) {
            throw new IllegalStateException("member " + member.getCluster().getLocalMember().getAddress()
                    + " cannot run trials: start members with 'astrocyte member'");
        }
        IMap<String, String> running = member.getMap(run.runningMap());
        String me = member.getCluster().getLocalMember().getUuid().toString();
        Trial trial = TrialCodec.readTrial(trialJson);
        running.put(trialId, me);
        TrialOutcome outcome = trialHost.run(run, trial, keepTrace);
        String json = TrialCodec.write(outcome);
        earlier = results.putIfAbsent(trialId, json);
        running.remove(trialId, me);
        return earlier != null ? earlier : json;
    }
}
