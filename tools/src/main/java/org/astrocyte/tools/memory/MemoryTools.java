package org.astrocyte.tools.memory;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;
import org.astrocyte.core.clock.Clock;
import org.astrocyte.core.event.EventEmitter;
import org.astrocyte.core.event.MemoryRecalled;
import org.astrocyte.core.event.MemoryStored;
import org.astrocyte.memory.encoder.EpisodeEncoder;
import org.astrocyte.memory.encoder.Position;
import org.astrocyte.memory.sdr.Sdr;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.EpisodicMemory;
import org.astrocyte.memory.store.Recollection;
import org.astrocyte.tools.ArgumentChecks;
import org.astrocyte.tools.body.BodyControl;

/** Tools that write notes into long-term memory at the agent's current place, and recall them by words. */
public final class MemoryTools {

    /** Longest note the model may store, in characters. */
    public static final int MAX_NOTE_CHARS = 500;
    /** Longest recall query, in characters. */
    public static final int MAX_QUERY_CHARS = 200;
    /** Most episodes one recall returns. */
    public static final int MAX_RESULTS = 5;

    /**
     * Fewest bits a note must share with the query: half of one word's 8 bits. Different words collide by chance
     * on a bit or two at most, so a hit means a shared word, not noise.
     */
    public static final int MIN_OVERLAP = 4;

    private static final ObjectMapper JSON = new ObjectMapper();

    private final String agentId;
    private final EpisodicMemory memory;
    private final EpisodeEncoder encoder;
    private final BodyControl body;
    private final Clock clock;
    private final EventEmitter events;
    private final AtomicLong stored = new AtomicLong();

    public MemoryTools(String agentId, EpisodicMemory memory, EpisodeEncoder encoder, BodyControl body, Clock clock,
            EventEmitter events) {
        this.agentId = agentId;
        this.memory = memory;
        this.encoder = encoder;
        this.body = body;
        this.clock = clock;
        this.events = events;
    }

    /** Stores {@code note} with the agent's current position and time. */
    @Tool(name = "remember", value = "Store a short note in long-term memory, together with your current position "
            + "and the time, e.g. 'food here'. Shared with the other agents.")
    public String remember(@P("what to remember, at most 500 characters") String note) {
        String text = ArgumentChecks.text("note", note, MAX_NOTE_CHARS);
        double x = body.x();
        double y = body.y();
        Sdr code = encoder.encode(text, new Position(x, y));
        String id = agentId + "-" + stored.incrementAndGet();
        ObjectNode payload = JSON.createObjectNode().put("note", text).put("x", x).put("y", y);
        memory.store(Episode.of(id, agentId, clock.nowMicros(), code).withPayload(payload));
        events.emit(agentId, stamp -> new MemoryStored(stamp, id, text, x, y, code.activeCount()));
        return String.format(Locale.ROOT, "remembered '%s' at (%.2f, %.2f)", text, x, y);
    }

    /** Recalls the episodes whose notes best match {@code query}, as a JSON list. */
    @Tool(name = "recall", value = "Recall notes from long-term memory that match the words of the query, best "
            + "match first. Returns a JSON list of {id, note, x, y, time_s, by, overlap, why}; [] if nothing matches.")
    public String recall(@P("words to look for, at most 200 characters") String query) {
        String text = ArgumentChecks.text("query", query, MAX_QUERY_CHARS);
        List<Recollection> hits = memory.recall(encoder.textCue(text), MAX_RESULTS, MIN_OVERLAP);
        int best = hits.isEmpty() ? 0 : hits.get(0).overlap();
        events.emit(agentId, stamp -> new MemoryRecalled(stamp, text, hits.size(), best));
        List<RecallHit> rows = hits.stream().map(RecallHit::of).toList();
        try {
            return JSON.writeValueAsString(rows);
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** One recalled episode as the model sees it. */
    record RecallHit(String id, String note, double x, double y, double time_s, String by, int overlap, String why) {
        static RecallHit of(Recollection hit) {
            Episode e = hit.episode();
            JsonNode payload = e.payloadJson();
            return new RecallHit(e.id(), payload.path("note").asText(""), round(payload.path("x").asDouble()),
                    round(payload.path("y").asDouble()), round(e.timeMicros() / 1e6), e.agentId(), hit.overlap(),
                    hit.reason());
        }

        private static double round(double value) {
            return Math.round(value * 100) / 100.0;
        }
    }
}
