package org.astrocyte.memory.hazelcast;

import com.hazelcast.cluster.Member;
import com.hazelcast.core.HazelcastInstance;
import com.hazelcast.map.IMap;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.astrocyte.memory.encoder.CodeLayout;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.EpisodeJson;
import org.astrocyte.memory.store.EpisodicMemory;
import org.astrocyte.memory.store.Reasons;
import org.astrocyte.memory.store.RecallQuery;
import org.astrocyte.memory.store.Recollection;

/**
 * Episodic memory kept in a Hazelcast {@link IMap} from episode id to the episode's JSON ({@link EpisodeJson}), so
 * that every agent of a process, and every member of a cluster, using the same map name shares it.
 *
 * <p>Recall runs where the data is: every member keeps a {@link MemberEpisodeIndex} of the entries it owns, and a
 * recall asks its own member's index directly and sends one {@link RecallOnMember} task to each other member, which
 * answers its own best k from its index; the caller merges them. No entry crosses the network except the k best of each member. Writes go through an entry
 * processor on the owning member, which indexes the episode before the write returns, so a recall that follows a
 * store sees it. Safe for concurrent use.
 */
public final class HazelcastEpisodicMemory implements EpisodicMemory {

    /** The executor recall tasks run on. */
    public static final String EXECUTOR = "astrocyte.memory.recall";

    private static final long RECALL_TIMEOUT_SECONDS = 60;

    private final HazelcastInstance hazelcast;
    private final IMap<String, String> episodes;
    private final CodeLayout layout;

    /**
     * A memory on the map {@code mapName} of {@code hazelcast}, explaining recalls by the fields of {@code layout}
     * (null for the overlap alone); memories on the same map of the same cluster share their episodes.
     *
     * @throws IllegalArgumentException if {@code hazelcast} is null or {@code mapName} blank
     */
    public HazelcastEpisodicMemory(HazelcastInstance hazelcast, String mapName, CodeLayout layout) {
        if (hazelcast == null) {
            throw new IllegalArgumentException("hazelcast must not be null");
        }
        if (mapName == null || mapName.isBlank()) {
            throw new IllegalArgumentException("mapName must not be blank");
        }
        this.hazelcast = hazelcast;
        this.episodes = hazelcast.getMap(mapName);
        this.layout = layout;
    }

    /** A memory on {@code mapName} that explains recalls by the overlap alone. */
    public HazelcastEpisodicMemory(HazelcastInstance hazelcast, String mapName) {
        this(hazelcast, mapName, null);
    }

    @Override
    public void store(Episode episode) {
        if (episode == null) {
            throw new IllegalArgumentException("episode must not be null");
        }
        episodes.executeOnKey(episode.id(), new StoreEpisode(episodes.getName(), EpisodeJson.write(episode)));
    }

    @Override
    public List<Recollection> recall(RecallQuery query) {
        if (query == null) {
            throw new IllegalArgumentException("query must not be null");
        }
        List<Member> others = new ArrayList<>();
        for (Member member : hazelcast.getCluster().getMembers()) {
            if (!member.localMember()) {
                others.add(member);
            }
        }
        Map<Member, Future<List<RecallOnMember.Hit>>> answers = others.isEmpty() ? Map.of()
                : hazelcast.getExecutorService(EXECUTOR).submitToMembers(new RecallOnMember(episodes.getName(),
                        query), others);
        List<Recollection> merged = new ArrayList<>(MemberEpisodeIndex.of(hazelcast, episodes.getName())
                .recall(query));
        for (Future<List<RecallOnMember.Hit>> answer : answers.values()) {
            for (RecallOnMember.Hit hit : await(answer)) {
                merged.add(new Recollection(EpisodeJson.read(hit.id(), hit.json()), hit.overlap(), hit.score(),
                        Map.of()));
            }
        }
        merged.sort(Recollection.BEST_FIRST);
        List<Recollection> best = merged.subList(0, Math.min(query.k(), merged.size()));
        return List.copyOf(Reasons.explain(layout, query, best));
    }

    @Override
    public Optional<Episode> find(String id) {
        String json = episodes.get(id);
        return json == null ? Optional.empty() : Optional.of(EpisodeJson.read(id, json));
    }

    @Override
    public boolean forget(String id) {
        return Boolean.TRUE.equals(episodes.executeOnKey(id, new ForgetEpisode(episodes.getName())));
    }

    @Override
    public int count() {
        return episodes.size();
    }

    /** Pulls every entry to this process, page by page of the map's iterator: for export and consolidation. */
    @Override
    public void forEach(Consumer<Episode> action) {
        for (Map.Entry<String, String> entry : episodes.entrySet()) {
            action.accept(EpisodeJson.read(entry.getKey(), entry.getValue()));
        }
    }

    /** The name of the map the episodes live in. */
    public String mapName() {
        return episodes.getName();
    }

    private static List<RecallOnMember.Hit> await(Future<List<RecallOnMember.Hit>> answer) {
        try {
            return answer.get(RECALL_TIMEOUT_SECONDS, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for a recall", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("a member did not answer a recall within " + RECALL_TIMEOUT_SECONDS
                    + " s", e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof IllegalArgumentException bad) {
                throw new IllegalArgumentException(bad.getMessage(), bad);
            }
            if (cause instanceof IllegalStateException broken) {
                throw new IllegalStateException(broken.getMessage(), broken);
            }
            throw new IllegalStateException("recall failed on a member: " + cause, cause);
        }
    }
}
