package org.astrocyte.simulator.monitor;

import org.astrocyte.simulator.engine.Engine;

/**
 * Observes a running network after every step: monitors, spike streams to disk, progress. The model never knows
 * it is observed; a session calls its listeners in the order they were added.
 */
@FunctionalInterface
public interface StepListener {

    /** Called after each step; {@code engine.lastSpikes()} holds the spikes of the step that just ended. */
    void afterStep(Engine engine);
}
