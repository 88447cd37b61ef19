package org.astrocyte.scenarios.report;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;
import org.astrocyte.core.config.YamlConfigReader;
import org.astrocyte.scenarios.browser.HeadlessBrowser;
import org.astrocyte.scenarios.cli.CliSession;
import org.astrocyte.scenarios.run.WorldFactory;
import org.astrocyte.scenarios.spec.ScenarioSpec;
import org.astrocyte.scenarios.world.Vec2;
import org.astrocyte.scenarios.world.World;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** The run report of a real run, as a researcher opens it: from a file, in a browser, replayed. */
class RunReportIT {

    /** Two foragers, a rock the timeline moves, a cart going back and forth, food, a goal, a hazard and sources. */
    private static final String SCENARIO = """
            name: report-test
            seed: 11
            duration: 8
            plannerPeriod: 1.0
            arena:
              width: 8
              height: 6
              obstacles:
                - {id: rock, x: 4.0, y: 3.0, radius: 0.5}
                - id: cart
                  x: 6.5
                  y: 1.0
                  radius: 0.3
                  path: {waypoints: [{x: 6.5, y: 5.0}], speed: 0.9, mode: ping_pong}
              goals:
                - {id: home, x: 7.2, y: 5.2, radius: 0.5}
              hazards:
                - {id: acid, x: 2.0, y: 5.0, radius: 0.6, drainPerSecond: 1.0}
              lights:
                - {id: lamp, x: 1.0, y: 5.5, intensity: 1.0, halfDistance: 1.0}
              chemicals:
                - {id: scent, x: 6.5, y: 4.8, strength: 1.0, sigma: 0.8}
            food:
              regrowSeconds: 30
              items:
                - {x: 1.7, y: 1.7}
                - {x: 6.0, y: 4.5}
            timeline:
              - {at: 4.0, action: move_obstacle, target: rock, x: 4.5, y: 2.5}
            agents:
              - id: forager
                start: {x: 1.0, y: 1.0, headingDeg: 45}
                reflex: braitenberg
                planner: {provider: offline}
              - id: scout
                start: {x: 3.0, y: 1.0, headingDeg: 90}
                reflex: braitenberg
                planner: {provider: offline}
            """;
    private static final Path SHOTS = Path.of("target", "run-report-it");
    private static final Duration DEADLINE = Duration.ofSeconds(20);

    private final CliSession cli = new CliSession();

    private int astrocyte(String... args) {
        return cli.run(args);
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        return HeadlessBrowser.eventually(condition, DEADLINE);
    }

