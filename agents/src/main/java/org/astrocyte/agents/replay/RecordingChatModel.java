package org.astrocyte.agents.replay;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.astrocyte.agents.resilience.ResilientChatModel;
import org.astrocyte.agents.resilience.RetryAfter;

/**
 * A provider's model that writes every call, request and response (or error), to a {@link PlannerRecording}, flushed
 * after each call so that a crash keeps every call made; {@link ReplayChatModel} plays it back without a network.
 */
public final class RecordingChatModel implements ChatModel {

    private final ChatModel delegate;
    private final BufferedWriter out;

    /** Records {@code delegate} (known as {@code model}) to {@code file}, replacing what was there. */
    public RecordingChatModel(ChatModel delegate, String model, Path file) {
        this.delegate = delegate;
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
            write(PlannerRecording.header(model));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record the planner to " + file, e);
        }
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        ChatResponse response;
        try {
            response = delegate.chat(request);
        } catch (RuntimeException e) {
            write(PlannerRecording.line(request, null, e.getMessage() == null ? e.getClass().getSimpleName()
                    : e.getMessage(), ResilientChatModel.retriable(e), RetryAfter.peek()));
            throw e;
        }
        write(PlannerRecording.line(request, response, null, false, null));
        return response;
    }

    private synchronized void write(String line) {
        try {
            out.write(line);
            out.newLine();
            out.flush();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the planner recording", e);
        }
    }

    @Override
    public ChatRequestParameters defaultRequestParameters() {
        return delegate.defaultRequestParameters();
    }

    @Override
    public List<ChatModelListener> listeners() {
        return delegate.listeners();
    }

    @Override
    public ModelProvider provider() {
        return delegate.provider();
    }

    @Override
    public Set<Capability> supportedCapabilities() {
        return delegate.supportedCapabilities();
    }
}
