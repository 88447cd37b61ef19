package org.astrocyte.agents.resilience;

/**
 * The Retry-After of the last refused request of this thread, handed from {@link RetryAfterHttpClient} (which sees
 * the headers) to {@link ResilientChatModel} (which sees only the exception LangChain4j makes of the response); a
 * recording keeps it, and a replay hands it on again.
 */
public final class RetryAfter {

    private static final ThreadLocal<Double> LAST = new ThreadLocal<>();

    private RetryAfter() {
    }

    /** Records the header {@code value} (delay-seconds; an HTTP date is not honoured and counts as absent). */
    public static void record(String value) {
        Double seconds = null;
        if (value != null) {
            try {
                seconds = Double.parseDouble(value.trim());
            } catch (NumberFormatException e) {
                seconds = null;
            }
        }
        LAST.set(seconds);
    }

    /** The last recorded Retry-After in seconds, or null, without forgetting it (for a recording of the call). */
    public static Double peek() {
        return LAST.get();
    }

    /** The last recorded Retry-After in seconds, or null, and forgets it. */
    static Double take() {
        Double seconds = LAST.get();
        LAST.remove();
        return seconds;
    }
}
