package org.astrocyte.memory.langchain4j;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.data.document.Metadata;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.rag.content.Content;
import dev.langchain4j.rag.content.retriever.ContentRetriever;
import dev.langchain4j.rag.query.Query;
import java.util.List;
import org.astrocyte.memory.encoder.Encoder;
import org.astrocyte.memory.store.EpisodicMemory;
import org.astrocyte.memory.store.RecallQuery;
import org.astrocyte.memory.store.Recollection;

/**
 * A LangChain4j {@link ContentRetriever} that recalls episodes of an Astrocyte {@link EpisodicMemory}, so that
 * retrieval-augmented generation can draw on what agents remembered: the query's text is encoded, the best
 * {@code maxResults} episodes sharing at least {@code minOverlap} bits are recalled, and each becomes a text segment
 * (its payload's {@code note}, else the payload's JSON) with the episode's id, agent, time, overlap and reason as
 * metadata.
 */
public final class EpisodicContentRetriever implements ContentRetriever {

    private final EpisodicMemory memory;
    private final Encoder<String> encoder;
    private final int maxResults;
    private final int minOverlap;

    /** @throws IllegalArgumentException if {@code maxResults} is not in 1..1000 or {@code minOverlap} negative */
    public EpisodicContentRetriever(EpisodicMemory memory, Encoder<String> encoder, int maxResults, int minOverlap) {
        if (maxResults < 1 || maxResults > RecallQuery.MAX_K) {
            throw new IllegalArgumentException("maxResults must be between 1 and " + RecallQuery.MAX_K + ", got "
                    + maxResults);
        }
        if (minOverlap < 0) {
            throw new IllegalArgumentException("minOverlap must not be negative, got " + minOverlap);
        }
        this.memory = memory;
        this.encoder = encoder;
        this.maxResults = maxResults;
        this.minOverlap = minOverlap;
    }

    @Override
    public List<Content> retrieve(Query query) {
        List<Recollection> hits = memory.recall(RecallQuery.builder(encoder.encode(query.text())).k(maxResults)
                .minOverlap(minOverlap).build());
        return hits.stream().map(EpisodicContentRetriever::toContent).toList();
    }

    private static Content toContent(Recollection hit) {
        JsonNode payload = hit.episode().payloadJson();
        String text = payload.hasNonNull("note") ? payload.get("note").asText() : payload.toString();
        Metadata metadata = new Metadata()
                .put("episode_id", hit.episode().id())
                .put("agent_id", hit.episode().agentId())
                .put("time_micros", hit.episode().timeMicros())
                .put("overlap", hit.overlap())
                .put("reason", hit.reason());
        return Content.from(TextSegment.from(text, metadata));
    }
}
