package org.astrocyte.tools.memory;

import dev.langchain4j.agent.tool.Tool;
import org.astrocyte.core.clock.Clock;
import org.astrocyte.core.event.EventEmitter;
import org.astrocyte.core.event.MemoryConsolidated;
import org.astrocyte.memory.consolidation.ConsolidationReport;
import org.astrocyte.memory.consolidation.MemoryConsolidator;
import org.astrocyte.memory.store.EpisodicMemory;

/**
 * The {@code consolidate} tool, offered where a scenario enables it: merges recent similar notes into knowledge and
 * lets unimportant old ones fade, at the current simulated time.
 */
public final class ConsolidateTool {

    private final String agentId;
    private final EpisodicMemory memory;
    private final MemoryConsolidator consolidator;
    private final Clock clock;
    private final EventEmitter events;

    /** The tool of {@code agentId}, consolidating {@code memory} and reporting each run on the bus. */
    public ConsolidateTool(String agentId, EpisodicMemory memory, MemoryConsolidator consolidator, Clock clock,
            EventEmitter events) {
        this.agentId = agentId;
        this.memory = memory;
        this.consolidator = consolidator;
        this.clock = clock;
        this.events = events;
    }

    /** Consolidates the shared memory now; answers what it did. */
    @Tool(name = "consolidate", value = "Consolidate long-term memory: recent notes that resemble each other become "
            + "one piece of knowledge, and unimportant old notes fade. Answers what changed.")
    public String consolidate() {
        ConsolidationReport report = consolidator.consolidate(memory, agentId, clock.nowMicros());
        events.emit(agentId, stamp -> new MemoryConsolidated(stamp, report.replayed(), report.prototypes().stream()
                .map(ConsolidationReport.Prototype::id).toList(), report.decayed(), report.evicted()));
        return report.summary();
    }
}
