package org.dialoguetracker.browser;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.support.ui.ExpectedConditions;

import org.openqa.selenium.JavascriptExecutor;

import org.openqa.selenium.By;

import java.time.LocalDate;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebDriverException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Headless Chromium for the browser tests: Debian's {@link #HEADLESS_SHELL} where it is installed, else
 * {@code /usr/bin/chromium}, driven by {@code /usr/bin/chromedriver}, all named explicitly so that Selenium Manager
 * never runs (and never tries to download a driver or a browser). Each instance has its own throw-away profile
 * directory, removed when it is {@link #close() closed}.
 * <p>
 * Typical use in a test class, one browser for all its tests (see {@link #perClass()}):
 * <pre>
 * &#64;RegisterExtension
 * static final Browser browser = Browser.perClass();
 * </pre>
 * or {@link #start()} and {@link #close()} by hand, where only some tests need a browser.
 */
public final class Browser implements AutoCloseable, BeforeAllCallback, AfterAllCallback {

    public static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    public static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

    /**
     * Debian's {@code chromium-headless-shell}: the same Blink, without the full browser around it. It takes a third
     * less CPU than {@code chromium --headless=new} for the same walk (the page walk and the XSS suite: 100 s of
     * Chromium's CPU against 60 s), so the tests use it when it is installed ({@code .ci/run} installs it). The
     * binary itself, not Debian's {@code /usr/bin} wrapper: chromedriver stops the process it started, and the
     * wrapper's shell would leave the browser running, with {@code quit()} waiting 20 s for it.
     */
    public static final Path HEADLESS_SHELL = Path.of("/usr/lib/chromium/chromium-headless-shell");

    /** Where {@link #screenshot(String)} writes, relative to the Maven module (the working directory of Surefire). */
    public static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /**
     * How long an explicit wait, or a page's load, may take: only a guard against a hang, as long as a page may take
     * on a machine busy with other work.
     */
    public static final Duration WAIT = Duration.ofSeconds(30);

    /** How often a wait asks whether its condition holds. */
    static final Duration POLL = Duration.ofMillis(40);

    /**
     * Selenium warns on every start that it has no DevTools (CDP) classes for this Chromium version. The tests do not
     * use CDP, so these loggers are quietened (and held here, since java.util.logging keeps loggers only weakly).
     */
    private static final List<Logger> QUIET_LOGGERS = List.of(
            Logger.getLogger("org.openqa.selenium.devtools.CdpVersionFinder"),
            Logger.getLogger("org.openqa.selenium.chromium.ChromiumDriver"));

    static {
        QUIET_LOGGERS.forEach(logger -> logger.setLevel(Level.SEVERE));
    }

    private ChromeDriverService service;

    private WebDriver driver;

    private Path profile;

    private Browser() {
    }

    /**
     * A browser for every test of a class, registered as {@code @RegisterExtension static final Browser browser =
     * Browser.perClass();}: started before the class's tests (which are skipped, with the reason printed, where there
     * is no Chromium), closed after them.
     */
    public static Browser perClass() {
        return new Browser();
    }

    @Override
    public void beforeAll(ExtensionContext context) {
        assumeAvailable();
        open();
    }

    @Override
    public void afterAll(ExtensionContext context) {
        if (driver != null) {
            close();
        }
    }

    /** Why no browser test can run here, or empty when Chromium and its driver are both installed. */
    public static Optional<String> unavailableReason() {
        if (!Files.isExecutable(CHROMIUM)) {
            if (!Files.isExecutable(HEADLESS_SHELL)) {
                return Optional.of("Chromium is not installed (no executable " + CHROMIUM + "), browser tests skipped");
            }
        }
        if (!Files.isExecutable(CHROMEDRIVER)) {
            return Optional.of("chromedriver is not installed (no executable " + CHROMEDRIVER + "), browser tests skipped");
        }
        return Optional.empty();
    }

    /** Skips the calling test (class, when called from {@code @BeforeAll}) with a printed reason when there is no browser. */
    public static void assumeAvailable() {
        Optional<String> reason = unavailableReason();
        reason.ifPresent(r -> System.out.println("[tests] " + r));
        Assumptions.assumeTrue(reason.isEmpty(), reason.orElse(""));
    }

    /** Starts chromedriver and a headless Chromium with a fresh profile; the caller must {@link #close()} it. */
    public static Browser start() {
        Browser browser = new Browser();
        browser.open();
        return browser;
    }

    private void open() {
        // Selenium's usage statistics would go over the network: keep them off (the explicit paths below
        // already mean that Selenium Manager is not needed).
        System.setProperty("SE_AVOID_STATS", "true");
        System.setProperty(ChromeDriverService.CHROME_DRIVER_EXE_PROPERTY, CHROMEDRIVER.toString());
        ChromeOptions options = new ChromeOptions();
        options.addArguments("--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--no-first-run", "--disable-sync",
                "--disable-extensions", "--disable-default-apps", "--window-size=1280,1000", "--lang=en-GB",
                // no transitions (Bootstrap honours reduced motion) and no smooth scrolling: nothing to paint frame
                // by frame, and nothing to wait for once a menu opens or a page scrolls to a button
                "--force-prefers-reduced-motion", "--disable-smooth-scrolling");
        profile = null;
        if (Files.isExecutable(HEADLESS_SHELL)) {
            // headless by nature; it finds no page to drive when given a profile directory of its own, so it gets
            // chromedriver's, which chromedriver removes when the session ends
            options.setBinary(HEADLESS_SHELL.toFile());
            options.addArguments("--headless");
        }
        else {
            try {
                profile = Files.createTempDirectory("dialogue-tracker-chromium-");
            }
            catch (IOException ex) {
                throw new UncheckedIOException("Could not create a Chromium profile directory", ex);
            }
            options.setBinary(CHROMIUM.toFile());
            options.addArguments("--headless=new", "--user-data-dir=" + profile.toAbsolutePath());
        }
        // The pages are asked for in English unless a test switches language in the application itself.
        options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "en-GB,en"));
        // the console, to catch script errors and content-security-policy violations
        LoggingPreferences logging = new LoggingPreferences();
        logging.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logging);
        service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(CHROMEDRIVER.toString()))
                .usingAnyFreePort()
                .build();
        try {
            driver = new ChromeDriver(service, options);
            driver.manage().timeouts().pageLoadTimeout(WAIT);
        }
        catch (RuntimeException ex) {
            service.stop();
            if (profile != null) {
                deleteQuietly(profile);
            }
            throw ex;
        }
    }

    /**
     * Signs in through the application's login form (every demo account's password is {@code demo}) and waits until
     * the browser has left the login page.
     */
    public void logIn(String baseUrl, String username) {
        driver.get(baseUrl + "/login");
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("username"))).sendKeys(username);
        driver.findElement(By.id("password")).sendKeys("demo");
        driver.findElement(By.cssSelector("form[action$='/login'] button[type=submit]")).click();
        waiting().until(ExpectedConditions.not(ExpectedConditions.urlContains("/login")));
    }

    /** Replaces the text of the field with this id, and checks that the field holds it. */
    public static void type(WebDriver driver, String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
        assertThat(field.getDomProperty("value")).as("typed into #" + id).isEqualTo(text);
    }

    /** Sets an {@code <input type=date>} the way its picker would, independent of the browser's locale. */
    public static void setDate(WebDriver driver, String id, LocalDate date) {
        WebElement field = driver.findElement(By.id(id));
        ((JavascriptExecutor) driver).executeScript(
                "arguments[0].value = arguments[1]; arguments[0].dispatchEvent(new Event('change', {bubbles: true}));",
                field, date.toString());
        assertThat(field.getDomProperty("value")).isEqualTo(date.toString());
    }

    public WebDriver driver() {
        return driver;
    }

    /**
     * Waits until {@code element} belongs to a page that is gone. While the next page loads, Chrome reports the old
     * element either as stale or, now and then, as "a node that does not belong to the document": both mean gone
     * (Selenium's {@code stalenessOf} knows only the first, and failed the journeys on a busy machine).
     */
    public void waitUntilGone(WebElement element) {
        waiting().until(driver -> {
            try {
                element.isEnabled();
                return false;
            }
            catch (StaleElementReferenceException gone) {
                return true;
            }
            catch (WebDriverException maybeGone) {
                if (String.valueOf(maybeGone.getMessage()).contains("does not belong to the document")) {
                    return true;
                }
                throw maybeGone;
            }
        });
    }

    /**
     * An explicit wait of at most {@link #WAIT}, asking every {@link #POLL}. (Selenium's default asks every 500 ms,
     * and nearly every wait here, for the page after a click, is not met at its first question: the browser tests
     * spent most of their time asleep between two questions.)
     */
    public WebDriverWait waiting() {
        return new WebDriverWait(driver, WAIT, POLL);
    }

    /**
     * The errors the pages wrote to the console since the last call: script errors, failed loads and
     * content-security-policy violations ("Refused to apply inline style…").
     */
    public List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(entry -> entry.getLevel().intValue() >= Level.SEVERE.intValue())
                .map(LogEntry::getMessage)
                .toList();
    }

    /** Saves what the browser window shows as {@code target/screenshots/<name>.png} and returns the file. */
    public Path screenshot(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Path target = SCREENSHOTS.resolve(name + ".png");
            File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
            Files.copy(shot.toPath(), target, StandardCopyOption.REPLACE_EXISTING);
            Files.deleteIfExists(shot.toPath());
            return target;
        }
        catch (IOException ex) {
            throw new UncheckedIOException("Could not save the screenshot " + name, ex);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        }
        finally {
            driver = null;
            service.stop();
            if (profile != null) {
                deleteQuietly(profile);
            }
        }
    }

    private static void deleteQuietly(Path directory) {
        try (Stream<Path> paths = Files.walk(directory)) {
            List<Path> all = paths.sorted(Comparator.reverseOrder()).toList();
            for (Path path : all) {
                Files.deleteIfExists(path);
            }
        }
        catch (IOException | UncheckedIOException ex) {
            // a leftover temporary profile is harmless
        }
    }
}
