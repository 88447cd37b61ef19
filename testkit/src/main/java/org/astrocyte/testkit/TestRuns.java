package org.astrocyte.testkit;

import com.hazelcast.core.HazelcastInstance;
import dev.langchain4j.model.chat.ChatModel;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.astrocyte.agents.provider.ChatModelFactory;
import org.astrocyte.agents.provider.ChatModelProvider;
import org.astrocyte.agents.provider.PlannerSpec;
import org.astrocyte.core.config.YamlConfigReader;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.astrocyte.core.hazelcast.HazelcastSettings;
import org.astrocyte.scenarios.run.RunProgress;
import org.astrocyte.scenarios.run.RunSummary;
import org.astrocyte.scenarios.run.ScenarioRunner;
import org.astrocyte.scenarios.spec.ScenarioSpec;

/**
 * Runs scenarios in a test, on an embedded member of its own, with chosen agents planning through models the test
 * gives (a {@link ScriptedChatModel}, a replay, any {@link ChatModel}); the other agents keep their own planners.
 */
public final class TestRuns implements AutoCloseable {

    private static final String PROVIDER = "test";

    private final HazelcastInstance hazelcast = EmbeddedHazelcast.start(HazelcastSettings.embedded("testkit-"
            + UUID.randomUUID()));

    /** The outcome of a run: its summary and its trace. */
    public record Outcome(RunSummary summary, Trace trace) {
    }

    /** Reads the scenario in {@code file}. */
    public static ScenarioSpec scenario(Path file) {
        return new YamlConfigReader().read(file, ScenarioSpec.class);
    }

    /**
     * Runs {@code scenario} into {@code outputDir}, the agents named in {@code models} planning with those models.
     *
     * @throws IllegalArgumentException naming an agent of {@code models} that the scenario does not have
     */
    public Outcome run(ScenarioSpec scenario, Map<String, ChatModel> models, Path outputDir) throws IOException {
        for (String agent : models.keySet()) {
            if (scenario.agents().stream().noneMatch(a -> a.id().equals(agent))) {
                throw new IllegalArgumentException("the scenario has no agent '" + agent + "'");
            }
        }
        ScenarioSpec planned = scenario.withPlanners((agent, planner) -> models.containsKey(agent)
                ? planner.toBuilder().provider(PROVIDER).model(agent).build() : planner);
        List<ChatModelProvider> providers = new ArrayList<>(ChatModelFactory.builtIn().providers());
        providers.add(new GivenModels(models));
        ScenarioRunner runner = new ScenarioRunner(hazelcast, new ChatModelFactory(providers, System::getenv));
        RunSummary summary = runner.run(planned, outputDir, RunProgress.NONE);
        return new Outcome(summary, Trace.read(outputDir));
    }

    @Override
    public void close() {
        hazelcast.shutdown();
    }

    /** The provider of the models a test gives, by agent id. */
    private record GivenModels(Map<String, ChatModel> models) implements ChatModelProvider {

        @Override
        public String name() {
            return PROVIDER;
        }

        @Override
        public String description() {
            return "the models a test gives, by agent";
        }

        @Override
        public String example() {
            return "{provider: test}";
        }

        @Override
        public ChatModel create(PlannerSpec spec, UnaryOperator<String> environment) {
            return models.get(spec.model());
        }
    }
}
