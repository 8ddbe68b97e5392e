package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.oscetrainer.TestClock;
import org.oscetrainer.patient.FakeOpenAiServer;
import org.oscetrainer.patient.FakeOpenAiServer.Script;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The engine {@code llm-script} (decision 019) in a real browser, in English and in French: the student is told the
 * hospital's model understands and the script speaks; the model (a local OpenAI-compatible server) chooses a fact id,
 * the patient says that fact's scripted text, and the turn is kept with its engine; when the model answers prose,
 * the scripted matcher answers and the student sees no error.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class ScriptChoiceBrowserTest extends BrowserTest {

    static final FakeOpenAiServer LLM;

    static {
        try {
            LLM = new FakeOpenAiServer();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @DynamicPropertySource
    static void llm(DynamicPropertyRegistry registry) {
        registry.add("osce.patient.engine", () -> "llm-script");
        registry.add("osce.llm.base-url", LLM::baseUrl);
        registry.add("osce.llm.model", () -> "fake-model");
    }

    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void stopLlm() {
        LLM.close();
    }

    @Test
    void theModelChoosesTheScriptSpeaksInEnglish() {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "student2", "demo-password");
        startStation(page, "wheeze-child-en");
        long encounterId = Long.parseLong(page.url().replaceAll(".*/encounter/", ""));
        assertThat(page.locator(".ai-notice")).containsText("understands your questions");

        LLM.script(Script.completion("{\"facts\": [\"cough\"]}"));
        ask(page, "What's the cough like - is he hacking stuff up?", 3);
        assertThat(page.locator(".turn.patient[data-seq='3'] .text")).hasText("It's a dry, tickly cough, worse at night "
                + "and first thing. He's not bringing anything up. It's not a barking cough, and he doesn't whoop.");
        Browser.screenshot(page, "90-llm-script-encounter-en");

        LLM.script(Script.completion("The child has asthma."));
        ask(page, "What's the cough like?", 5);
        assertThat(page.locator(".turn.patient[data-seq='5'] .text")).not().containsText("asthma");

        assertThat(jdbc.queryForList("SELECT engine FROM turn WHERE encounter_id = ? AND speaker = 'PATIENT' "
                + "AND seq IN (3, 5) ORDER BY seq", String.class, encounterId)).containsExactly("llm-script", "scripted");
    }

    @Test
    void theModelChoosesTheScriptSpeaksInFrench() {
        Page page = browser.newPage("fr-FR");
        Browser.signIn(page, "student2", "demo-password");
        startStation(page, "insomnie-fatigue-fr");
        assertThat(page.locator(".ai-notice")).containsText("comprend vos questions");

        LLM.script(Script.completion("{\"facts\": [\"sommeil\"]}"));
        ask(page, "Et vos nuits, ça se passe comment ?", 3);
        assertThat(page.locator(".turn.patient[data-seq='3'] .text")).containsText("Je me couche vers minuit.");
        Browser.screenshot(page, "90-llm-script-encounter-fr");
    }
}
