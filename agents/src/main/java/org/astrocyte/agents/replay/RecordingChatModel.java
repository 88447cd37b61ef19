package org.astrocyte.agents.replay;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.astrocyte.agents.model.DelegatingChatModel;
import org.astrocyte.agents.resilience.ResilientChatModel;
import org.astrocyte.agents.resilience.RetryAfter;

/**
 * A provider's model that writes every call, request and response (or error), to a {@link PlannerRecording}, flushed
 * after each call so that a crash keeps every call made; {@link ReplayChatModel} plays it back without a network.
 */
public final class RecordingChatModel extends DelegatingChatModel {

    private final BufferedWriter out;

    /** Records {@code delegate} (known as {@code model}) to {@code file}, replacing what was there. */
    public RecordingChatModel(ChatModel delegate, String model, Path file) {
        super(delegate);
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




}
