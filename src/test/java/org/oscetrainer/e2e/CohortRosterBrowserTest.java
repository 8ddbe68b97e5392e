package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.cohort.RosterFixture;

/**
 * Faculty in a real browser: create a cohort, upload the registrar's 200-student roster with a few
 * bad rows, read why they are refused, upload the corrected file, import it, find students in the
 * roster; in English and French, with a file that lacks columns.
 */
@IntegrationTest
class CohortRosterBrowserTest extends BrowserTest {

    @Test
    void facultyImportsARosterAfterFixingTheRowsTheCheckExplains() throws Exception {
        List<String[]> students = RosterFixture.students(200, 24_100_001L);
        Path dir = Files.createTempDirectory("rosters");
        Path bad = Files.write(dir.resolve("inscrits-4e-annee.xlsx"),
                RosterFixture.xlsx(RosterFixture.withBadRows(students), RosterFixture.FRENCH_HEADER));
        Path fixed = Files.write(dir.resolve("inscrits-4e-annee-corrige.xlsx"), RosterFixture.xlsx(students, RosterFixture.FRENCH_HEADER));
        Path noGroups = Files.write(dir.resolve("liste-sans-groupes.csv"),
                "Nom;Prénom;Courriel\r\nMARTIN;Léa;lea.martin@etu.univ-exemple.fr\r\n".getBytes(StandardCharsets.UTF_8));

        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "faculty", "demo-password");
        page.navigate("/cohorts");
        Browser.waitForVaadin(page);
        assertThat(page.locator("h1")).hasText("Cohorts");
        page.locator("vaadin-text-field.cohort-name input").fill("Year 4 MD");
        page.locator("vaadin-text-field.cohort-groups input").fill("A, B, C, D");
        Browser.screenshot(page, "60-cohort-new-en");
        page.locator("vaadin-button.create-cohort").click();
        page.waitForURL(Pattern.compile(".*/cohorts/\\d+"));
        Browser.waitForVaadin(page);
        assertThat(page.locator("h1")).hasText("Year 4 MD");
        assertThat(page.locator(".cohort-meta")).hasText("Academic year 2026–2027 · groups A, B, C, D · no students");

        page.locator("vaadin-upload.roster-upload input[type=file]").setInputFiles(bad);
        Locator report = page.locator(".roster-preview");
        assertThat(report.locator(".count-error")).hasText("5 in error");
        assertThat(report.locator(".count-new")).hasText("195 new");
        assertThat(report.locator(".preview-blocked")).containsText("5 rows are in error");
        Locator rows = report.locator("vaadin-grid.preview-rows");
        assertThat(rows).containsText("“" + students.get(10)[3].replace("@", " at ") + "” is not an e-mail address.");
        assertThat(rows).containsText("First name is missing.");
        assertThat(rows).containsText("Group “E” is not one of this cohort’s groups (A, B, C, D).");
        assertThat(rows).containsText("Student number " + students.get(20)[0] + " is also on row 152.");
        assertThat(rows).containsText("Student number " + students.get(20)[0] + " is also on row 22.");
        assertThat(report.locator(".preview-note")).hasText("Columns not used: Date de naissance");
        assertThat(page.locator("vaadin-button.import-roster")).isDisabled();
        Browser.screenshot(page, "60-cohort-errors-en");

        page.locator("vaadin-upload.roster-upload input[type=file]").setInputFiles(fixed);
        assertThat(report.locator(".count-new")).hasText("200 new");
        assertThat(report.locator(".count-error")).hasText("0 in error");
        assertThat(page.locator("vaadin-button.import-roster")).hasText("Import 200 students");
        Browser.screenshot(page, "60-cohort-preview-en");
        page.locator("vaadin-button.import-roster").click();
        assertThat(page.locator("vaadin-notification-card")).containsText(
                "Roster imported: 200 new, 0 updated, 0 unchanged; 200 student accounts created. The roster has 200 students.");
        assertThat(page.locator("h2.roster-title")).hasText("Roster (200)");
        assertThat(page.locator(".roster-preview")).hasCount(0);

