package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Page;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;

/**
 * Faculty in a real browser: find a station in the library, see a precise error when the source is
 * broken, try the station as a student would, read its history; write a new station, publish it,
 * and a student finds it. Screenshots in both languages.
 */
@IntegrationTest
class FacultyAuthoringBrowserTest extends BrowserTest {


    @Test
    void facultyFindEditTryAndPublishStations() throws Exception {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "faculty", "demo-password");
        page.navigate("/library");
        Browser.waitForVaadin(page);
        assertThat(page.locator("vaadin-grid.library")).containsText("Chest pain in a 58-year-old man");
        Browser.screenshot(page, "21-library-en");

        page.locator("vaadin-text-field input").first().fill("chest");
        assertThat(page.locator("vaadin-grid.library a[href='library/station/cephalee-fr'] >> visible=true")).hasCount(0);
        assertThat(page.locator("vaadin-grid.library a[href='library/station/chest-pain-en'] >> visible=true")).hasCount(1);

        page.locator("vaadin-text-field input").first().fill("");
        java.nio.file.Path caseFile = java.nio.file.Files.createTempDirectory("upload").resolve("myasthenia-case.json");
        java.nio.file.Files.writeString(caseFile, java.nio.file.Files.readAllLines(
                java.nio.file.Path.of("src/test/resources/agentclinic/medqa-sample.jsonl")).get(0));
        page.locator("vaadin-upload input[type=file]").setInputFiles(new java.nio.file.Path[] {caseFile,
                java.nio.file.Path.of("src/test/resources/broken-stations/scenarios/bad-fields.yaml"),
                java.nio.file.Path.of("src/test/resources/broken-stations/rubrics/bad-fields.yaml")});
        assertThat(page.locator(".upload-area li").filter(new com.microsoft.playwright.Locator.FilterOptions()
                .setHasText("myasthenia-case: saved as draft v1"))).hasCount(1);
        Browser.screenshot(page, "28-library-upload-en");
        assertThat(page.locator(".upload-area")).containsText("bad-fields: scenario:4:1: 'language' is 'de'");
        assertThat(page.locator("vaadin-grid.library a[href='library/station/myasthenia-case'] >> visible=true")).hasCount(1);
        Browser.screenshot(page, "28-library-upload-en");

        page.navigate("/library/station/chest-pain-en");
        Browser.waitForVaadin(page);
        assertThat(page.locator(".problems .valid")).isVisible();
        var scenario = page.locator("vaadin-text-area.yaml-source textarea").first();
        String original = scenario.inputValue();
        scenario.fill(original.replace("language: en", "language: english"));
        assertThat(page.locator(".problems .invalid")).containsText("1 problem");
        assertThat(page.locator(".problems li")).containsText("scenario:5:1: 'language' is 'english'");
        Browser.screenshot(page, "22-editor-problem-en");
        scenario.fill(original);
        assertThat(page.locator(".problems .valid")).isVisible();

        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Form")).click();
        var title = page.locator(".scenario-form vaadin-text-field").first().locator("input");
        assertThat(title).hasValue("Chest pain in a 58-year-old man");
        title.fill("Chest pain in a 58-year-old bus driver");
        title.press("Tab"); // the field sends its value when it loses focus: before the tab changes
        Browser.waitForVaadin(page);
        Browser.screenshot(page, "27-editor-form-en");
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Source")).click();
        assertThat(page.locator("vaadin-text-area.yaml-source textarea").first())
                .hasValue(Pattern.compile("title: Chest pain in a 58-year-old bus driver"));
        assertThat(page.locator(".problems .valid")).isVisible();

        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("Try it as a student")).click();
        page.locator("vaadin-text-field.preview-question input").fill("Do you smoke?");
        page.locator("vaadin-text-field.preview-question input").press("Enter");
        assertThat(page.locator(".station-preview .turn.patient").last()).containsText("twenty a day");
        Browser.screenshot(page, "23-editor-preview-en");

        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("History")).click();
        assertThat(page.locator("vaadin-grid.versions")).containsText("Published");
        Browser.screenshot(page, "24-editor-history-en");

        page.navigate("/library/station");
        Browser.waitForVaadin(page);
        var newScenario = page.locator("vaadin-text-area.yaml-source textarea").first();
        newScenario.fill(newScenario.inputValue().replace("id: new-station-en", "id: cough-e2e-en")
                .replace("title: New station", "title: Cough for two weeks"));
        var newRubric = page.locator("vaadin-text-area.yaml-source textarea").nth(1);
        newRubric.fill(newRubric.inputValue().replace("station: new-station-en", "station: cough-e2e-en"));
        assertThat(page.locator(".problems .valid")).isVisible();
        page.locator("vaadin-button.save-draft").click();
        page.waitForURL(Pattern.compile(".*/library/station/cough-e2e-en"));
        Browser.waitForVaadin(page);
        assertThat(page.locator(".editor-state")).containsText("v1, Draft");
        page.locator("vaadin-button.publish").click();
        assertThat(page.locator(".editor-state")).containsText("v1, Published");

        var coughSource = page.locator("vaadin-text-area.yaml-source textarea").first();
        coughSource.fill(coughSource.inputValue().replace("I've had a cough for two weeks.", "I've had a dry cough for two weeks."));
        page.locator("vaadin-button.save-draft").click();
        assertThat(page.locator(".editor-state")).containsText("v2, Draft");
        page.reload();
        Browser.waitForVaadin(page);
        page.locator("vaadin-tab", new Page.LocatorOptions().setHasText("History")).click();
        page.locator("vaadin-grid.versions vaadin-grid-cell-content", new Page.LocatorOptions().setHasText("v2")).first().click();
        assertThat(page.locator(".diff .diff-line.removed")).containsText("I've had a cough for two weeks.");
        assertThat(page.locator(".diff .diff-line.added")).containsText("I've had a dry cough for two weeks.");
        Browser.screenshot(page, "29-editor-diff-en");
        page.context().close();

        Page student = browser.newPage("en-GB");
        Browser.signIn(student, "student2", "demo-password");
        student.locator("vaadin-button[data-station='cough-e2e-en']").click();
        student.waitForURL(Pattern.compile(".*/encounter/\\d+"));
        Browser.waitForVaadin(student);
        student.locator("vaadin-text-field.question input").fill("What brings you in today?");
        student.locator("vaadin-text-field.question input").press("Enter");
        assertThat(student.locator(".turn.patient[data-seq='3'] .text")).hasText("I've had a cough for two weeks.");
        student.context().close();

        Page french = browser.newPage("fr-FR");
        Browser.signIn(french, "faculty", "demo-password");
        french.navigate("/library");
        Browser.waitForVaadin(french);
        assertThat(french.locator("h1")).hasText("Banque de stations");
        Browser.screenshot(french, "25-library-fr");
        french.navigate("/library/station/cephalee-fr");
        Browser.waitForVaadin(french);
        assertThat(french.locator(".problems .valid")).containsText("Aucun problème");
        var source = french.locator("vaadin-text-area.yaml-source textarea").first();
        source.fill(source.inputValue().replace("duration-minutes: 8", "duration-minutes: 90"));
        assertThat(french.locator(".problems li")).containsText(
                "« duration-minutes » vaut 90 — écrivez la durée de la station en minutes, entre 1 et 60");
        Browser.screenshot(french, "26-editor-fr");
        french.context().close();
    }
}
