package org.astrocyte.agents.resilience;

import dev.langchain4j.exception.HttpException;
import dev.langchain4j.exception.RetriableException;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.ChatRequestOptions;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.response.ChatResponse;
import java.util.SplittableRandom;
import java.util.function.Supplier;
import org.astrocyte.agents.model.DelegatingChatModel;

/**
 * A provider's model that survives the failures providers are known for: a rate limit (429), a server error (5xx)
 * or a timeout is retried under a {@link RetryPolicy}, honouring Retry-After. In a simulated run the backoff is not
 * slept: it is counted, and the runner adds it to the call's simulated latency, so a run with retries is as fast and
 * as deterministic as one without. {@link #takeStats()} tells the agent what the last turn cost in retries.
 */
public final class ResilientChatModel extends DelegatingChatModel {

    private final RetryPolicy policy;
    private final SplittableRandom random;
    private int retries;
    private long waitedMicros;

    /** {@code delegate} retried under {@code policy}, with backoff jitter from a stream seeded by {@code seed}. */
    public ResilientChatModel(ChatModel delegate, RetryPolicy policy, long seed) {
        super(delegate);
        this.policy = policy;
        this.random = new SplittableRandom(seed);
    }

    /** Retries and backoff since the last call of this method. */
    public synchronized CallStats takeStats() {
        CallStats stats = new CallStats(retries, waitedMicros);
        retries = 0;
        waitedMicros = 0;
        return stats;
    }

    /** What retries cost: how many, and the backoff counted, µs of simulated time. */
    public record CallStats(int retries, long waitedMicros) {
    }

    @Override
    public ChatResponse chat(ChatRequest request) {
        return withRetries(() -> delegate.chat(request));
    }

    @Override
    public ChatResponse chat(ChatRequest request, ChatRequestOptions options) {
        return withRetries(() -> delegate.chat(request, options));
    }

    private ChatResponse withRetries(Supplier<ChatResponse> call) {
        for (int attempt = 0; ; attempt++) {
            RetryAfter.take();
            try {
                return call.get();
            } catch (RuntimeException e) {
                Double retryAfter = RetryAfter.take();
                if (attempt >= policy.maxRetries() || !retriable(e)) {
                    throw e;
                }
                synchronized (this) {
                    retries++;
                    waitedMicros += policy.backoffMicros(attempt, retryAfter, random);
                }
            }
        }
    }

    /** A rate limit, a server error or a timeout; not a refused key, a bad request or a missing model. */
    public static boolean retriable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof RetriableException) {
                return true;
            }
            if (t instanceof HttpException http) {
                return http.statusCode() == 429 || http.statusCode() >= 500;
            }
            if (t instanceof java.net.http.HttpTimeoutException || t instanceof java.net.SocketTimeoutException) {
                return true;
            }
        }
        return false;
    }




}
