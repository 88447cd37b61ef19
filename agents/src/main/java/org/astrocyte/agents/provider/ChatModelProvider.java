package org.astrocyte.agents.provider;

import dev.langchain4j.model.chat.ChatModel;
import java.util.function.UnaryOperator;

/** Builds the LangChain4j {@link ChatModel} of one provider family from a {@link PlannerSpec}. */
public interface ChatModelProvider {

    /** The name a scenario uses to pick this provider. */
    String name();

    /** One line on what it talks to and what it needs, for {@code astrocyte providers}. */
    String description();

    /** A scenario's {@code planner:} section that uses it, as YAML on one line. */
    String example();

    /**
     * A model for {@code spec}.
     *
     * @param environment looks up environment variables (API keys); returns null for an unset one
     * @throws IllegalArgumentException if the spec is incomplete, e.g. the key variable is not set
     */
    ChatModel create(PlannerSpec spec, UnaryOperator<String> environment);
}
