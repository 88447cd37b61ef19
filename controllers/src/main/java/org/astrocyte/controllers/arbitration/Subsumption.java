package org.astrocyte.controllers.arbitration;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.astrocyte.controllers.MotorCommand;
import org.astrocyte.controllers.ReflexController;
import org.astrocyte.controllers.ReflexDecision;
import org.astrocyte.controllers.SensorFrame;
import org.astrocyte.controllers.SpikeSink;
import org.astrocyte.controllers.WakeUp;

/**
 * Several reflexes stacked by priority, after Brooks' subsumption architecture (1986). The planner's drive enters
 * the lowest layer; each layer's command is the drive the next layer up receives, and a layer that overrides
 * replaces what came from below. So the highest layer that overrides wins, and a layer that only modulates (a
 * pattern generator) shapes the drive of those above it. Every layer steps every tick, so that each network keeps
 * its own time.
 *
 * <p>The decision overrides the planner when any layer does; its hazard is the largest of the layers'; it wakes
 * the planner for the reason of the highest layer that raised one.
 */
public final class Subsumption implements ReflexController {

    private final List<ReflexController> byPriority;
    private final String name;

    /**
     * @param byPriority the layers, the highest priority first (e.g. touch escape, then avoidance, then a pattern
     *                   generator); at least one, with distinct names
     */
    public Subsumption(List<ReflexController> byPriority) {
        Objects.requireNonNull(byPriority, "byPriority");
        if (byPriority.isEmpty()) {
            throw new IllegalArgumentException("a subsumption stack needs at least one reflex");
        }
        Set<String> names = new HashSet<>();
        for (ReflexController layer : byPriority) {
            if (!names.add(Objects.requireNonNull(layer, "a layer is null").name())) {
                throw new IllegalArgumentException("two layers are called '" + layer.name()
                        + "'; a stack holds each reflex once");
            }
        }
        this.byPriority = List.copyOf(byPriority);
        this.name = String.join(">", this.byPriority.stream().map(ReflexController::name).toList());
    }

    @Override
    public ReflexDecision step(SensorFrame frame) {
        MotorCommand drive = frame.drive();
        boolean overriding = false;
        double hazard = 0;
        WakeUp wakeUp = null;
        for (int i = byPriority.size() - 1; i >= 0; i--) {
            ReflexDecision decision = byPriority.get(i).step(frame.withDrive(drive));
            drive = decision.command();
            overriding |= decision.overriding();
            hazard = Math.max(hazard, decision.hazard());
            if (decision.wakeUp() != null) {
                wakeUp = decision.wakeUp();
            }
        }
        return new ReflexDecision(drive, overriding, hazard, wakeUp);
    }

    /** The layers' names joined by "&gt;", highest priority first, e.g. {@code touch-escape>braitenberg}. */
    @Override
    public String name() {
        return name;
    }

    /** The layers, highest priority first. */
    public List<ReflexController> layers() {
        return byPriority;
    }

    /** Each layer's counts, keyed {@code layer/population}. */
    @Override
    public Map<String, Integer> takeSpikeCounts() {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (ReflexController layer : byPriority) {
            layer.takeSpikeCounts().forEach((population, n) -> counts.put(layer.name() + "/" + population, n));
        }
        return counts;
    }

    @Override
    public long totalSpikes() {
        long total = 0;
        for (ReflexController layer : byPriority) {
            total += layer.totalSpikes();
        }
        return total;
    }

    /** Passes the sink to every layer; each names its spikes with its own name. */
    @Override
    public void recordSpikes(SpikeSink sink) {
        for (ReflexController layer : byPriority) {
            layer.recordSpikes(sink);
        }
    }

    /** A stack of these layers, or the layer itself when there is only one. */
    public static ReflexController of(List<ReflexController> byPriority) {
        return byPriority.size() == 1 ? byPriority.get(0) : new Subsumption(new ArrayList<>(byPriority));
    }
}
