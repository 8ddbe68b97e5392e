package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;

/**
 * Faculty upload AgentClinic cases in a real browser, in English and in French: an empty file and a file over
 * the limit are told in words on the page; uploading another case under an existing station's name is refused
 * with a message, never saved over it. Screenshots 29-library-upload-messages-{en,fr}.
 */
@IntegrationTest
class AgentClinicUploadBrowserTest extends BrowserTest {

    @Test
    void uploadMessagesAreVisibleInBothLanguages() throws Exception {
        Path dir = Files.createTempDirectory("upload");
        String[] samples = Files.readString(Path.of("src/test/resources/agentclinic/medqa-sample.jsonl")).split("\n");
        for (String language : new String[] {"en", "fr"}) {
            Page page = browser.newPage("en".equals(language) ? "en-GB" : "fr-FR");
            Browser.signIn(page, "faculty", "demo-password");
            page.navigate("/library");
            Browser.waitForVaadin(page);
            String name = "same-name-" + language + "-" + Long.toString(System.nanoTime(), 36);
            Path first = dir.resolve(name + ".json");
            Files.writeString(first, samples[0]);
            upload(page, first);
            Browser.screenshot(page, "29-library-upload-first-" + language);
            assertThat(page.locator(".upload-area li").filter(has(name + (language.equals("en") ? ": saved as draft v1"
                    : " : enregistrée comme brouillon v1")))).hasCount(1, new com.microsoft.playwright.assertions
                    .LocatorAssertions.HasCountOptions().setTimeout(20_000));

            Path other = dir.resolve("other").resolve(name + ".json");
            Files.createDirectories(other.getParent());
            Files.writeString(other, samples[1]);
            Path empty = dir.resolve("empty-" + language + ".jsonl");
            Files.writeString(empty, "");
            upload(page, other, empty);
            assertThat(page.locator(".upload-area li").filter(has(language.equals("en")
                    ? name + ": not saved. This station already holds another patient"
                    : name + " : non enregistrée. Cette station contient déjà un autre patient"))).hasCount(1);
            assertThat(page.locator(".upload-area li").filter(has(language.equals("en")
                    ? "the file is empty: nothing was imported." : "le fichier est vide : rien n’a été importé."))).hasCount(1);

            Path big = dir.resolve("too-big-" + language + ".jsonl");
            Files.write(big, new byte[6 * 1024 * 1024]);
            upload(page, big);
            Locator refusal = page.locator(".upload-refusal");
            assertThat(refusal).isVisible();
            assertThat(refusal).containsText(language.equals("en") ? "The file is too big (5 MB at most)."
                    : "Le fichier est trop gros (5 Mo au plus).");
            page.locator(".upload-area").scrollIntoViewIfNeeded();
            Browser.screenshot(page, "29-library-upload-messages-" + language);
            page.close();
        }
    }

    private static Locator.FilterOptions has(String text) {
        return new Locator.FilterOptions().setHasText(text);
    }

    private static void upload(Page page, Path... files) {
        page.locator("vaadin-upload input[type=file]").setInputFiles(files);
        Browser.waitForVaadin(page);
    }
}
