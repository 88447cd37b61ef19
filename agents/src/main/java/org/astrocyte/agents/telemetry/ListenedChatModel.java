package org.astrocyte.agents.telemetry;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.List;
import org.astrocyte.agents.model.DelegatingChatModel;

/**
 * A model with {@link ChatModelListener}s added, whatever provider it wraps: LangChain4j's own {@code chat} calls
 * the listeners around {@link #doChat}, which hands the call on.
 */
public final class ListenedChatModel extends DelegatingChatModel {

    private final List<ChatModelListener> listeners;

    public ListenedChatModel(ChatModel delegate, List<ChatModelListener> listeners) {
        super(delegate);
        this.listeners = List.copyOf(listeners);
    }

    @Override
    public ChatResponse doChat(ChatRequest request) {
        return delegate.chat(request);
    }

    @Override
    public List<ChatModelListener> listeners() {
        return listeners;
    }



}
