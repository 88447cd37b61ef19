package org.astrocyte.scenarios.live;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * One page's stream of Server-Sent Events: messages wait in a bounded queue and are written by the thread that
 * serves the page's request. A page that falls {@value #QUEUE} messages behind is dropped (its browser reconnects
 * and starts again from a snapshot), so that a slow page never holds up the run or fills the memory.
 */
final class SseStream implements Consumer<String> {

    /** Messages a page may fall behind before it is dropped. */
    static final int QUEUE = 4_000;
    /** Seconds without a message after which a comment keeps the connection open (and finds a closed one). */
    static final int KEEP_ALIVE_SECONDS = 10;

    private static final String END = "";

    private final BlockingQueue<String> queue = new ArrayBlockingQueue<>(QUEUE);
    private volatile boolean dropped;

    /** Queues {@code message}; never blocks. */
    @Override
    public void accept(String message) {
        if (!dropped && !queue.offer(message)) {
            dropped = true;
            queue.clear();
            queue.offer(END);
        }
    }

    /** Ends the stream: the writer stops after what is queued. */
    void end() {
        dropped = true;
        if (!queue.offer(END)) {
            queue.clear();
            queue.offer(END);
        }
    }

    /**
     * Writes the queued messages to {@code out} as they come, until the stream is ended or dropped, the page goes
     * away (a failed write) or the thread is interrupted.
     */
    void pump(OutputStream out) throws IOException {
        out.write("retry: 2000\n\n".getBytes(StandardCharsets.UTF_8));
        out.flush();
        try {
            while (true) {
                String message = queue.poll(KEEP_ALIVE_SECONDS, TimeUnit.SECONDS);
                if (message == null) {
                    out.write(": keep-alive\n\n".getBytes(StandardCharsets.UTF_8));
                } else if (message == END) {
                    return;
                } else {
                    out.write(("data: " + message + "\n\n").getBytes(StandardCharsets.UTF_8));
                }
                out.flush();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
