package org.astrocyte.scenarios.run;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.astrocyte.controllers.learning.LearningCurve;
import org.astrocyte.scenarios.plot.CollisionCurvePlot;
import org.astrocyte.scenarios.spec.ReflexKind;
import org.astrocyte.scenarios.spec.ScenarioSpec;

/** Builds each agent's {@link CollisionCurve} at the end of a run, and plots them when a reflex learned. */
final class CollisionCurves {

    /** Bins per curve: even, so that the halves compare. */
    static final int BINS = 8;

    private CollisionCurves() {
    }

    static Map<String, CollisionCurve> of(List<AgentRuntime> runtimes, double durationSeconds) {
        double binSeconds = Math.max(durationSeconds, 1e-3) / BINS * (1 + 1e-9);
        Map<String, CollisionCurve> curves = new LinkedHashMap<>();
        for (AgentRuntime runtime : runtimes) {
            LearningCurve.Recorder recorder = LearningCurve.recorder(runtime.id(), binSeconds, BINS);
            runtime.collisionTimes.forEach(recorder::record);
            LearningCurve curve = recorder.build();
            curves.put(runtime.id(), new CollisionCurve(binSeconds, Arrays.stream(curve.counts()).boxed().toList(),
                    curve.firstHalf(), curve.secondHalf()));
        }
        return curves;
    }

    /** Writes the curves of the agents whose reflex learns to {@code file}; nothing when none learns. */
    static void plotIfLearning(ScenarioSpec spec, Map<String, CollisionCurve> curves, Path file) throws IOException {
        Map<String, CollisionCurve> learning = new LinkedHashMap<>();
        spec.agents().stream().filter(a -> a.layers().contains(ReflexKind.LEARNING_AVOIDANCE))
                .forEach(a -> learning.put(a.id(), curves.get(a.id())));
        if (!learning.isEmpty()) {
            CollisionCurvePlot.write(learning, file);
        }
    }
}