    @Test
    void theReportOfARealRunReplaysItsArenaInTheBrowser(@TempDir Path dir) throws Exception {
        assumeTrue(HeadlessBrowser.configured(), HeadlessBrowser.HOW_TO_RUN);
        // given a run through the CLI and its report
        Path scenario = Files.writeString(dir.resolve("report-test.yaml"), SCENARIO);
        Path run = dir.resolve("run");
        assertEquals(0, astrocyte("run", scenario.toString(), "--out", run.toString(), "--quiet"), cli.err());
        assertEquals(0, astrocyte("report", run.toString()), cli.err());
        Path report = run.resolve("report.html");
        assertTrue(Files.isRegularFile(run.resolve("world.json")), "the runner writes the world's layout");
        try (HeadlessBrowser browser = HeadlessBrowser.start()) {
            // when it is opened from a file
            browser.driver().get(report.toUri().toString());
            WebElement time = browser.driver().findElement(By.id("replay-time"));
            // then it shows the start, without errors, and fits the window
            assertEquals("0.0", time.getText());
            assertEquals(List.of(), browser.consoleErrors());
            Object overflow = browser.driver().executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            assertEquals(0L, ((Number) overflow).longValue(), "no horizontal scrolling");
            // when play is pressed, the replay's time advances
            browser.driver().findElement(By.id("play")).click();
            assertTrue(eventually(() -> Double.parseDouble(time.getText()) >= 1.0),
                    "the replay reached " + time.getText() + " s");
            browser.driver().findElement(By.id("play")).click();
            // when the slider is moved to 6 s, the replay shows that moment
            browser.driver().executeScript("const s = document.getElementById('slider'); s.value = '6';"
                    + "s.dispatchEvent(new Event('input'));");
            assertEquals("6.0", time.getText());
            // then the obstacles are where the world has them: the cart on its path, the rock where it was moved
            Map<String, List<Number>> drawn = obstaclesDrawnAt(browser, 6.0);
            Vec2 cart = cartAt(scenario, 6.0);
            assertEquals(cart.x(), drawn.get("cart").get(0).doubleValue(), 1e-9);
            assertEquals(cart.y(), drawn.get("cart").get(1).doubleValue(), 1e-9);
            assertEquals(List.of(4.5, 2.5), drawn.get("rock").stream().map(Number::doubleValue).toList());
            // when the pointer rests on the first agent's first planner turn (at 0 s, the timeline's left edge)
            String tip = (String) browser.driver().executeScript("""
                    const c = document.getElementById('timeline');
                    const r = c.getBoundingClientRect();
                    c.dispatchEvent(new MouseEvent('mousemove', {clientX: r.left + 96, clientY: r.top + 7}));
                    return document.getElementById('tooltip').textContent;""");
            // then its model, latency, tokens and reply are shown
            assertTrue(tip.startsWith("forager planner turn at 0.00 s, offline-forager\nlatency 0 ms (simulated)"),
                    tip);
            assertTrue(tip.contains("tokens ") && tip.contains("reply: "), tip);
            assertEquals(List.of(), browser.consoleErrors());
            browser.screenshot(SHOTS.resolve("replay.png"));
            browser.driver().executeScript("document.getElementById('timeline').scrollIntoView();");
            browser.screenshot(SHOTS.resolve("charts.png"));
            // when the neuron raster is in view
            browser.driver().executeScript("document.getElementById('neurons').scrollIntoView();");
            // then it shows a dot for each spike the forager's network recorded, in colour, on the plot
            assertEquals(recordedSpikes(run, "forager"), dotsDrawn(browser), "a dot per recorded spike");
            assertTrue(dotsDrawn(browser) > 0, "the forager's reflex fired");
            assertTrue(colouredPixels(browser) > 0, "dots on the canvas");
            // when the raster is clicked half way along its time axis, the replay goes there
            browser.driver().executeScript("""
                    const c = document.getElementById('neurons');
                    const r = c.getBoundingClientRect();
                    const x = r.left + 150 + (r.width - 150 - 56) * 0.5;
                    c.dispatchEvent(new MouseEvent('click', {clientX: x, clientY: r.top + 10}));""");
            assertEquals("4.0", time.getText());
            // when the other agent is chosen, its own raster is drawn
            browser.driver().executeScript("const s = document.getElementById('spike-agent'); s.value = '1';"
                    + "s.dispatchEvent(new Event('change'));");
            assertEquals(recordedSpikes(run, "scout"), dotsDrawn(browser));
            String caption = browser.driver().findElement(By.id("neuron-caption")).getText();
            assertTrue(caption.startsWith(recordedSpikes(run, "scout") + " spikes of 8 neurons"), caption);
            assertEquals(List.of(), browser.consoleErrors());
            browser.driver().executeScript("document.getElementById('spike-agent').scrollIntoView();");
            browser.screenshot(SHOTS.resolve("neurons.png"));
        }
    }

    /** The rows of {@code agent} in the run's spikes.csv. */
    private static long recordedSpikes(Path run, String agent) throws java.io.IOException {
        try (var lines = Files.lines(run.resolve("spikes.csv"))) {
            return lines.filter(line -> line.startsWith(agent + ",")).count();
        }
    }

    private static long dotsDrawn(HeadlessBrowser browser) {
        return ((Number) browser.driver().executeScript(
                "return Number(document.getElementById('neurons').dataset.dots);")).longValue();
    }

    /** Pixels of the neuron raster's plot (right of its labels) in a colour rather than a grey. */
    private static long colouredPixels(HeadlessBrowser browser) {
        return ((Number) browser.driver().executeScript("""
                const c = document.getElementById('neurons');
                const dpr = window.devicePixelRatio || 1;
                const x0 = Math.ceil(150 * dpr);
                const image = c.getContext('2d').getImageData(x0, 0, c.width - x0, c.height).data;
                let coloured = 0;
                for (let i = 0; i < image.length; i += 4) {
                  const r = image[i], g = image[i + 1], b = image[i + 2];
                  if (image[i + 3] > 0 && Math.max(r, g, b) - Math.min(r, g, b) > 40) {
                    coloured++;
                  }
                }
                return coloured;""")).longValue();
    }

    @SuppressWarnings("unchecked")
    private static Map<String, List<Number>> obstaclesDrawnAt(HeadlessBrowser browser, double seconds) {
        return (Map<String, List<Number>>) browser.driver().executeScript("""
                const data = JSON.parse(document.getElementById('run-data').textContent);
                const track = new AstroArena.ObstacleTrack(data.world);
                data.obstacleChanges.forEach((c) => track.add(c));
                const drawn = {};
                for (const o of track.at(arguments[0])) {
                  drawn[o.def.id] = o.anchor;
                }
                return drawn;""", seconds);
    }

    /** Where the world puts the cart after {@code seconds} (its path does not depend on the bodies). */
    private static Vec2 cartAt(Path scenario, double seconds) {
        World world = WorldFactory.create(new YamlConfigReader().read(scenario, ScenarioSpec.class));
        world.step(seconds);
        return world.obstaclePosition("cart");
    }
}
