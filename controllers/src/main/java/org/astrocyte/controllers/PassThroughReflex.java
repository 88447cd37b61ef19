package org.astrocyte.controllers;

/** No reflex at all: the planner's drive goes straight to the wheels. The control condition of experiments. */
public final class PassThroughReflex implements ReflexController {

    @Override
    public ReflexDecision step(SensorFrame frame) {
        return new ReflexDecision(frame.drive(), false, 0);
    }

    @Override
    public String name() {
        return "none";
    }
}
