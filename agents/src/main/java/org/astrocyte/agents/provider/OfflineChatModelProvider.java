package org.astrocyte.agents.provider;

import dev.langchain4j.model.chat.ChatModel;
import jakarta.inject.Singleton;
import java.util.function.UnaryOperator;
import org.astrocyte.agents.offline.OfflinePlannerModel;

/** The {@code offline} provider: the rule-based planner, no key, no network. */
@Singleton
public class OfflineChatModelProvider implements ChatModelProvider {

    @Override
    public String name() {
        return "offline";
    }

    @Override
    public String description() {
        return "the deterministic rule-based planner: no key, no network (the default)";
    }

    @Override
    public String example() {
        return "{provider: offline}";
    }

    @Override
    public ChatModel create(PlannerSpec spec, UnaryOperator<String> environment) {
        return new OfflinePlannerModel();
    }
}
