package org.oscetrainer.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.SetPasswordLinks;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Reflow and zoom (RGAA 10.11 / WCAG 1.4.10, 1.4.4): the student's station list, a station being played
 * with its transcript, the result, and the examiner's review, at 320 CSS px wide and at 1280 px zoomed to
 * 200 % (a 640 CSS px viewport at two device pixels per CSS pixel, which is how Chromium lays out a zoomed
 * window). No page scrolls sideways, nothing but a data grid is wider than the window, and the question
 * field and the send button stay on screen.
 */
@IntegrationTest
class ReflowBrowserTest extends BrowserTest {

    @Autowired AccountService accounts;
    @Autowired SetPasswordLinks links;

    /** A viewport: its name, its size in CSS pixels and its device pixels per CSS pixel. */
    record Viewport(String name, int width, int height, double scale) {
    }

    static final List<Viewport> VIEWPORTS = List.of(new Viewport("320px", 320, 640, 1),
            new Viewport("1280px-zoom200", 640, 430, 2));

    /**
     * What overflows sideways: the document's scroll width over its client width, and every visible
     * element (outside data grids, which may scroll in two dimensions, WCAG 1.4.10's exception) whose
     * box passes the window's right or left edge (Vaadin's connection indicator aside: a toast shown
     * only while the connection is lost).
     */
    static final String OVERFLOW = """
            () => {
              const out = [], de = document.documentElement, w = de.clientWidth;
              if (de.scrollWidth > w + 1) out.push('document scrollWidth ' + de.scrollWidth + ' > ' + w);
              const sb = document.body;
              if (sb.scrollWidth > sb.clientWidth + 1) out.push('body scrollWidth ' + sb.scrollWidth + ' > ' + sb.clientWidth);
              const walk = (root) => {
                for (const el of root.querySelectorAll('*')) {
                  // a grid may scroll in two dimensions (a data table); Vaadin's connection indicator is a toast
                  if (el.closest('vaadin-grid, vaadin-connection-indicator')) continue;
                  const style = getComputedStyle(el);
                  if (style.visibility === 'hidden' || style.display === 'none') continue;
                  const r = el.getBoundingClientRect();
                  if (r.width === 0 || r.height === 0) continue;
                  if (r.right > w + 1 || r.left < -1) {
                    out.push(el.tagName.toLowerCase() + (el.className && el.className.baseVal === undefined ? '.'
                      + String(el.className).trim().split(/\\s+/).join('.') : '') + ' [' + Math.round(r.left) + ', '
                      + Math.round(r.right) + '] > ' + w);
                  }
                  if (el.scrollWidth > el.clientWidth + 1 && /(auto|scroll)/.test(style.overflowX)
                      && el.tagName !== 'TEXTAREA' && el.tagName !== 'INPUT') {
                    out.push(el.tagName.toLowerCase() + '.' + String(el.className) + ' scrolls sideways: '
                      + el.scrollWidth + ' > ' + el.clientWidth);
                  }
                }
              };
              walk(document);
              // the app layout's content scrolls inside its shadow root
              const layout = document.querySelector('vaadin-app-layout');
              if (layout && layout.shadowRoot) {
                for (const part of layout.shadowRoot.querySelectorAll('[content], [part~="navbar"], [part~="drawer"]')) {
                  if (part.scrollWidth > part.clientWidth + 1 && getComputedStyle(part).overflowX !== 'hidden'
                      && part.getBoundingClientRect().width > 0 && part.getBoundingClientRect().left >= 0) {
                    out.push('app layout ' + (part.getAttribute('part') || 'content') + ' scrolls sideways: '
                      + part.scrollWidth + ' > ' + part.clientWidth);
                  }
                }
              }
              return out.slice(0, 15);
            }""";

    @Test
    void theStudentsPagesAndTheReviewReflowAt320PxAndAt200PercentZoom() {
        String student = FreshStudent.create(accounts, links, "Rémi Reflow-Largeur");
        long[] played = play(student);
        List<String> problems = new ArrayList<>();
        for (Viewport viewport : VIEWPORTS) {
            Page page = browser.newPage("fr-FR", viewport.width(), viewport.height(), viewport.scale());
            page.context().setDefaultTimeout(AccessibilityBrowserTest.PATIENCE);
            Browser.signIn(page, student, FreshStudent.PASSWORD);
            check(page, viewport, "/stations", ".station-card", "stations", problems);
            check(page, viewport, "/encounter/" + played[0], ".turn.patient[data-seq='3'] .text", "encounter", problems);
            for (String part : List.of("vaadin-text-field.question", "vaadin-button.send")) {
                Locator field = page.locator(part);
                if (!field.isVisible() || !inWindow(page, field)) {
                    problems.add(viewport.name() + " encounter: " + part + " not within the window " + field.boundingBox());
                }
            }
            check(page, viewport, "/result/" + played[1], ".score-value", "result", problems);
            page.context().close();

            Page examiner = browser.newPage("fr-FR", viewport.width(), viewport.height(), viewport.scale());
            examiner.context().setDefaultTimeout(AccessibilityBrowserTest.PATIENCE);
            Browser.signIn(examiner, "examiner", "demo-password");
            check(examiner, viewport, "/review/encounter/" + played[1], ".proposed-scores", "review", problems);
            examiner.context().close();
        }
        assertThat(problems).as("content wider than the window at 320 px or at 200 % zoom").isEmpty();
    }

    private static void check(Page page, Viewport viewport, String path, String ready, String name, List<String> problems) {
        page.navigate(path);
        Browser.waitForVaadin(page);
        page.locator(ready).first().waitFor(new Locator.WaitForOptions().setTimeout(30_000));
        Browser.waitForVaadin(page);
        @SuppressWarnings("unchecked")
        List<String> found = (List<String>) page.evaluate(OVERFLOW);
        found.forEach(f -> problems.add(viewport.name() + " " + name + ": " + f));
        page.screenshot(new Page.ScreenshotOptions().setPath(Browser.SCREENSHOTS.resolve("97-reflow-" + name + "-"
                + viewport.name() + ".png")));
    }

    private static boolean inWindow(Page page, Locator locator) {
        var box = locator.boundingBox();
        var size = page.viewportSize();
        return box != null && box.x >= -1 && box.x + box.width <= size.width + 1 && box.y >= -1
                && box.y + box.height <= size.height + 1;
    }

    /** The student leaves one station open with two questions asked, and ends another one. */
    private long[] play(String student) {
        Page page = browser.newPage("fr-FR");
        page.context().setDefaultTimeout(AccessibilityBrowserTest.PATIENCE);
        Browser.signIn(page, student, FreshStudent.PASSWORD);
        startStation(page, "cephalee-fr");
        AccessibilityBrowserTest.askPatiently(page, "Bonjour, je suis l'un des médecins. Depuis quand avez-vous mal à la tête ?", 3);
        AccessibilityBrowserTest.askPatiently(page, "Avez-vous de la fièvre ou des vomissements ?", 5);
        long open = Long.parseLong(page.url().replaceAll(".*/encounter/", ""));
        page.navigate("/stations");
        Browser.waitForVaadin(page);
        startStation(page, "low-mood-en");
        AccessibilityBrowserTest.askPatiently(page, "How have you been feeling lately?", 3);
        page.locator("vaadin-button.end-encounter").click();
        page.waitForURL(Pattern.compile(".*/(result|note)/\\d+"));
        long ended = Long.parseLong(page.url().replaceAll(".*/", ""));
        page.context().close();
        return new long[] {open, ended};
    }
}