        // the grid shows a window of its rows: count them with its size, find one that is shown first
        String[] someone = students.get(7);
        page.locator("vaadin-text-field.roster-search input").fill(someone[3]);
        page.waitForFunction("() => document.querySelector('vaadin-grid.roster').size === 1");
        assertThat(page.locator("vaadin-grid.roster")).containsText(someone[0]);
        page.locator("vaadin-text-field.roster-search input").fill("");
        page.waitForFunction("() => document.querySelector('vaadin-grid.roster').size === 200");
        page.locator("vaadin-select.roster-group").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("B").setExact(true)).click();
        page.waitForFunction("() => document.querySelector('vaadin-grid.roster').size === 50");
        Collator frenchOrder = Collator.getInstance(Locale.FRENCH);
        String[] firstOfB = students.stream().filter(s -> s[4].equals("B"))
                .min(Comparator.comparing((String[] s) -> s[1], frenchOrder).thenComparing(s -> s[2], frenchOrder)).orElseThrow();
        assertThat(page.locator("vaadin-grid.roster")).containsText(firstOfB[0]);
        page.locator("vaadin-select.roster-group").click();
        page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("All").setExact(true)).click();
        page.waitForFunction("() => document.querySelector('vaadin-grid.roster').size === 200");
        Browser.screenshot(page, "60-cohort-roster-en");
        page.context().close();

        Page french = browser.newPage("fr-FR");
        Browser.signIn(french, "faculty", "demo-password");
        french.navigate("/cohorts");
        Browser.waitForVaadin(french);
        assertThat(french.locator("h1")).hasText("Promotions");
        assertThat(french.locator("vaadin-grid.cohorts")).containsText("2026–2027");
        Browser.screenshot(french, "60-cohort-list-fr");
        french.locator("vaadin-grid.cohorts a", new Page.LocatorOptions().setHasText("Year 4 MD")).click();
        french.waitForURL(Pattern.compile(".*/cohorts/\\d+"));
        Browser.waitForVaadin(french);
        assertThat(french.locator(".cohort-meta")).hasText("Année universitaire 2026–2027 · groupes A, B, C, D · 200 étudiants");

        french.locator("vaadin-upload.roster-upload input[type=file]").setInputFiles(bad);
        Locator rapport = french.locator(".roster-preview");
        assertThat(rapport.locator(".count-error")).hasText("5 en erreur");
        assertThat(rapport.locator(".count-unchanged")).hasText("195 inchangés");
        assertThat(rapport.locator("vaadin-grid.preview-rows")).containsText("Prénom manquant.");
        assertThat(rapport.locator("vaadin-grid.preview-rows")).containsText(
                "Le groupe « E » n’est pas un groupe de cette promotion (A, B, C, D).");
        assertThat(french.locator("vaadin-button.import-roster")).isDisabled();
        Browser.screenshot(french, "60-cohort-errors-fr");

        french.locator("vaadin-upload.roster-upload input[type=file]").setInputFiles(noGroups);
        assertThat(french.locator(".roster-preview .file-problem"))
                .hasText("Il manque ces colonnes à la ligne d’en-tête : N° étudiant, Groupe.");
        assertThat(french.locator("vaadin-button.import-roster")).hasCount(0);
        Browser.screenshot(french, "60-cohort-file-problem-fr");

        // the registrar's next export: one address corrected, one student moved, one gone, one new
        List<String[]> next = new java.util.ArrayList<>(students.stream().map(String[]::clone).toList());
        next.get(3)[3] = "nouvelle.adresse@etu.univ-exemple.fr";
        next.get(5)[4] = "A";
        next.remove(199);
        next.add(new String[] {"24100999", "N'DIAYE", "Aïssatou", "aissatou.ndiaye@etu.univ-exemple.fr", "C"});
        french.locator("vaadin-upload.roster-upload input[type=file]").setInputFiles(Files.write(dir.resolve("inscrits-janvier.csv"),
                RosterFixture.csv(next, ';', true, RosterFixture.FRENCH_HEADER)));
        assertThat(rapport.locator(".count-new")).hasText("1 nouveau");
        assertThat(rapport.locator(".count-update")).hasText("2 mis à jour");
        assertThat(rapport.locator(".count-unchanged")).hasText("197 inchangés");
        assertThat(rapport.locator(".not-in-file")).containsText("Un étudiant inscrit n’est pas dans ce fichier");
        assertThat(rapport.locator("vaadin-grid.preview-rows")).containsText(
                "Courriel : " + students.get(3)[3] + " → nouvelle.adresse@etu.univ-exemple.fr");
        assertThat(rapport.locator("vaadin-grid.preview-rows")).containsText("Groupe : B → A");
        Browser.screenshot(french, "60-cohort-update-fr");
        french.locator("vaadin-button.import-roster").click();
        assertThat(french.locator("vaadin-notification-card")).containsText("Liste importée : 1 nouveau, 2 mis à jour, 197 inchangés ;"
                + " 1 compte étudiant créé. La promotion compte 201 étudiants.");
        assertThat(french.locator("h2.roster-title")).hasText("Liste des étudiants (201)");
        french.context().close();
    }
}
