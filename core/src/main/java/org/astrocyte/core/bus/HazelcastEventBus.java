package org.astrocyte.core.bus;

import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.topic.ITopic;
import com.hazelcast.topic.Message;
import com.hazelcast.topic.ReliableMessageListener;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.astrocyte.core.event.Event;
import org.astrocyte.core.event.EventJson;
import org.astrocyte.core.hazelcast.EmbeddedHazelcast;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * An {@link EventBus} on Hazelcast reliable topics: events travel as JSON strings on
 * {@code astrocyte.<namespace>.<topic>}, so that buses of different runs can share one cluster, and a subscriber
 * that falls behind the ring buffer counts the events it lost instead of dropping them silently.
 */
public final class HazelcastEventBus implements EventBus {

    private static final Logger LOG = LoggerFactory.getLogger(HazelcastEventBus.class);

    private final HazelcastInstance hazelcast;
    private final String namespace;
    private final Map<String, ITopic<String>> topics = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> published = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> delivered = new ConcurrentHashMap<>();
    private final Map<String, AtomicLong> lost = new ConcurrentHashMap<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final Object deliveryMonitor = new Object();

    /**
     * @param hazelcast the member or client to publish through; the bus does not shut it down
     * @param namespace separates this bus's topics from those of other runs on the same cluster
     */
    public HazelcastEventBus(HazelcastInstance hazelcast, String namespace) {
        if (!namespace.matches("[A-Za-z0-9_-]+")) {
            throw new IllegalArgumentException("namespace may hold letters, digits, '_' and '-' only: " + namespace);
        }
        this.hazelcast = hazelcast;
        this.namespace = namespace;
    }

    @Override
    public void publish(Event event) {
        String topic = event.topic();
        published.computeIfAbsent(topic, t -> new AtomicLong()).incrementAndGet();
        topic(topic).publish(EventJson.write(event));
    }

    @Override
    public Subscription subscribe(String topic, Consumer<Event> consumer) {
        long alreadyPublished = published.computeIfAbsent(topic, t -> new AtomicLong()).get();
        Listener listener = new Listener(topic, consumer, alreadyPublished);
        listener.registration = topic(topic).addMessageListener(listener);
        listeners.add(listener);
        return () -> {
            listeners.remove(listener);
            topic(topic).removeMessageListener(listener.registration);
        };
    }

    @Override
    public boolean awaitDelivery(Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        synchronized (deliveryMonitor) {
            while (!allDelivered()) {
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    return false;
                }
                deliveryMonitor.wait(Math.max(1, left / 1_000_000));
            }
            return true;
        }
    }

    private boolean allDelivered() {
        for (Listener listener : listeners) {
            if (listener.seen() < published.get(listener.topic).get() - listener.publishedBefore) {
                return false;
            }
        }
        return true;
    }

    @Override
    public Map<String, TopicStats> stats() {
        Map<String, TopicStats> stats = new TreeMap<>();
        published.forEach((topic, count) -> stats.put(topic,
                new TopicStats(count.get(), counter(delivered, topic).get(), counter(lost, topic).get())));
        return stats;
    }

    @Override
    public void close() {
        for (Listener listener : listeners) {
            topic(listener.topic).removeMessageListener(listener.registration);
        }
        listeners.clear();
    }

    private static AtomicLong counter(Map<String, AtomicLong> counters, String topic) {
        return counters.computeIfAbsent(topic, t -> new AtomicLong());
    }

    private ITopic<String> topic(String topic) {
        return topics.computeIfAbsent(topic,
                t -> hazelcast.getReliableTopic(EmbeddedHazelcast.TOPIC_PREFIX + namespace + "." + t));
    }

    /** Delivers in order on one thread and counts the gaps a ring-buffer overrun leaves in the sequence. */
    private final class Listener implements ReliableMessageListener<String> {
        private final String topic;
        private final Consumer<Event> consumer;
        private final long publishedBefore;
        private final AtomicLong delivered = new AtomicLong();
        private final AtomicLong lost = new AtomicLong();
        private long lastSequence = -1;
        private UUID registration;

        Listener(String topic, Consumer<Event> consumer, long publishedBefore) {
            this.topic = topic;
            this.consumer = consumer;
            this.publishedBefore = publishedBefore;
        }

        long seen() {
            return delivered.get() + lost.get();
        }

        @Override
        public void onMessage(Message<String> message) {
            try {
                consumer.accept(EventJson.read(message.getMessageObject()));
            } catch (RuntimeException e) {
                LOG.warn("subscriber of topic {} failed on an event; it stays subscribed", topic, e);
            }
            delivered.incrementAndGet();
            counter(HazelcastEventBus.this.delivered, topic).incrementAndGet();
            signal();
        }

        @Override
        public long retrieveInitialSequence() {
            return -1;
        }

        @Override
        public void storeSequence(long sequence) {
            if (lastSequence >= 0 && sequence > lastSequence + 1) {
                long gap = sequence - lastSequence - 1;
                lost.addAndGet(gap);
                counter(HazelcastEventBus.this.lost, topic).addAndGet(gap);
                LOG.warn("subscriber of topic {} lost {} events (ring buffer overrun)", topic, gap);
                signal();
            }
            lastSequence = sequence;
        }

        @Override
        public boolean isLossTolerant() {
            return true;
        }

        @Override
        public boolean isTerminal(Throwable failure) {
            return false;
        }

        private void signal() {
            synchronized (deliveryMonitor) {
                deliveryMonitor.notifyAll();
            }
        }
    }
}
