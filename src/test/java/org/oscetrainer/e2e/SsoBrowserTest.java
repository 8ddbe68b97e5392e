package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.cohort.CohortService;
import org.oscetrainer.cohort.RosterFixture;
import org.oscetrainer.cohort.RosterImport;
import org.oscetrainer.security.SystemIdentity;
import org.oscetrainer.security.sso.OidcProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * University single sign-on in a real browser against a real OpenID Connect provider (NAV's
 * mock-oauth2-server in its own JVM): a student imported from a roster signs in with the e-mail the
 * provider vouches for and gets the app's student role whatever roles the provider claims; a person
 * the app does not know gets a page that says so, in English and French, and the attempt is audited.
 */
@IntegrationTest
class SsoBrowserTest extends BrowserTest {

    private static OidcProvider provider;

    @Autowired
    CohortService cohorts;
    @Autowired
    RosterImport rosters;
    @Autowired
    JdbcClient jdbc;

    private String[] student;

    @DynamicPropertySource
    static void singleSignOn(DynamicPropertyRegistry registry) {
        registry.add("osce.sso.enabled", () -> "true");
        registry.add("osce.sso.provider-name", () -> "Université Exemple");
        registry.add("osce.sso.claim", () -> "email");
        registry.add("osce.sso.account-attribute", () -> "email");
        registry.add("spring.security.oauth2.client.registration.university.client-id", () -> "osce-trainer");
        registry.add("spring.security.oauth2.client.registration.university.client-secret", () -> "not-a-secret");
        registry.add("spring.security.oauth2.client.registration.university.scope", () -> "openid,email,profile");
        registry.add("spring.security.oauth2.client.provider.university.issuer-uri", () -> provider().issuer("university"));
    }

    private static synchronized OidcProvider provider() {
        if (provider == null) {
            provider = OidcProvider.start();
            // stopped with the JVM: Spring caches this context, and a later test class may use it
            OidcProvider started = provider;
            Runtime.getRuntime().addShutdownHook(new Thread(started::close));
        }
        return provider;
    }

    @BeforeAll
    void importARoster() {
        List<String[]> students = RosterFixture.students(3, 24_700_001L);
        student = students.get(0);
        byte[] csv = RosterFixture.csv(students, ';', false, RosterFixture.ENGLISH_HEADER);
        SystemIdentity.run(() -> {
            long cohortId = cohorts.create("SSO year 4", 2026, List.of("A", "B", "C", "D")).id();
            rosters.commit(cohortId, rosters.preview(cohortId, "sso.csv", csv));
        });
    }

    @Test
    void aStudentFromTheRosterSignsInThroughTheProviderWithTheAppsRole() {
        String username = student[0];
        Page page = browser.newPage("en-GB");
        page.navigate("/login");
        Browser.waitForVaadin(page);
        assertThat(page.locator("a.sso-sign-in")).hasText("Sign in with Université Exemple");
        assertThat(page.locator("vaadin-login-form")).isVisible();
        Browser.screenshot(page, "70-sso-login-en");

        long clicked = System.nanoTime();
        page.locator("a.sso-sign-in").click();
        long atProvider = signInAtProvider(page, "f4c1d2e3-student", "{\"email\": \"" + student[3] + "\", \"email_verified\": true,"
                + " \"roles\": [\"ADMIN\", \"FACULTY\"], \"groups\": [\"admin\"]}");
        page.waitForURL(Pattern.compile(".*/stations"));
        Browser.waitForVaadin(page);
        long signedIn = System.nanoTime();
        System.out.printf("SSO sign-in: button to the provider's page filled in %d ms; its submit to the student's page ready %d ms%n",
                (atProvider - clicked) / 1_000_000, (signedIn - atProvider) / 1_000_000);
        assertThat(page.locator("vaadin-app-layout .user-name")).hasText(username);
        // the account's role, not the provider's: a student's menu, no staff page
        assertThat(page.locator("vaadin-side-nav-item[path='stations']")).hasCount(1);
        assertThat(page.locator("vaadin-side-nav-item[path='overview']")).hasCount(0);
        assertThat(page.locator("vaadin-side-nav-item[path='audit']")).hasCount(0);
        page.reload();
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-app-layout .user-name")).hasText(username);
        Browser.screenshot(page, "70-sso-student-stations-en");
        page.context().close();

        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGN_IN' AND actor = :u")
                .param("u", username).query(Long.class).single()).isEqualTo(1L);

