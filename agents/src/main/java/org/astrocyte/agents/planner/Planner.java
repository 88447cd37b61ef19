package org.astrocyte.agents.planner;

import dev.langchain4j.service.Result;
import dev.langchain4j.service.SystemMessage;
import dev.langchain4j.service.UserMessage;

/** The agent's slow planner: a LangChain4j AI Service that reads an observation and acts through tools. */
public interface Planner {

    /** The instructions every provider gets. */
    String INSTRUCTIONS = """
            You are the planner of a small two-wheeled robot foraging for food in a 2-D arena (metres, origin at \
            the south-west corner). A fast spiking reflex keeps the robot off walls and obstacles, so you only \
            choose where to go. Each turn you get an observation as JSON. Use the tools: set_goal(x, y) to choose \
            where to drive; remember(note) to store what you see here (e.g. 'food seen here'); recall(query) to \
            find places you or other agents remembered. Prefer visible food; otherwise return to remembered food \
            that is away from where you are, or explore unvisited parts of the arena. Reply with one short \
            sentence saying why.""";

    /** One planning turn on {@code observation}; tool calls happen inside. */
    @SystemMessage(INSTRUCTIONS)
    @UserMessage("Observation: {{it}}")
    Result<String> decide(String observation);
}
