package org.astrocyte.core.event;

import java.util.List;

/** The bus topics, one per part of the agent, so that observers subscribe to what they need. */
public final class Topics {

    public static final String RUN = "run";
    public static final String WORLD = "world";
    public static final String PLANNER = "planner";
    public static final String TOOLS = "tools";
    public static final String REFLEX = "reflex";
    public static final String MEMORY = "memory";
    public static final String SIMULATOR = "simulator";
    public static final String MESSAGES = "messages";

    /** Every topic, in a fixed order. */
    public static final List<String> ALL = List.of(RUN, WORLD, PLANNER, TOOLS, REFLEX, MEMORY, SIMULATOR, MESSAGES);

    private Topics() {
    }
}
