package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.assertions.LocatorAssertions;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.SetPasswordLinks;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A student completes a station with the keyboard alone (Tab, Shift+Tab, Enter, Space and typing;
 * no click anywhere): signs in, picks a station, asks questions, ends the station, writes the
 * post-encounter note and reads the result. At each step the focused element must show it has the
 * focus (an outline or a focus ring), and screenshots show it, in English and in French.
 */
@IntegrationTest
class KeyboardOnlyBrowserTest extends BrowserTest {

    private static final int PATIENCE = AccessibilityBrowserTest.PATIENCE;

    /** How many Tab presses may separate two controls a student wants to reach, at most. */
    private static final int MAX_TABS = 80;

    @Autowired AccountService accounts;
    @Autowired SetPasswordLinks links;

    @Test
    void aStudentPlaysAStationWritesTheNoteAndReadsTheResultWithTheKeyboardOnly() {
        for (String locale : List.of("en-GB", "fr-FR")) {
            String lang = locale.substring(0, 2);
            String student = FreshStudent.create(accounts, links, "Kim Keyboard");
            Page page = browser.newPage(locale);
            page.context().setDefaultTimeout(PATIENCE);

            page.navigate("/login");
            Browser.waitForVaadin(page);
            tabTo(page, "input[name='username']", false);
            page.keyboard().type(student);
            page.keyboard().press("Tab");
            assertThat(focused(page)).isEqualTo("input[name='password']");
            page.keyboard().type(FreshStudent.PASSWORD);
            assertFocusVisible(page, "the password field");
            Browser.screenshot(page, "90-keyboard-login-" + lang);
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/stations"));
            Browser.waitForVaadin(page);

            String station = lang.equals("en") ? "chest-pain-en" : "cephalee-fr";
            tabTo(page, "vaadin-button[data-station='" + station + "']", false);
            assertFocusVisible(page, "the station's start button");
            Browser.screenshot(page, "91-keyboard-stations-" + lang);
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/encounter/\\d+"));
            Browser.waitForVaadin(page);

            // the question field has the focus when the encounter opens
            page.locator("vaadin-text-field.question[focused]").waitFor();
            askByKeyboard(page, lang.equals("en") ? "Hello, I'm one of the doctors. When did the pain start?"
                    : "Bonjour, je suis l'un des médecins. Depuis quand avez-vous mal à la tête ?", 3);
            askByKeyboard(page, lang.equals("en") ? "Do you smoke?" : "Avez-vous de la fièvre ?", 5);
            assertFocusVisible(page, "the question field after asking");
            Browser.screenshot(page, "92-keyboard-encounter-" + lang);

            // Shift+Tab back through the page to the end button, then Space
            tabTo(page, "vaadin-button.end-encounter", true);
            assertFocusVisible(page, "the end button");
            Browser.screenshot(page, "93-keyboard-end-" + lang);
            page.keyboard().press("Space");
            page.waitForURL(Pattern.compile(".*/result/\\d+"));
            Browser.waitForVaadin(page);
            assertThat(page.locator(".score-value")).hasText(Pattern.compile("\\d+ / \\d+"),
                    new LocatorAssertions.HasTextOptions().setTimeout(60_000));

            tabTo(page, "a.note-link.to-write", false);
            assertFocusVisible(page, "the link to the note");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/note/\\d+"));
            Browser.waitForVaadin(page);
            tabTo(page, "vaadin-text-area.note-answer textarea", false);
            page.keyboard().type(lang.equals("en") ? "Central chest pain for an hour in a smoker." : "Céphalée brutale.");
            assertFocusVisible(page, "the first answer of the note");
            Browser.screenshot(page, "94-keyboard-note-" + lang);
            tabTo(page, "vaadin-button.submit-note", false);
            assertFocusVisible(page, "the submit button");
            page.keyboard().press("Enter");
            page.waitForURL(Pattern.compile(".*/result/\\d+"));
            Browser.waitForVaadin(page);
            assertThat(page.locator("a.note-link.written")).isVisible();
            tabTo(page, "a.note-link.written", false);
            assertFocusVisible(page, "the link to the written note");
            Browser.screenshot(page, "95-keyboard-result-" + lang);
            page.context().close();
        }
    }

    /** Types the question in the focused field and sends it with Enter, then waits for the reply. */
    private static void askByKeyboard(Page page, String question, int replySeq) {
        assertThat(focused(page)).isEqualTo("input");
        page.keyboard().type(question);
        page.keyboard().press("Enter");
        var patience = new LocatorAssertions.HasTextOptions().setTimeout(60_000);
        assertThat(page.locator(".turn.student[data-seq='" + (replySeq - 1) + "'] .text")).hasText(question, patience);
        assertThat(page.locator(".turn.patient[data-seq='" + replySeq + "'] .text")).hasText(Pattern.compile("\\S"), patience);
        Browser.waitForVaadin(page);
    }

    /**
     * Presses Tab (or Shift+Tab) until the element matching {@code selector} has the focus, or its
     * light-DOM child does (the input inside a Vaadin field); fails after {@link #MAX_TABS}.
     */
    private static void tabTo(Page page, String selector, boolean backwards) {
        for (int i = 0; i < MAX_TABS; i++) {
            if (Boolean.TRUE.equals(page.evaluate("sel => { const f = document.activeElement;"
                    + " return !!f && (f.matches(sel) || !!f.closest(sel) || [...document.querySelectorAll(sel)]"
                    + "   .some(e => e.contains(f) || e === f)); }", selector))) {
                return;
            }
            page.keyboard().press(backwards ? "Shift+Tab" : "Tab");
        }
        throw new AssertionError("could not reach " + selector + " with " + MAX_TABS + (backwards ? " Shift+Tab" : " Tab")
                + " presses; the focus is on " + focused(page));
    }

    /** The focused element, as a short selector (tag, and its name attribute when it has one). */
    private static String focused(Page page) {
        return (String) page.evaluate("() => { const f = document.activeElement; if (!f) return 'nothing';"
                + " return f.tagName.toLowerCase() + (f.getAttribute('name') ? \"[name='\" + f.getAttribute('name') + \"']\" : ''); }");
    }

    /**
     * The focused element, or the Vaadin component around it (marked {@code focus-ring} on keyboard
     * focus), or one of that component's shadow parts, draws an outline or a box shadow.
     */
    private static void assertFocusVisible(Page page, String what) {
        Object indicator = page.evaluate("""
                () => {
                  const drawn = s => (s.outlineStyle !== 'none' && parseFloat(s.outlineWidth) > 0) || s.boxShadow !== 'none';
                  // the focused element itself, and the Vaadin field around a slotted input; never a card around it
                  const f = document.activeElement;
                  const chain = [f];
                  const host = f.parentElement && f.parentElement.closest('[focus-ring]');
                  if (host) chain.push(host);
                  for (const e of chain) {
                    if (drawn(getComputedStyle(e))) return e.tagName.toLowerCase();
                    if (e.shadowRoot) {
                      for (const p of e.shadowRoot.querySelectorAll('[part]')) {
                        if (drawn(getComputedStyle(p))) return e.tagName.toLowerCase() + '::part(' + p.getAttribute('part') + ')';
                      }
                    }
                  }
                  return null;
                }""");
        assertThat(indicator).as("a visible focus indicator on " + what + " (focus on " + focused(page) + ")").isNotNull();
    }
}
