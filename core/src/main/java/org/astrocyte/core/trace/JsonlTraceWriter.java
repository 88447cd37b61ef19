package org.astrocyte.core.trace;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Comparator;
import org.astrocyte.core.bus.EventBus;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.EventJson;
import org.astrocyte.core.event.Topics;

/**
 * Writes the run's events from the bus to a JSON-lines file, one event per line, in the run's sequence order.
 * Topics are delivered independently, so events are held back until every earlier sequence number has arrived;
 * the file is therefore the same for the same run, whatever the delivery threads did.
 */
public final class JsonlTraceWriter implements AutoCloseable {

    private final BufferedWriter out;
    private final List<EventBus.Subscription> subscriptions = new ArrayList<>();
    private final PriorityQueue<Event> pending = new PriorityQueue<>(Comparator.comparingLong(e -> e.stamp().sequence()));
    private long nextSequence = 1;
    private long written;
    private long skipped;

    /** Opens {@code file} (replacing it) and subscribes to every topic of {@code bus}. */
    public JsonlTraceWriter(EventBus bus, Path file) throws IOException {
        Path parent = file.toAbsolutePath().getParent();
        Files.createDirectories(parent);
        this.out = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        for (String topic : Topics.ALL) {
            subscriptions.add(bus.subscribe(topic, this::accept));
        }
    }

    private synchronized void accept(Event event) {
        pending.add(event);
        try {
            while (!pending.isEmpty() && pending.peek().stamp().sequence() == nextSequence) {
                writeLine(pending.poll());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void writeLine(Event event) throws IOException {
        out.write(EventJson.write(event));
        out.write('\n');
        nextSequence = event.stamp().sequence() + 1;
        written++;
    }

    /** Events written so far. */
    public synchronized long written() {
        return written;
    }

    /** Sequence numbers that never arrived (lost on the bus), known once the writer is closed. */
    public synchronized long skipped() {
        return skipped;
    }

    /**
     * Unsubscribes and writes what is still held back, in order, counting any sequence numbers that never came.
     * Call it after {@link EventBus#awaitDelivery}.
     */
    @Override
    public synchronized void close() throws IOException {
        subscriptions.forEach(EventBus.Subscription::close);
        while (!pending.isEmpty()) {
            Event event = pending.poll();
            skipped += event.stamp().sequence() - nextSequence;
            writeLine(event);
        }
        out.close();
    }
}
