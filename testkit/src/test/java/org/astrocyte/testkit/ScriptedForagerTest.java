package org.astrocyte.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import dev.langchain4j.agent.tool.ToolExecutionRequest;
import dev.langchain4j.model.chat.request.ChatRequest;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The example of the test kit (docs/testing.md): an agent's behaviour tested without an LLM, through the real
 * planner path, with a scripted model and assertions over the run's trace.
 */
class ScriptedForagerTest {

    private static TestRuns runs;

    @BeforeAll
    static void start() {
        runs = new TestRuns();
    }

    @AfterAll
    static void stop() {
        runs.close();
    }

    /** A goal at the first food in sight. */
    private static ToolExecutionRequest.Builder goToFood(ChatRequest request) {
        JsonNode food = ScriptedChatModel.observation(request).get("food_visible").get(0);
        return ToolExecutionRequest.builder().name("set_goal").arguments(String.format(Locale.ROOT,
                "{\"x\":%.2f,\"y\":%.2f}", food.get("x").asDouble(), food.get("y").asDouble()));
    }

    /** A goal at one of four points of the arena, changing every 15 simulated seconds. */
    private static ToolExecutionRequest.Builder patrol(ChatRequest request) {
        double[][] points = {{10.5, 8.5}, {10.5, 1.5}, {1.5, 8.5}, {6.0, 1.5}};
        double[] point = points[(int) (ScriptedChatModel.observation(request).get("time_s").asDouble() / 15) % points.length];
        return ToolExecutionRequest.builder().name("set_goal").arguments(String.format(Locale.ROOT,
                "{\"x\":%.1f,\"y\":%.1f}", point[0], point[1]));
    }

    @Test
    void should_steer_to_food_in_sight_before_eating_it(@TempDir Path dir) throws Exception {
        // given: a model that goes for food in sight and patrols otherwise
        ScriptedChatModel model = ScriptedChatModel.builder()
                .when(ScriptedChatModel.toolAnswered()).reply("on my way")
                .when(ScriptedChatModel.observationContains("\"food_visible\":[{")).callTool(
                        ScriptedForagerTest::goToFood)
                .when(ScriptedChatModel.offers("set_goal")).callTool(ScriptedForagerTest::patrol)
                .otherwise("nothing to do");
        // when
        TestRuns.Outcome outcome = runs.run(TestRuns.scenario(Path.of("..", "examples", "foraging.yaml")),
                Map.of("forager", model), dir);
        // then
        Trace trace = outcome.trace();
        assertTrue(outcome.summary().agents().get(0).foodCollected() >= 2,
                "food: " + outcome.summary().agents().get(0).foodCollected());
        trace.assertCalledBeforeFood("forager", "set_goal", 2);
        assertTrue(model.requests().size() >= 60, "two requests a turn, a turn every 2 s");
        assertEquals("test:forager", outcome.summary().agents().get(0).model());
    }

    @Test
    void should_say_what_happened_when_an_assertion_fails(@TempDir Path dir) throws Exception {
        // given: a model that never steers
        ScriptedChatModel idle = ScriptedChatModel.builder().otherwise("resting");
        // when
        Trace trace = runs.run(TestRuns.scenario(Path.of("..", "examples", "foraging.yaml")).with(7, 10),
                Map.of("forager", idle), dir).trace();
        // then
        AssertionError error = assertThrows(AssertionError.class,
                () -> trace.assertCalledBeforeFood("forager", "set_goal", 1));
        assertEquals("forager collected 0 food items, not 1", error.getMessage());
        assertEquals("the scenario has no agent 'ghost'", assertThrows(IllegalArgumentException.class,
                () -> runs.run(TestRuns.scenario(Path.of("..", "examples", "foraging.yaml")), Map.of("ghost", idle),
                        dir)).getMessage());
    }
}
