package org.astrocyte.agents.replay;

import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.nio.file.Path;
import java.util.List;
import org.astrocyte.agents.resilience.RetryAfter;

/**
 * Plays back a {@link PlannerRecording}: the n-th call gets the n-th recorded response (or fails with the recorded
 * error), with no network. Each request must equal the recorded one, so a run that diverges from the recorded one
 * (another seed, another scenario, changed tools) stops with a message saying at which call and how, instead of
 * quietly answering the wrong question.
 */
public final class ReplayChatModel implements ChatModel {

    private final Path file;
    private final List<PlannerRecording.Call> calls;
    private int next;

    /**
     * The recording in {@code file}.
     *
     * @throws IllegalArgumentException naming the file and line if it is not a planner recording
     */
    public ReplayChatModel(Path file) {
        this.file = file;
        this.calls = PlannerRecording.calls(file);
    }

    /** The model the recording was made with, e.g. {@code openai:gpt-4o-mini}. */
    public static String recordedModel(Path file) {
        return PlannerRecording.model(file);
    }

    @Override
    public synchronized ChatResponse chat(ChatRequest request) {
        if (next >= calls.size()) {
            throw new ReplayDiverged("the recording " + file + " has " + calls.size()
                    + " calls; the run asks for one more");
        }
        PlannerRecording.Call call = calls.get(next++);
        if (!call.messages().equals(PlannerRecording.request(request))) {
            throw new ReplayDiverged("call " + next + " of " + file + " differs from the recorded request: the run "
                    + "is not the one recorded (another seed, scenario or tool set?)");
        }
        if (!call.tools().equals(PlannerRecording.tools(request))) {
            throw new ReplayDiverged("call " + next + " of " + file + " offers the tools " + PlannerRecording.tools(
                    request) + ", the recording " + call.tools());
        }
        if (call.response() == null) {
            RetryAfter.record(call.retryAfter() == null ? null : Double.toString(call.retryAfter()));
            throw call.retriable() ? new RetriableException(call.error()) : new ReplayedFailure(call.error());
        }
        return call.response();
    }

    /** The run asked for something the recording does not hold. */
    public static final class ReplayDiverged extends IllegalStateException {
        private static final long serialVersionUID = 1L;

        ReplayDiverged(String message) {
            super(message);
        }
    }

    /** A call that failed when it was recorded, failing again the same way. */
    public static final class ReplayedFailure extends RuntimeException {
        private static final long serialVersionUID = 1L;

        ReplayedFailure(String message) {
            super(message, null, false, false);
        }
    }
}