        Page french = browser.newPage("fr-FR");
        french.navigate("/login");
        Browser.waitForVaadin(french);
        assertThat(french.locator("a.sso-sign-in")).hasText("Se connecter avec Université Exemple");
        assertThat(french.locator(".sso-or")).hasText("ou avec un identifiant et un mot de passe OSCE Trainer");
        Browser.screenshot(french, "70-sso-login-fr");
        french.context().close();
    }

    @Test
    void aPersonWithNoAccountGetsAPageThatSaysSoAndTheAttemptIsAudited() {
        String stranger = "visiteur.inconnu@univ-exemple.fr";
        long lastEntry = jdbc.sql("SELECT COALESCE(MAX(id), 0) FROM audit_entry").query(Long.class).single();
        Page page = browser.newPage("en-GB");
        page.navigate("/login");
        Browser.waitForVaadin(page);
        page.locator("a.sso-sign-in").click();
        signInAtProvider(page, "0a9b8c7d-stranger", "{\"email\": \"" + stranger + "\", \"email_verified\": true}");
        page.waitForURL(Pattern.compile(".*/sso/refused"));
        Browser.waitForVaadin(page);
        assertThat(page.locator(".sso-refused-card h2")).hasText("We could not sign you in");
        assertThat(page.locator(".sso-refused-card .reason")).hasText("You are signed in at Université Exemple as "
                + stranger + ", but OSCE Trainer has no account for " + stranger + ".");
        assertThat(page.locator(".sso-refused-card .recorded")).hasText("This attempt has been recorded.");
        Browser.screenshot(page, "70-sso-refused-en");
        // no loop: the page stays, and only a click takes the person back to the sign-in page
        page.waitForTimeout(1500);
        assertThat(page).hasURL(Pattern.compile(".*/sso/refused"));
        page.locator("a.back-to-login").click();
        page.waitForURL(Pattern.compile(".*/login"));
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-login-form")).isVisible();
        assertThat(page.locator("vaadin-app-layout")).hasCount(0);
        page.context().close();

        Page french = browser.newPage("fr-FR");
        french.navigate("/login");
        Browser.waitForVaadin(french);
        french.locator("a.sso-sign-in").click();
        signInAtProvider(french, "0a9b8c7d-stranger", "{\"email\": \"" + stranger + "\"}");
        french.waitForURL(Pattern.compile(".*/sso/refused"));
        Browser.waitForVaadin(french);
        assertThat(french.locator(".sso-refused-card h2")).hasText("Connexion impossible");
        assertThat(french.locator(".sso-refused-card .reason")).hasText("Vous êtes connecté(e) à Université Exemple en tant que "
                + stranger + ", mais OSCE Trainer n’a aucun compte pour " + stranger + ".");
        assertThat(french.locator("a.back-to-login")).hasText("Retour à la page de connexion");
        Browser.screenshot(french, "70-sso-refused-fr");
        french.context().close();

        List<String> audited = jdbc.sql("SELECT after_value FROM audit_entry WHERE action = 'SIGN_IN_FAILED' AND actor = :a ORDER BY id")
                .param("a", stranger).query(String.class).list();
        assertThat(audited).hasSize(2).allSatisfy(entry -> assertThat(entry)
                .startsWith("single sign-on (university) NO_ACCOUNT: email=" + stranger + ", sub=0a9b8c7d-stranger from "));
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGN_IN' AND actor = :a")
                .param("a", stranger).query(Long.class).single()).isZero();
        // recorded once per attempt: no second entry of Spring's own (under another actor)
        assertThat(jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'SIGN_IN_FAILED' AND id > :last")
                .param("last", lastEntry).query(Long.class).single()).isEqualTo(2L);
    }

    /** The provider's own sign-in page: who the person is (subject) and what it vouches for (claims); returns when it was sent. */
    private static long signInAtProvider(Page page, String subject, String claims) {
        page.waitForURL(url -> url.contains("/university/authorize"));
        page.locator("input[name=username]").fill(subject);
        page.locator("textarea[name=claims]").fill(claims);
        long submitted = System.nanoTime();
        page.locator("input[type=submit]").click();
        return submitted;
    }
}
