package io.github.fakexendit.examples.browser;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.AfterTestExecutionCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionConfigurationException;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.ExtensionContext.Namespace;
import org.junit.jupiter.api.extension.ParameterContext;
import org.junit.jupiter.api.extension.ParameterResolver;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * The extension behind {@link Chromium}: one browser per test class, kept in the class's
 * {@link ExtensionContext.Store}, which quits it when the class is done.
 */
public final class ChromiumExtension implements ParameterResolver, BeforeEachCallback, AfterTestExecutionCallback {

    private static final Namespace NAMESPACE = Namespace.create(ChromiumExtension.class);
    private static final String BROWSER = "browser";
    private static final Path SCREENSHOTS = Path.of("target", "browser-screenshots");
    /** The flags that let Debian's Chromium run headless in a container, offline, without a first-run dialog. */
    private static final String[] FLAGS = {"--headless=new", "--no-sandbox", "--disable-gpu",
        "--disable-dev-shm-usage", "--no-first-run", "--disable-background-networking",
        "--disable-component-update", "--disable-sync", "--window-size=1000,1700"};

    @Override
    public boolean supportsParameter(ParameterContext parameter, ExtensionContext context) {
        return parameter.getParameter().getType() == WebDriver.class;
    }

    @Override
    public Object resolveParameter(ParameterContext parameter, ExtensionContext context) {
        return browserFor(context).driver;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        WebDriver driver = browserFor(context).driver;
        driver.manage().deleteAllCookies();
        driver.get("about:blank");
    }

    /** Runs before {@code @AfterEach} methods, so the screenshot shows what the failed test left on screen. */
    @Override
    public void afterTestExecution(ExtensionContext context) throws IOException {
        if (context.getExecutionException().isEmpty()) {
            return;
        }
        Path file = screenshot(browserFor(context).driver,
                context.getRequiredTestClass().getSimpleName() + "." + context.getRequiredTestMethod().getName());
        context.publishReportEntry("screenshot", file.toAbsolutePath().toString());
    }

    /** Saves what the browser shows as {@code target/browser-screenshots/NAME.png}. */
    public static Path screenshot(WebDriver driver, String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        Path file = SCREENSHOTS.resolve(name + ".png");
        Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        return file;
    }

    @SuppressWarnings("deprecation") // getOrComputeIfAbsent: the API that JUnit 5.10 has too
    private static Browser browserFor(ExtensionContext context) {
        ExtensionContext classContext = context;
        while (classContext.getTestMethod().isPresent()) {
            classContext = classContext.getParent().orElseThrow();
        }
        return classContext.getStore(NAMESPACE).getOrComputeIfAbsent(BROWSER, key -> Browser.start(), Browser.class);
    }

    /** A running Chromium and its profile directory; closed by JUnit with the store. */
    @SuppressWarnings("deprecation") // CloseableResource: what JUnit before 5.13 closes; later ones close AutoCloseable
    private static final class Browser implements ExtensionContext.Store.CloseableResource, AutoCloseable {
        private final WebDriver driver;
        private final Path profile;

        private Browser(WebDriver driver, Path profile) {
            this.driver = driver;
            this.profile = profile;
        }

        static Browser start() {
            Path binary = ChromiumInstalled.binary();
            Path driverBinary = ChromiumInstalled.driver();
            Optional<Path> missing = ChromiumInstalled.missing();
            if (missing.isPresent()) {
                throw new ExtensionConfigurationException("The browser tests need Chromium and its driver, and "
                        + missing.get() + " is missing. On Debian or Ubuntu: " + ChromiumInstalled.INSTALL
                        + " (CI installs them). Elsewhere, point -Dchromium.binary and -Dchromium.driver at a"
                        + " Chromium and the chromedriver of the same version.");
            }
            Path profile;
            try {
                profile = Files.createTempDirectory("chromium-profile");
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            ChromeOptions options = new ChromeOptions().setBinary(binary.toFile()).addArguments(FLAGS)
                    .addArguments("--user-data-dir=" + profile);
            // merchants' return URLs are HTTPS, served in tests with a self-signed certificate
            options.setAcceptInsecureCerts(true);
            // an explicit driver and browser: Selenium Manager has nothing to find or download
            ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(driverBinary.toFile())
                    .usingAnyFreePort().build();
            ChromeDriver driver;
            try {
                driver = new ChromeDriver(service, options);
            } catch (RuntimeException e) {
                delete(profile);
                throw e;
            }
            driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
            return new Browser(driver, profile);
        }

        private static void delete(Path dir) {
            try (Stream<Path> files = Files.walk(dir)) {
                files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public void close() {
            try {
                driver.quit();
            } finally {
                delete(profile);
            }
        }
    }
}
