package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;

/** With no single sign-on configured (the default), the sign-in page is the password form alone. */
@IntegrationTest
class SsoOffBrowserTest extends BrowserTest {

    @Test
    void withoutSingleSignOnThereIsNoProviderButtonAndNoProviderEndpoint() {
        Page page = browser.newPage("en-GB");
        page.navigate("/login");
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator(".sso")).hasCount(0);
        assertThat(page.locator("a.sso-sign-in")).hasCount(0);

        // the endpoint that would start a provider's sign-in is just another protected page
        page.navigate("/oauth2/authorization/university");
        page.waitForURL(Pattern.compile(".*/login"));
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-login-form")).isVisible();
        page.context().close();

        // the password form still signs people in (a fresh browser: the one above would be sent back to
        // the endpoint it asked for, which is no page)
        Page student = browser.newPage("en-GB");
        Browser.signIn(student, "student", "demo-password");
        assertThat(student.locator("vaadin-app-layout .user-name")).hasText("student");
        student.context().close();
    }
}
