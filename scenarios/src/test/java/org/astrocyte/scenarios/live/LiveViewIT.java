package org.astrocyte.scenarios.live;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.astrocyte.scenarios.browser.HeadlessBrowser;
import org.astrocyte.scenarios.cli.CliSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;

/** {@code astrocyte run --live} as a person watches it: a short run in this JVM, its page in a headless browser. */
class LiveViewIT {

    private static final Duration DEADLINE = Duration.ofSeconds(60);
    private static final Pattern URL = Pattern.compile("Live view: (http://127\\.0\\.0\\.1:\\d+/)");

    private final CliSession cli = new CliSession();

    private int astrocyte(String... args) {
        return cli.run(args);
    }

    private static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        return HeadlessBrowser.eventually(condition, DEADLINE);
    }

    @Test
    void aLiveRunShowsItsBodiesMovingAndItsEventsAndSaysWhenItFinished(@TempDir Path dir) throws Exception {
        assumeTrue(HeadlessBrowser.configured(), HeadlessBrowser.HOW_TO_RUN);
        ExecutorService background = Executors.newSingleThreadExecutor();
        try (HeadlessBrowser browser = HeadlessBrowser.start()) {
            // given a 16 s run of the two foragers, shown live at four times real time on any free port
            Future<Integer> exit = background.submit(() -> astrocyte("run", "../examples/foraging-pair.yaml", "--duration",
                    "16", "--out", dir.toString(), "--live", "--speed", "4", "--linger", "6", "--quiet"));
            assertTrue(eventually(() -> URL.matcher(cli.out()).find()), "the URL is printed: " + cli.out() + cli.err());
            Matcher url = URL.matcher(cli.out());
            assertTrue(url.find());
            // when the page is opened
            browser.driver().get(url.group(1));
            // then it draws the agents, whose positions change as the run goes
            assertTrue(eventually(() -> rows(browser) == 2), "both agents are listed");
            String first = position(browser);
            assertTrue(eventually(() -> !position(browser).equals(first)), "the first agent moved from " + first);
            assertTrue(eventually(() -> browser.driver().findElements(By.cssSelector("#live-events li")).size() > 3),
                    "events are listed");
            assertTrue(eventually(() -> status(browser).startsWith("run finished at 16.0 s")),
                    "the page says the run finished: " + status(browser));
            assertEquals(List.of(), browser.consoleErrors());
            String events = browser.driver().findElement(By.id("live-events")).getText();
            assertTrue(events.contains("PlannerCalled") && events.contains("RunFinished"), events);
            browser.screenshot(Path.of("target", "live-view-it", "live.png"));
            assertEquals(0, exit.get(DEADLINE.toSeconds(), TimeUnit.SECONDS), cli.err());
        } finally {
            background.shutdownNow();
        }
    }

    private static int rows(HeadlessBrowser browser) {
        return browser.driver().findElements(By.cssSelector("#live-agents tr")).size();
    }

    private static String position(HeadlessBrowser browser) {
        return browser.driver().findElement(By.cssSelector("#live-agent-0 .pos-x")).getText() + ","
                + browser.driver().findElement(By.cssSelector("#live-agent-0 .pos-y")).getText();
    }

    private static String status(HeadlessBrowser browser) {
        return browser.driver().findElement(By.id("live-status")).getText();
    }
}
