package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.regex.Pattern;
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
 * Degraded mode in a real browser: the LLM patient answers, then stalls halfway through a reply,
 * then fails outright; the scripted patient takes over each time with a visible notice, the student
 * finishes the station, and every turn is kept.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import(TestClock.Configuration.class)
class DegradedModeBrowserTest extends BrowserTest {

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
        registry.add("osce.patient.engine", () -> "llm");
        registry.add("osce.llm.base-url", LLM::baseUrl);
        registry.add("osce.llm.model", () -> "fake-model");
        registry.add("osce.llm.first-token-timeout", () -> "3s");
        registry.add("osce.llm.idle-timeout", () -> "1s");
        registry.add("osce.llm.resilience.circuit-open-for", () -> "1s");
    }

    @Autowired
    JdbcTemplate jdbc;

    @AfterAll
    static void stopLlm() {
        LLM.close();
    }

    @Test
    void theStationGoesOnWhenTheLlmFailsAndNoTurnIsLost() {
        Page page = browser.newPage("en-GB");
        Browser.signIn(page, "student2", "demo-password");
        startStation(page, "abdominal-pain-en");
        long encounterId = Long.parseLong(page.url().replaceAll(".*/encounter/", ""));
        assertThat(page.locator(".ai-notice")).containsText("played by an AI");

        LLM.script(Script.streaming("It ", "hurts ", "low ", "on ", "the ", "right."));
        ask(page, "Where is the pain?", 3);
        assertThat(page.locator(".turn.patient[data-seq='3'] .text")).hasText("It hurts low on the right.");
        assertThat(page.locator(".degraded-notice")).isHidden();

        LLM.script(Script.stallAfter(2, "It ", "started ", "never ", "finished"));
        ask(page, "When did the pain start?", 5);
        assertThat(page.locator(".degraded-notice")).isVisible();
        assertThat(page.locator(".turn.patient[data-seq='5'] .text")).not().containsText("It started never");

        LLM.script(Script.error(503));
        ask(page, "Do you have a fever?", 7);
        Browser.screenshot(page, "31-encounter-degraded-en");
        var outage = jdbc.queryForMap("select reason, failed_replies, ended_at from llm_outage order by id desc limit 1");
        assertThat(outage.get("reason").toString()).contains("stalled");
        assertThat(outage.get("failed_replies")).isEqualTo(2);
        assertThat(outage.get("ended_at")).as("the outage lasts until the LLM answers again").isNull();

        // three failed calls out of four (the 503 was tried twice) opened the circuit; after it has
        // been open for a second, one trial call goes through, and the LLM answers again
        LLM.script(Script.streaming("No, ", "no ", "fever."));
        page.waitForTimeout(1200);
        ask(page, "Any fever at all?", 9);
        assertThat(page.locator(".turn.patient[data-seq='9'] .text")).hasText("No, no fever.");
        assertThat(jdbc.queryForObject("select count(*) from llm_outage where ended_at is null", Integer.class))
                .isZero();

        // the model gives the diagnosis away, twice: the student never sees it, the script answers
        LLM.script(Script.streaming("Honestly, ", "I ", "think ", "it's ", "acute ", "appendicitis."));
        ask(page, "What do you think is going on?", 11);
        assertThat(page.locator(".transcript")).not().containsText("appendicitis");

        // it gives it away once, then answers in character when reminded: regenerated, never shown
        LLM.scriptInOrder(Script.streaming("Sounds ", "like ", "appendicitis ", "to ", "me."),
                Script.streaming("I ", "really ", "don't ", "know, ", "doctor."));
        ask(page, "Any idea yourself?", 13);
        assertThat(page.locator(".turn.patient[data-seq='13'] .text")).hasText("I really don't know, doctor.");
        assertThat(page.locator(".transcript")).not().containsText("appendicitis");

        page.locator("vaadin-button.end-encounter").click();
        page.waitForURL(Pattern.compile(".*/result/\\d+"));
        assertThat(page.locator(".score-value")).isVisible();
        page.context().close();

        var engines = jdbc.queryForList("select seq, speaker, engine from turn where encounter_id = ? order by seq",
                encounterId);
        assertThat(engines).extracting(r -> r.get("seq") + " " + r.get("speaker") + " " + r.get("engine"))
                .containsExactly("1 PATIENT script", "2 STUDENT null", "3 PATIENT llm", "4 STUDENT null",
                        "5 PATIENT scripted", "6 STUDENT null", "7 PATIENT scripted", "8 STUDENT null",
                        "9 PATIENT llm", "10 STUDENT null", "11 PATIENT scripted", "12 STUDENT null", "13 PATIENT llm");
        assertThat(jdbc.queryForObject("select guardrail_verdict from turn where encounter_id = ? and seq = 11",
                String.class, encounterId)).isEqualTo("REPLACED_BY_SCRIPTED");

        for (String locale : new String[] {"en-GB", "fr-FR"}) {
            Page examiner = browser.newPage(locale);
            Browser.signIn(examiner, "examiner", "demo-password");
            examiner.navigate("/review/encounter/" + encounterId);
            Browser.waitForVaadin(examiner);
            assertThat(examiner.locator(".outage-notice")).isVisible();
            assertThat(examiner.locator(".outage-notice")).containsText(locale.startsWith("fr") ? "indisponible" : "unavailable");
            assertThat(examiner.locator(".outage-notice")).containsText("stalled");
            // every regenerated or replaced reply shows its verdict and the rules that fired
            assertThat(examiner.locator(".guardrail-badge[data-verdict='REPLACED_BY_SCRIPTED']")).isVisible();
            assertThat(examiner.locator(".guardrail-badge[data-verdict='REPLACED_BY_SCRIPTED']"))
                    .containsText("leak:diagnosis");
            assertThat(examiner.locator(".guardrail-badge[data-verdict='REGENERATED']")).containsText("leak:diagnosis");
            assertThat(examiner.locator(".guardrail-badge[data-verdict='REGENERATED']"))
                    .containsText(locale.startsWith("fr") ? "régénérée" : "regenerated");
            Browser.screenshot(examiner, locale.startsWith("fr") ? "33-review-outage-fr" : "32-review-outage-en");
            examiner.context().close();
        }
    }

}
