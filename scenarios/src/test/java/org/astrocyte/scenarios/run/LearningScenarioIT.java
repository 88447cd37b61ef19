package org.astrocyte.scenarios.run;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.astrocyte.core.config.YamlConfigReader;
import org.astrocyte.scenarios.spec.ScenarioSpec;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The learning reflex improves within a scenario run: its collisions fall from the first half to the second. */
class LearningScenarioIT {

    private static final ScenarioRuns runs = new ScenarioRuns();

    @TempDir
    Path dir;

    @AfterAll
    static void shutDown() {
        runs.close();
    }

    @Test
    void should_collide_less_in_the_second_half_of_a_run_than_in_the_first_over_six_seeds() {
        // given
        ScenarioSpec spec = new YamlConfigReader().read(Path.of("..", "examples", "learning-avoidance.yaml"),
                ScenarioSpec.class);
        int first = 0;
        int second = 0;
        // when
        for (long seed = 1; seed <= 6; seed++) {
            RunSummary summary = runs.run(spec.with(seed, spec.duration()), dir.resolve("seed" + seed));
            CollisionCurve curve = summary.collisionCurves().get("learner");
            assertEquals(8, curve.counts().size());
            assertEquals(summary.agents().get(0).collisions(), curve.firstHalf() + curve.secondHalf());
            assertTrue(Files.isRegularFile(dir.resolve("seed" + seed).resolve("learning-curve.png")));
            first += curve.firstHalf();
            second += curve.secondHalf();
        }
        // then
        assertTrue(first >= 20, "enough collisions to learn from: " + first);
        assertTrue(second <= 0.75 * first, "first half " + first + ", second half " + second);
    }
}
