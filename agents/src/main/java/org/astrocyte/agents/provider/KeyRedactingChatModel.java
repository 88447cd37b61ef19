package org.astrocyte.agents.provider;

import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import org.astrocyte.agents.model.DelegatingChatModel;

/**
 * A provider's model whose failures cannot carry its API key: a server that echoes the key in an error body (an
 * OpenAI-compatible proxy, a misconfigured gateway) would otherwise put it into the exception, and from there into
 * the trace, the summary and the terminal. Every exception of a call is replaced by a {@link ProviderCallException}
 * whose message has the key replaced by {@value #MASK} and which keeps no cause (a cause's message could hold it).
 */
final class KeyRedactingChatModel extends DelegatingChatModel {

    /** What stands in for the key. */
    static final String MASK = "***";

    private final String key;

    KeyRedactingChatModel(ChatModel delegate, String key) {
        super(delegate);
        this.key = key;
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        try {
            return delegate.chat(request);
        } catch (RuntimeException e) {
            throw redacted(e);
        }
    }

    @Override
    public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
        try {
            return delegate.chat(request, options);
        } catch (RuntimeException e) {
            throw redacted(e);
        }
    }





    private ProviderCallException redacted(RuntimeException e) {
        StringBuilder message = new StringBuilder(e.getClass().getSimpleName());
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t.getMessage() != null && (t == e || !message.toString().contains(t.getMessage()))) {
                message.append(t == e ? ": " : "; caused by ").append(t.getMessage());
            }
        }
        return new ProviderCallException(message.toString().replace(key, MASK));
    }

    /** A model call that failed, with the API key masked in the message and no cause kept. */
    static final class ProviderCallException extends RuntimeException {

        private static final long serialVersionUID = 1L;

        ProviderCallException(String message) {
            super(message, null, false, false);
        }
    }
}
