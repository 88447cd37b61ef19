package org.astrocyte.scenarios.cli;

import com.hazelcast.config.Config;
import com.hazelcast.core.HazelcastInstance;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.astrocyte.core.hazelcast.BindPolicy;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.scenarios.experiment.cluster.TrialHost;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code astrocyte member}: starts a Hazelcast cluster member and keeps it up until the process is stopped; it runs
 * the experiment trials that {@code astrocyte experiment --cluster} sends it. Loopback by default; another interface only with {@code --allow-network} (the Community Edition has no TLS and no
 * authentication).
 */
@Command(name = "member", description = "Start a cluster member and keep it up until stopped (Ctrl-C).")
final class MemberCommand implements Callable<Integer> {

    @Spec
    private CommandSpec spec;

    @Option(names = "--cluster-name", paramLabel = "NAME", description = "Cluster to join (default: astrocyte).")
    private String clusterName;

    @Option(names = "--bind", paramLabel = "ADDRESS", description = "Interface to listen on (default: 127.0.0.1).")
    private String bind;

    @Option(names = "--port", paramLabel = "PORT", description = "First port to try (default: 5701).")
    private Integer port;

    @Option(names = "--member", paramLabel = "HOST:PORT", description = "Another member to join; repeat it.")
    private List<String> members = new ArrayList<>();

    @Option(names = "--allow-network", description = "Allow an interface other than loopback: only on a trusted, "
            + "closed network.")
    private boolean allowNetwork;

    @Option(names = "--trial-threads", paramLabel = "N",
            description = "Experiment trials this member runs at a time (default: its cores; 0: none).")
    private Integer trialThreads;

    @Option(names = "--work", paramLabel = "DIR",
            description = "Folder for the outputs of the trials it runs (default: out/member).")
    private Path work = Path.of("out", "member");

    private final CountDownLatch stopped = new CountDownLatch(1);

    @Override
    public Integer call() throws InterruptedException {
        HazelcastSettings given = new HazelcastSettings(clusterName, bind, port, members, null);
        BindPolicy.check(given.bindAddress(), allowNetwork);
        // A member always joins over TCP-IP, listing itself when no other member is given, so that members
        // started later with --member can join it (Hazelcast refuses to mix joiners in one cluster).
        List<String> joinList = members.isEmpty() ? List.of(given.bindAddress() + ":" + given.port()) : members;
        HazelcastSettings settings = new HazelcastSettings(clusterName, bind, port, joinList, null);
        int threads = trialThreads != null ? trialThreads : Runtime.getRuntime().availableProcessors();
        if (threads < 0) {
            throw new IllegalArgumentException("--trial-threads must be 0 or more, got " + threads);
        }
        TrialHost host = new TrialHost(work);
        Config config = EmbeddedHazelcast.config(settings);
        config.getExecutorConfig(TrialHost.EXECUTOR).setPoolSize(Math.max(1, threads));
        config.getMemberAttributeConfig().setAttribute(TrialHost.THREADS_ATTRIBUTE, Integer.toString(threads));
        config.getUserContext().put(TrialHost.KEY, host);
        HazelcastInstance member = EmbeddedHazelcast.start(config);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            member.shutdown();
            host.close();
            stopped.countDown();
        }, "astrocyte-member-stop"));
        var out = spec.commandLine().getOut();
        out.printf("member %s of cluster '%s', running %d trials at a time into %s; members now: %s%n",
                member.getCluster().getLocalMember().getAddress(), settings.clusterName(), threads, work,
                member.getCluster().getMembers());
        out.flush();
        stopped.await();
        return 0;
    }
}
