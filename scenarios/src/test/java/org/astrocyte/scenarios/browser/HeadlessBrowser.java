package org.astrocyte.scenarios.browser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.logging.Level;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;

/**
 * Debian's headless chromium, driven through its chromedriver, for the tests of the HTML pages. The two programs
 * are named by {@value #CHROMIUM_VARIABLE} and {@value #CHROMEDRIVER_VARIABLE}, which {@code .ci/run} sets after
 * installing them; tests skip (through {@link #configured()}) where they are not set.
 */
public final class HeadlessBrowser implements AutoCloseable {

    public static final String CHROMIUM_VARIABLE = "ASTROCYTE_TEST_CHROMIUM";
    public static final String CHROMEDRIVER_VARIABLE = "ASTROCYTE_TEST_CHROMEDRIVER";
    public static final String HOW_TO_RUN = "browser tests need " + CHROMIUM_VARIABLE + " (e.g. /usr/bin/chromium) and "
            + CHROMEDRIVER_VARIABLE + " (e.g. /usr/bin/chromedriver); .ci/run installs Debian's chromium and "
            + "chromium-driver and sets them";

    private final ChromeDriver driver;
    private final Path profile;

    private HeadlessBrowser(ChromeDriver driver, Path profile) {
        this.driver = driver;
        this.profile = profile;
    }

    /** Whether the environment names a chromium and a chromedriver. */
    public static boolean configured() {
        return present(CHROMIUM_VARIABLE) && present(CHROMEDRIVER_VARIABLE);
    }

    /** Starts a headless chromium with a fresh profile, no background networking and the console log kept. */
    public static HeadlessBrowser start() throws IOException {
        Path profile = Files.createTempDirectory("astrocyte-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(System.getenv(CHROMIUM_VARIABLE));
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-dev-shm-usage", "--window-size=1280,900", "--user-data-dir=" + profile);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getenv(CHROMEDRIVER_VARIABLE)).toFile())
                .usingAnyFreePort()
                .build();
        return new HeadlessBrowser(new ChromeDriver(service, options), profile);
    }

    /** The driver, for finding elements and running scripts. */
    public ChromeDriver driver() {
        return driver;
    }

    /** The console messages of level SEVERE (errors, failed loads) since the last call. */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves a PNG screenshot of the window to {@code file} and returns it. */
    public Path screenshot(Path file) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @Override
    public void close() throws IOException {
        driver.quit();
        try (var paths = Files.walk(profile)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        }
    }

    /**
     * Polls {@code condition} every 50 ms until it holds or {@code deadline} passes (a page updates on its own
     * schedule); whether it held.
     */
    public static boolean eventually(BooleanSupplier condition, Duration deadline) throws InterruptedException {
        long end = System.nanoTime() + deadline.toNanos();
        while (System.nanoTime() < end) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(50);
        }
        return condition.getAsBoolean();
    }

    private static boolean present(String variable) {
        String value = System.getenv(variable);
        return value != null && !value.isBlank();
    }
}
