package org.astrocyte.memory.consolidation;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Set;
import org.astrocyte.memory.sdr.Sdr;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.EpisodicMemory;

/**
 * Consolidates an episodic memory as sleep is thought to (McClelland, McNaughton and O'Reilly, "Why there are
 * complementary learning systems in the hippocampus and neocortex", 1995): recent episodes are replayed and those
 * that resemble each other are merged into a prototype, the bits active in most of them, stored as knowledge (tag
 * {@value ConsolidationPolicy#KNOWLEDGE_TAG}) that outlives the episodes; unimportant episodes decay and are
 * forgotten; past the capacity the least important and oldest are evicted. Runs in simulated time, deterministic
 * for a memory's content, and reports all it did.
 *
 * <p>Replay clusters greedily in time order: each episode joins the first forming prototype it shares at least
 * {@code clusterOverlap} of its bits (or of the prototype's, if fewer) with, else starts its own. Knowledge is never decayed or evicted.
 */
public final class MemoryConsolidator {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConsolidationPolicy policy;

    /** A consolidator following {@code policy}. */
    public MemoryConsolidator(ConsolidationPolicy policy) {
        if (policy == null) {
            throw new IllegalArgumentException("policy must not be null");
        }
        this.policy = policy;
    }

    /**
     * Consolidates {@code memory} at simulated time {@code nowMicros}, writing prototypes as agent
     * {@code agentId}'s knowledge.
     */
    public ConsolidationReport consolidate(EpisodicMemory memory, String agentId, long nowMicros) {
        List<Episode> all = new ArrayList<>();
        memory.forEach(all::add);
        all.sort(Comparator.comparingLong(Episode::timeMicros).thenComparing(Episode::id));
        List<Episode> recent = all.stream().filter(e -> !isKnowledge(e)
                && e.timeMicros() <= nowMicros && nowMicros - e.timeMicros() <= policy.replayWindowMicros()).toList();

        List<ConsolidationReport.Prototype> prototypes = new ArrayList<>();
        for (Forming forming : cluster(recent)) {
            if (forming.members.size() >= policy.minSupport()) {
                Episode prototype = forming.toEpisode(agentId, nowMicros);
                memory.store(prototype);
                prototypes.add(new ConsolidationReport.Prototype(prototype.id(),
                        forming.members.stream().map(Episode::id).toList(), prototype.code().activeCount()));
            }
        }

        List<String> decayed = new ArrayList<>();
        List<Episode> kept = new ArrayList<>();
        for (Episode episode : all) {
            if (isKnowledge(episode)) {
                continue;
            }
            if (policy.decayed(episode.importance(), nowMicros - episode.timeMicros()) < policy.forgetBelow()) {
                memory.forget(episode.id());
                decayed.add(episode.id());
            } else {
                kept.add(episode);
            }
        }
        List<String> evicted = new ArrayList<>();
        int excess = memory.count() - policy.capacity();
        if (excess > 0) {
            kept.sort(Comparator.comparingDouble((Episode e) -> policy.decayed(e.importance(),
                    nowMicros - e.timeMicros())).thenComparingLong(Episode::timeMicros).thenComparing(Episode::id));
            for (Episode episode : kept.subList(0, Math.min(excess, kept.size()))) {
                memory.forget(episode.id());
                evicted.add(episode.id());
            }
        }
        return new ConsolidationReport(nowMicros, recent.size(), prototypes, decayed, evicted);
    }

    private static boolean isKnowledge(Episode episode) {
        return episode.tags().contains(ConsolidationPolicy.KNOWLEDGE_TAG);
    }

    private List<Forming> cluster(List<Episode> recent) {
        List<Forming> forming = new ArrayList<>();
        for (Episode episode : recent) {
            Forming home = null;
            for (Forming candidate : forming) {
                Sdr prototype = candidate.prototype();
                if (prototype.size() == episode.code().size() && prototype.overlap(episode.code())
                        >= policy.clusterOverlap() * Math.min(prototype.activeCount(), episode.code().activeCount())) {
                    home = candidate;
                    break;
                }
            }
            if (home == null) {
                forming.add(new Forming(episode));
            } else {
                home.add(episode);
            }
        }
        return forming;
    }

    /** A prototype forming: how many members have each bit. */
    private static final class Forming {
        private final List<Episode> members = new ArrayList<>();
        private final int[] votes;
        private final int size;
        private long activeSum;

        Forming(Episode first) {
            this.size = first.code().size();
            this.votes = new int[first.code().size()];
            add(first);
        }

        void add(Episode episode) {
            members.add(episode);
            activeSum += episode.code().activeCount();
            for (int bit : episode.code().active()) {
                votes[bit]++;
            }
        }

        /** The bits most members share, at most the members' mean active count, ties by bit index. */
        Sdr prototype() {
            int keep = (int) Math.round((double) activeSum / members.size());
            int majority = members.size() / 2 + 1;
            List<Integer> bits = new ArrayList<>();
            for (int bit = 0; bit < votes.length; bit++) {
                if (votes[bit] >= majority || members.size() == 1 && votes[bit] > 0) {
                    bits.add(bit);
                }
            }
            bits.sort(Comparator.comparingInt((Integer bit) -> -votes[bit]).thenComparingInt(bit -> bit));
            return Sdr.of(size, bits.subList(0, Math.min(keep, bits.size())).stream()
                    .mapToInt(Integer::intValue).sorted().toArray());
        }

        Episode toEpisode(String agentId, long nowMicros) {
            ObjectNode payload = JSON.createObjectNode();
            payload.put("kind", "prototype");
            payload.put("support", members.size());
            ArrayNode sources = payload.putArray("sources");
            members.forEach(m -> sources.add(m.id()));
            members.stream().map(Episode::payloadJson).filter(p -> p.has("note")).findFirst()
                    .ifPresent(p -> payload.set("example", p));
            double importance = members.stream().mapToDouble(Episode::importance).max().orElse(0.5);
            Set<String> tags = new java.util.TreeSet<>(members.get(0).tags());
            members.forEach(m -> tags.retainAll(m.tags()));
            tags.add(ConsolidationPolicy.KNOWLEDGE_TAG);
            return Episode.of("knowledge-" + members.get(0).id(), agentId, nowMicros, prototype())
                    .withPayload(payload).withImportance(importance).withTags(tags);
        }
    }
}
