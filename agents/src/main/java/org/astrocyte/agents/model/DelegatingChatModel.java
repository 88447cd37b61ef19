package org.astrocyte.agents.model;

import dev.langchain4j.model.ModelProvider;
import dev.langchain4j.model.chat.Capability;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.listener.ChatModelListener;
import dev.langchain4j.model.chat.request.ChatRequestParameters;
import java.util.List;
import java.util.Set;

/**
 * A model that wraps another to add one concern (masking keys, retrying, recording, listening): it answers for the
 * wrapped model's parameters, listeners, provider and capabilities, and subclasses change only the call.
 */
public abstract class DelegatingChatModel implements ChatModel {

    /** The model wrapped. */
    protected final ChatModel delegate;

    protected DelegatingChatModel(ChatModel delegate) {
        this.delegate = delegate;
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
