package org.astrocyte.tools.memory;

import dev.langchain4j.agent.tool.P;
import dev.langchain4j.agent.tool.Tool;
import org.astrocyte.memory.store.Episode;
import org.astrocyte.memory.store.EpisodicMemory;
import org.astrocyte.tools.ArgumentChecks;

/** The {@code forget} tool, offered where a scenario enables it: an agent removes one of its own notes. */
public final class ForgetTool {

    private final String agentId;
    private final EpisodicMemory memory;

    public ForgetTool(String agentId, EpisodicMemory memory) {
        this.agentId = agentId;
        this.memory = memory;
    }

    /** Forgets the note {@code id} if this agent wrote it. */
    @Tool(name = "forget", value = "Forget one of your own notes, by the id that recall returned, e.g. when the "
            + "food it mentions is gone.")
    public String forget(@P("id of the note, as recall returned it") String id) {
        String clean = ArgumentChecks.text("id", id, Episode.MAX_ID_CHARS);
        boolean mine = memory.find(clean).map(e -> e.agentId().equals(agentId)).orElse(false);
        if (!mine) {
            return "there is no note '" + clean + "' of yours; recall returns the ids of notes";
        }
        memory.forget(clean);
        return "forgot '" + clean + "'";
    }
}
