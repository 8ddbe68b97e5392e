package org.oscetrainer.e2e;

import com.microsoft.playwright.Browser.NewContextOptions;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Debian's Chromium driven by Playwright for Java, offline: no browser download, the flags this
 * machine's closed network needs. Screenshots go to {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    static final Path CHROMIUM = Path.of(System.getenv().getOrDefault("CHROMIUM", "/usr/bin/chromium"));
    static final Path SCREENSHOTS = Path.of(System.getProperty("screenshots.dir", "target/screenshots"));

    private final Playwright playwright;
    private final com.microsoft.playwright.Browser browser;
    private final String baseUrl;

    Browser(int port) {
        this(port, List.of());
    }

    /** A browser with more command-line switches (e.g. Chromium's fake microphone). */
    Browser(int port, List<String> moreArgs) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Browser tests need Chromium at " + CHROMIUM
                    + " (apt-get install chromium), or set CHROMIUM to its path");
        }
        playwright = Playwright.create(new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        browser = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(Stream.concat(Stream.of("--no-sandbox", "--disable-gpu", "--disable-quic",
                        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"),
                        moreArgs.stream()).toList()));
        baseUrl = "http://localhost:" + port;
    }

    /** A fresh browser profile in the given language, e.g. {@code en-GB} or {@code fr-FR}. */
    Page newPage(String locale) {
        return newPage(locale, null);
    }

    /** A fresh browser profile in the given language and time zone (null: the machine's). */
    Page newPage(String locale, String timeZone) {
        var context = browser.newContext(new NewContextOptions().setLocale(locale).setViewportSize(1280, 860)
                .setBaseURL(baseUrl).setAcceptDownloads(true).setTimezoneId(timeZone));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    /**
     * A fresh browser profile with a viewport of {@code width} × {@code height} CSS pixels at {@code scale}
     * device pixels each: a 1280-pixel window zoomed to 200 % is a 640 CSS px viewport at scale 2, as
     * Chromium's own zoom lays it out.
     */
    Page newPage(String locale, int width, int height, double scale) {
        var context = browser.newContext(new NewContextOptions().setLocale(locale).setViewportSize(width, height)
                .setDeviceScaleFactor(scale).setBaseURL(baseUrl));
        context.setDefaultTimeout(15_000);
        return context.newPage();
    }

    static void waitForVaadin(Page page) {
        page.waitForFunction("() => window.Vaadin?.Flow?.clients && Object.keys(Vaadin.Flow.clients).length > 0"
                + " && Object.values(Vaadin.Flow.clients).every(c => !c.isActive())");
    }

    static void signIn(Page page, String username, String password) {
        page.navigate("/login");
        waitForVaadin(page);
        page.locator("#vaadinLoginUsername input").fill(username);
        page.locator("#vaadinLoginPassword input").fill(password);
        page.locator("#vaadinLoginPassword input").press("Enter");
        page.waitForURL(url -> !url.contains("/login"));
        waitForVaadin(page);
        // signed in means the app's layout, not the login form, whatever the URL says
        page.locator("vaadin-app-layout").waitFor();
    }

    static void screenshot(Page page, String name) {
        waitForVaadin(page);
        // the app layout scrolls inside itself: grow the viewport to the content for a whole-page picture
        Object height = page.evaluate("() => Math.max(document.documentElement.scrollHeight,"
                + " ...Array.from(document.querySelectorAll('vaadin-app-layout > *')).map(e => e.scrollHeight + 70))");
        page.setViewportSize(1280, Math.min(4000, Math.max(860, ((Number) height).intValue())));
        page.screenshot(new Page.ScreenshotOptions().setPath(SCREENSHOTS.resolve(name + ".png")));
        page.setViewportSize(1280, 860);
    }

    @Override
    public void close() {
        browser.close();
        playwright.close();
    }
}
