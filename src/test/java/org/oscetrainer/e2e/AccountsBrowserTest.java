package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Page;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.NewStudent;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * A new student's first sign-in, as it happens: faculty find an imported student with no password,
 * create a set-password link and download the links as CSV; the student opens the link in a browser
 * of their own, chooses a password, signs in and starts a station. Then the admin's account views
 * and the change-password view, in English and French, with screenshots.
 */
@IntegrationTest
class AccountsBrowserTest extends BrowserTest {

    private static final Pattern LINK = Pattern.compile("http://[^\\s]+/set-password\\?token=[A-Za-z0-9_-]{43}");
    private static final String CHOSEN = "le stéthoscope est froid";

    @Autowired
    AccountService accounts;

    @Test
    void facultyHandOutALinkAndTheStudentSignsInForTheFirstTimeAndPlaysAStation() throws Exception {
        SystemIdentity.run(() -> accounts.ensureStudentAccounts(List.of(new NewStudent("24900001", "Inès HADDAD", null),
                new NewStudent("24900002", "Tom PETIT", null))));

        Page faculty = browser.newPage("en-GB");
        Browser.signIn(faculty, "faculty", "demo-password");
        faculty.navigate("/accounts");
        Browser.waitForVaadin(faculty);
        assertThat(faculty.locator("h1")).hasText("Accounts");
        faculty.locator("vaadin-text-field.accounts-search input").fill("2490000");
        faculty.locator("vaadin-text-field.accounts-search input").press("Enter");
        assertThat(faculty.locator(".accounts-count")).hasText("2 accounts");
        assertThat(faculty.locator("vaadin-grid.accounts-grid")).containsText("No password yet");
        faculty.locator("vaadin-grid.accounts-grid vaadin-checkbox").nth(1).click();
        assertThat(faculty.locator("vaadin-button.create-links")).hasText("Create set-password links (1 selected)");
        Browser.screenshot(faculty, "80-accounts-faculty-en");

        faculty.locator("vaadin-button.create-links").click();
        assertThat(faculty.locator("vaadin-dialog-overlay")).containsText("Set-password links (1)");
        assertThat(faculty.locator("vaadin-dialog-overlay")).containsText("Inès HADDAD");
        Browser.screenshot(faculty, "80-links-en");
        Download download = faculty.waitForDownload(() -> faculty.locator(".download-links").click());
        String csv = Files.readString(download.path(), StandardCharsets.UTF_8);
        assertThat(csv).startsWith("username,name,link,valid_until_utc,emailed_to");
        Matcher link = LINK.matcher(csv);
        assertThat(link.find()).as(csv).isTrue();
        assertThat(faculty.locator("vaadin-dialog-overlay")).containsText(link.group());

        Page student = browser.newPage("fr-FR");
        student.navigate(link.group());
        Browser.waitForVaadin(student);
        assertThat(student.locator(".set-password-for")).hasText("Compte de Inès HADDAD");
        student.locator("vaadin-password-field.new-password input").fill("motdepasse");
        student.locator("vaadin-password-field.new-password-again input").fill("motdepasse");
        student.locator("vaadin-button.save-password").click();
        assertThat(student.locator("vaadin-password-field.new-password")).containsText("Au moins 12 caractères.");
        Browser.screenshot(student, "81-set-password-fr");
        student.locator("vaadin-password-field.new-password input").fill(CHOSEN);
        student.locator("vaadin-password-field.new-password-again input").fill(CHOSEN);
        student.locator("vaadin-button.save-password").click();
        assertThat(student.locator(".password-saved")).hasText(
                "Votre mot de passe est enregistré. Connectez-vous avec l’identifiant 24900001.");
        Browser.screenshot(student, "81-password-saved-fr");

        Browser.signIn(student, "24900001", CHOSEN);
        assertThat(student).hasURL(Pattern.compile(".*/stations"));
        startStation(student, "cephalee-fr");
        assertThat(student.locator(".turn.patient").first()).not().isEmpty();

        Page again = browser.newPage("en-GB");
        again.navigate(link.group());
        Browser.waitForVaadin(again);
        assertThat(again.locator(".link-invalid")).containsText("This link does not work");
        Browser.screenshot(again, "81-link-used-en");
    }

    @Test
    void theAdminsViewsInEnglishAndFrench() {
        for (String locale : List.of("en-GB", "fr-FR")) {
            String lang = locale.substring(0, 2);
            Page admin = browser.newPage(locale);
            Browser.signIn(admin, "admin", "demo-password");
            admin.navigate("/accounts");
            Browser.waitForVaadin(admin);
            assertThat(admin.locator("h1")).hasText(lang.equals("en") ? "Accounts" : "Comptes");
            Browser.screenshot(admin, "82-accounts-admin-" + lang);
            // the suite's database holds hundreds of accounts: find the examiner as an admin would
            admin.locator("vaadin-text-field.accounts-search input").fill("examiner");
            admin.locator("vaadin-text-field.accounts-search input").press("Enter");
            Browser.waitForVaadin(admin);
            assertThat(admin.locator("vaadin-grid.accounts-grid")).containsText("examiner");
            admin.locator("vaadin-button.new-staff").click();
            assertThat(admin.locator("vaadin-dialog-overlay")).containsText(lang.equals("en") ? "New staff account"
                    : "Nouveau compte du personnel");
            Browser.screenshot(admin, "82-new-staff-" + lang);
            admin.locator("vaadin-text-field.staff-username input").fill("dr-ui-" + lang);
            admin.locator("vaadin-text-field.staff-name input").fill("Dr Interface " + lang);
            admin.locator("vaadin-button.save-staff").click();
            assertThat(admin.locator(".accounts-count")).hasText(lang.equals("en") ? "1 account" : "1 compte");
            admin.locator("vaadin-button.edit-roles").first().click();
            Browser.screenshot(admin, "82-roles-" + lang);
            admin.locator("vaadin-dialog-overlay vaadin-button:not(.save-staff)").first().click();

            admin.navigate("/account/password");
            Browser.waitForVaadin(admin);
            Browser.screenshot(admin, "83-change-password-" + lang);
        }
    }
}
