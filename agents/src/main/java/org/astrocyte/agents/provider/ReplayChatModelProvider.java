package org.astrocyte.agents.provider;

import dev.langchain4j.model.chat.ChatModel;
import jakarta.inject.Singleton;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.astrocyte.agents.replay.ReplayChatModel;

/** The {@code replay} provider: plays back a planner's recorded calls, no key, no network. */
@Singleton
public class ReplayChatModelProvider implements ChatModelProvider {

    static final String NAME = "replay";

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public String description() {
        return "plays back calls recorded with a real provider (run --record-planner DIR), no key, no network";
    }

    @Override
    public String example() {
        return "{provider: replay, recording: recordings/forager.jsonl}";
    }

    @Override
    public ChatModel create(PlannerSpec spec, UnaryOperator<String> environment) {
        if (spec.recording() == null) {
            throw new IllegalArgumentException("provider replay needs the recording to play (planner.recording)");
        }
        return new ReplayChatModel(Path.of(spec.recording()));
    }
}
