package org.astrocyte.scenarios.bench;

import com.hazelcast.core.HazelcastInstance;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import org.astrocyte.agents.Agent;
import org.astrocyte.agents.planner.Observation;
import org.astrocyte.agents.planner.TracedTools;
import org.astrocyte.agents.provider.ChatModelFactory;
import org.astrocyte.agents.provider.PlannerSpec;
import org.astrocyte.core.bus.HazelcastEventBus;
import org.astrocyte.core.clock.SimulatedClock;
import org.astrocyte.core.event.EventEmitter;
import org.astrocyte.core.event.EventStamper;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.tools.body.BodyControl;
import org.astrocyte.tools.body.BodyTools;

/**
 * The planner's overhead: everything a planner turn costs but the model's own time (the AI Service, tool
 * specifications, tool execution and tracing, retries and key masking, events on the bus), per turn, with the
 * offline model, next to that model's own time measured inside the same turns.
 */
public final class PlannerBenchmark implements Benchmark {

    @Override
    public String name() {
        return "planner";
    }

    @Override
    public String description() {
        return "framework overhead per planner turn (AI Service, tools, tracing, retries, bus) with the offline "
                + "model, p50 and p99, against the model's own time";
    }

    @Override
    public List<Figure> run(BenchmarkOptions options, BenchmarkProgress progress) {
        int warmUp = options.quick() ? 2_000 : 5_000;
        int turns = options.quick() ? 5_000 : 20_000;
        HazelcastInstance member = EmbeddedHazelcast.start(HazelcastSettings.embedded("bench-planner-"
                + UUID.randomUUID()));
        try (HazelcastEventBus bus = new HazelcastEventBus(member, "bench-planner")) {
            EventEmitter events = new EventEmitter(bus, new EventStamper(new SimulatedClock()));
            TimedModel model = new TimedModel(ChatModelFactory.builtIn().create(PlannerSpec.offline()));
            TracedTools tools = new TracedTools("a1", events, new BodyTools(new StillBody()));
            Agent agent = new Agent("a1", "offline", model, tools, events);
            long[] overhead = new long[turns];
            long[] modelTime = new long[turns];
            progress.started("planner turns", warmUp + turns);
            for (int i = 0; i < warmUp + turns; i++) {
                Observation observation = new Observation("a1", i * 2.0, 1 + i % 9, 1 + i % 7, 45, 12, 10, null,
                        List.of(), 0, 0, 0, 0, List.of());
                model.nanos = 0;
                long start = System.nanoTime();
                agent.think(observation);
                long total = System.nanoTime() - start;
                if (i >= warmUp) {
                    modelTime[i - warmUp] = model.nanos;
                    overhead[i - warmUp] = total - model.nanos;
                }
                if (i % 500 == 0) {
                    progress.advanced(i);
                }
            }
            progress.finished();
            Arrays.sort(overhead);
            Arrays.sort(modelTime);
            return List.of(
                    Figure.against("planner_overhead_p50_us", percentile(overhead, 0.5), "us", "offline model's own "
                            + "time", percentile(modelTime, 0.5)),
                    Figure.against("planner_overhead_p99_us", percentile(overhead, 0.99), "us", "offline model's own "
                            + "time", percentile(modelTime, 0.99)));
        } finally {
            member.shutdown();
        }
    }

    private static double percentile(long[] sortedNanos, double p) {
        return Percentiles.nearestRank(sortedNanos, p) / 1e3;
    }

    /** The model, timing its own share of each turn (a turn may call it several times). */
    private static final class TimedModel implements ChatModel {
        private final ChatModel delegate;
        long nanos;

        TimedModel(ChatModel delegate) {
            this.delegate = delegate;
        }

        @Override
        public ChatResponse chat(ChatRequest request) {
            long start = System.nanoTime();
            try {
                return delegate.chat(request);
            } finally {
                nanos += System.nanoTime() - start;
            }
        }
    }

    /** A body that stays put in a 12 x 10 m arena. */
    private static final class StillBody implements BodyControl {

        @Override
        public double headingDeg() {
            return 0;
        }

        @Override
        public void stop() {
        }

        @Override
        public double x() {
            return 1;
        }

        @Override
        public double y() {
            return 1;
        }

        @Override
        public double arenaWidth() {
            return 12;
        }

        @Override
        public double arenaHeight() {
            return 10;
        }

        @Override
        public void setGoal(double x, double y) {
        }
    }
}
