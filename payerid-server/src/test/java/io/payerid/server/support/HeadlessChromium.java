package io.payerid.server.support;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Assertions;
import org.junit.jupiter.api.Assumptions;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A headless Chromium at phone width, driven by Selenium through the system's own chromium and
 * chromedriver. Both paths are given explicitly, so Selenium Manager never runs and nothing is ever
 * downloaded. Without them the calling test is skipped with a notice, except with {@code CI=true},
 * where it fails (CI installs chromium).
 */
public final class HeadlessChromium implements AutoCloseable {

    private static final List<String> BROWSERS = List.of("chromium", "chromium-browser", "google-chrome");
    private static final List<String> DRIVERS = List.of("chromedriver");
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private final ChromeDriver driver;
    private int width;

    private HeadlessChromium(ChromeDriver driver) {
        this.driver = driver;
    }

    /** A browser {@code width} CSS pixels wide that sends {@code userAgent} (null: Chromium's own). */
    public static HeadlessChromium atWidth(int width, String userAgent) {
        File browser = onPath(BROWSERS).orElse(null);
        File chromedriver = onPath(DRIVERS).orElse(null);
        if (browser == null || chromedriver == null) {
            String message = "chromium and chromedriver must be on the PATH for browser tests (found browser="
                    + browser + ", driver=" + chromedriver + ")";
            if ("true".equalsIgnoreCase(System.getenv("CI"))) {
                Assertions.fail(message + " (CI=true: browser tests must run)");
            }
            Assumptions.abort(message);
        }
        // A window cannot be narrower than about 500 px; mobile emulation gives the page a phone's viewport
        // (and honours its viewport meta tag) whatever the window.
        Map<String, Object> phone = new HashMap<>();
        phone.put("deviceMetrics", Map.of("width", width, "height", 896, "pixelRatio", 1.0, "mobile", true));
        if (userAgent != null) {
            phone.put("userAgent", userAgent);
        }
        ChromeOptions options = new ChromeOptions().setBinary(browser)
                .addArguments("--headless=new", "--window-size=" + Math.max(width, 600) + ",1000", "--no-sandbox",
                        "--disable-gpu", "--disable-dev-shm-usage", "--hide-scrollbars", "--lang=zh-CN")
                .setExperimentalOption("mobileEmulation", phone);
        ChromeDriverService.Builder builder = new ChromeDriverService.Builder().usingDriverExecutable(chromedriver);
        ChromeDriverService service = builder.usingPort(TestPorts.free()).build();
        HeadlessChromium chromium = new HeadlessChromium(new ChromeDriver(service, options));
        chromium.width = width;
        return chromium;
    }

    /** Fails unless the page really is laid out {@code width} CSS pixels wide (else an overflow check means nothing). */
    private void requirePhoneViewport() {
        Object inner = driver.executeScript("return window.innerWidth;");
        if (((Number) inner).intValue() != width) {
            Assertions.fail("the page's viewport is " + inner + " px wide, not " + width);
        }
    }

    public ChromeDriver driver() {
        return driver;
    }

    /** Waits until the page (after a form's navigation, say) shows an element matching {@code locator}. */
    public boolean awaitElement(By locator, Duration timeout) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (!driver.findElements(locator).isEmpty()) {
                return true;
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
        return false;
    }

    /** How far the page reaches beyond the viewport's right edge, in CSS pixels (0: it fits). */
    public long horizontalOverflow() {
        requirePhoneViewport();
        Object overflow = driver.executeScript(
                "return Math.max(document.documentElement.scrollWidth, document.body.scrollWidth) - window.innerWidth;");
        return ((Number) overflow).longValue();
    }

    /** Saves the whole visible page under {@code target/screenshots/<name>.png} and returns its path. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path file = SCREENSHOTS.resolve(name + ".png");
            Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
            return file;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        driver.quit();
    }

    private static Optional<File> onPath(List<String> names) {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String name : names) {
            for (String directory : path.split(File.pathSeparator)) {
                File candidate = new File(directory, name);
                if (candidate.isFile() && candidate.canExecute()) {
                    return Optional.of(candidate);
                }
            }
        }
        return Optional.empty();
    }
}
