package org.astrocyte.scenarios.experiment.cluster;

import com.hazelcast.core.HazelcastInstance;
import java.nio.file.Path;
import java.util.UUID;
import org.astrocyte.agents.provider.ChatModelFactory;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.scenarios.experiment.Trial;
import org.astrocyte.scenarios.experiment.TrialExecutor;
import org.astrocyte.scenarios.experiment.TrialOutcome;
import org.astrocyte.scenarios.run.ScenarioRunner;

/**
 * What a cluster member needs to run trials: a private, lone Hazelcast member for the runs' own buses and memories
 * (so that a trial's thousands of events never cross the network) and a work folder for their outputs. A member
 * keeps it in its user context under {@link #KEY}, where {@link TrialTask} finds it. Thread-safe.
 */
public final class TrialHost implements AutoCloseable {

    /** The key of the host in a member's user context. */
    public static final String KEY = "astrocyte.trial-host";
    /** The executor that runs trials on the members. */
    public static final String EXECUTOR = "astrocyte.trials";
    /** The member attribute that says how many trials the member runs at a time. */
    public static final String THREADS_ATTRIBUTE = "astrocyte.trial-threads";

    private final Path workDir;
    private HazelcastInstance local;
    private ScenarioRunner runner;

    /** A host writing trial outputs under {@code workDir}; its private member starts with the first trial. */
    public TrialHost(Path workDir) {
        this.workDir = workDir;
    }

    /**
     * Runs {@code trial} of {@code run} (retried once if it throws) into the work folder, keeping its trace or not;
     * never throws.
     */
    public TrialOutcome run(ClusterRun run, Trial trial, boolean keepTrace) {
        return new TrialExecutor(runner(), keepTrace).attempt(trial, workDir.resolve(run.folder()));
    }

    private synchronized ScenarioRunner runner() {
        if (runner == null) {
            local = EmbeddedHazelcast.start(HazelcastSettings.embedded("astrocyte-trials-" + UUID.randomUUID()));
            runner = new ScenarioRunner(local, ChatModelFactory.builtIn());
        }
        return runner;
    }

    @Override
    public synchronized void close() {
        if (local != null) {
            local.shutdown();
        }
    }
}
