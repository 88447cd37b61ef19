package org.astrocyte.scenarios.run;

import org.astrocyte.core.bus.EventBus;

/**
 * Watches a run from outside, as the trace writer does: told once, before the first event, which bus the run
 * publishes on and what its world looks like, it subscribes to the topics it wants. Called on the runner's thread;
 * its subscriptions end when the run closes its bus.
 */
public interface RunObserver {

    /** Watches nothing. */
    RunObserver NONE = (bus, world) -> {
    };

    /** The run is about to start on {@code bus} in {@code world}; nothing has been published yet. */
    void starting(EventBus bus, WorldLayout world);
}
