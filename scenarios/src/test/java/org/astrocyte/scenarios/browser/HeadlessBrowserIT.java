package org.astrocyte.scenarios.browser;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.junit.jupiter.api.io.TempDir;

/** The browser the report and live-view tests use starts, reports console errors and takes screenshots. */
class HeadlessBrowserIT {

    @Test
    void loadsAPageSeesItsConsoleErrorAndTakesAScreenshot(@TempDir Path dir) throws Exception {
        assumeTrue(HeadlessBrowser.configured(), HeadlessBrowser.HOW_TO_RUN);
        Path page = Files.writeString(dir.resolve("page.html"),
                "<html><body><h1 id='title'>hello</h1><script>console.error('deliberate');</script></body></html>");
        try (HeadlessBrowser browser = HeadlessBrowser.start()) {
            browser.driver().get(page.toUri().toString());
            assertEquals("hello", browser.driver().findElement(By.id("title")).getText());
            assertTrue(browser.consoleErrors().stream().anyMatch(message -> message.contains("deliberate")),
                    "the console error is reported");
            Path shot = browser.screenshot(dir.resolve("shot.png"));
            assertTrue(Files.size(shot) > 1000, "a screenshot of " + Files.size(shot) + " bytes");
        }
    }
}
