package org.astrocyte.memory.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.astrocyte.memory.encoder.CodeLayout;

/**
 * Episodic memory held in this process only, behind an {@link EpisodeIndex}: for one agent, for tests, or as the
 * reference that the shared {@code HazelcastEpisodicMemory} is compared with. Safe for concurrent use.
 */
public final class LocalEpisodicMemory implements EpisodicMemory {

    private final EpisodeIndex index = new EpisodeIndex();
    private final CodeLayout layout;

    /** A memory that explains recalls by the fields of {@code layout}, or by the overlap alone when it is null. */
    public LocalEpisodicMemory(CodeLayout layout) {
        this.layout = layout;
    }

    /** A memory that explains recalls by the overlap alone. */
    public LocalEpisodicMemory() {
        this(null);
    }

    @Override
    public void store(Episode episode) {
        if (episode == null) {
            throw new IllegalArgumentException("episode must not be null");
        }
        index.put(episode, 0);
    }

    @Override
    public List<Recollection> recall(RecallQuery query) {
        return Reasons.explain(layout, query, index.recall(query));
    }

    @Override
    public Optional<Episode> find(String id) {
        return Optional.ofNullable(index.get(id));
    }

    @Override
    public boolean forget(String id) {
        return index.remove(id);
    }

    @Override
    public int count() {
        return index.count();
    }

    @Override
    public void forEach(Consumer<Episode> action) {
        index.snapshot().forEach(action);
    }
}
