package org.oscetrainer.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.Cookie;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.oscetrainer.operations.ClusterNodes;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.Role;
import org.oscetrainer.security.SystemIdentity;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The browser side of a node's death (issue 14, part 4): two app nodes behind Debian's HAProxy with the
 * sticky cookie of docs/deploy.md; a student plays a station in Chromium; the node that serves them is
 * stopped. The page leads them to sign in again (on the survivor), and the encounter resumes there with
 * the same transcript and the time the server kept; the next question is answered.
 */
class NodeDeathBrowserTest {

    private static final String PASSWORD = "node-death-browser-pw";

    @Test
    void theStudentSignsInAgainOnTheSurvivorAndTheEncounterResumes() throws Exception {
        Assumptions.assumeTrue(ClusterNodes.HAPROXY.canExecute(), "needs Debian's haproxy (apt-get install -y haproxy)");
        // two whole apps and a browser on the machine: give the page more than the default 5 s
        com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(15_000);
        String[] settings = {"osce.patient.token-delay=20ms", "osce.encounter.reply-lease=3s"};
        ConfigurableApplicationContext a = ClusterNodes.node("a", settings);
        ConfigurableApplicationContext b = ClusterNodes.node("b", settings);
        Process proxy = null;
        String student = "ndb-" + System.nanoTime() % 1_000_000;
        SystemIdentity.run(() -> b.getBean(AccountService.class)
                .createIfAbsent(student, PASSWORD, "Node death (browser)", Role.STUDENT));
        try {
            int front = ClusterNodes.freePort();
            proxy = ClusterNodes.haproxy(front, true, ClusterNodes.port(a), ClusterNodes.port(b), "haproxy-node-death-browser.log");
            try (Browser browser = new Browser(front)) {
                Page page = browser.newPage("en-GB");
                Browser.signIn(page, student, PASSWORD);
                BrowserTest.startStation(page, "chest-pain-en");
                BrowserTest.ask(page, "When did the pain start?", 3);
                BrowserTest.ask(page, "Where exactly is the pain?", 5);
                String encounterUrl = page.url();
                List<String> before = page.locator(".transcript .turn .text").allTextContents();
                int leftBefore = secondsLeft(page);
                long killedAt = System.nanoTime();
                String served = page.context().cookies().stream().filter(c -> c.name.equals("OSCENODE"))
                        .map(c -> c.value).findFirst().orElseThrow(() -> new AssertionError("no OSCENODE cookie from HAProxy"));
                ConfigurableApplicationContext dying = served.equals("a") ? a : b;
                ConfigurableApplicationContext survivor = dying == a ? b : a;
                dying.close();
                // the page's next heartbeat (every 15 s) reaches the survivor, which answers that the page's
                // session is gone: the page reloads, which leads to the sign-in page (on the survivor)
                page.waitForURL(Pattern.compile(".*/login.*"), new Page.WaitForURLOptions().setTimeout(45_000));
                int noticed = (int) ((System.nanoTime() - killedAt) / 1_000_000_000L);
                Browser.screenshot(page, "node-death-01-sign-in-again-en");
                Browser.signIn(page, student, PASSWORD);
                if (!page.url().equals(encounterUrl)) {
                    BrowserTest.startStation(page, "chest-pain-en"); // resumes the open encounter
                }
                assertThat(page.url()).as("the same encounter, resumed").isEqualTo(encounterUrl);
                assertThat(page.context().cookies().stream().filter(c -> c.name.equals("OSCENODE")).map(c -> c.value))
                        .as("now served by the survivor").containsExactly(served.equals("a") ? "b" : "a");
                assertThat(page.locator(".transcript .turn .text").allTextContents())
                        .as("the same transcript").isEqualTo(before);
                int elapsed = (int) ((System.nanoTime() - killedAt) / 1_000_000_000L);
                int leftAfter = secondsLeft(page);
                assertThat(leftAfter).as("the time the server kept: %d s before, %d s elapsed", leftBefore, elapsed)
                        .isBetween(leftBefore - elapsed - 3, leftBefore - elapsed + 1);
                Browser.screenshot(page, "node-death-02-resumed-en");
                BrowserTest.ask(page, "Does the pain go anywhere else?", 7);
                long encounter = Long.parseLong(encounterUrl.replaceAll(".*/encounter/(\\d+).*", "$1"));
                Integer turns = survivor.getBean(JdbcTemplate.class)
                        .queryForObject("select count(*) from turn where encounter_id = ?", Integer.class, encounter);
                assertThat(turns).as("every turn shown is stored once").isEqualTo(before.size() + 2);
                System.out.printf("node death (browser): node %s stopped; the page asked to sign in again after %d s;"
                        + " resumed after %d s; %d s left before, %d s after%n", served, noticed, elapsed, leftBefore, leftAfter);
            }
        } finally {
            com.microsoft.playwright.assertions.PlaywrightAssertions.setDefaultAssertionTimeout(5_000);
            if (proxy != null) {
                proxy.destroy();
            }
            a.close();
            b.close();
        }
    }

    private static int secondsLeft(Page page) {
        assertThat(page.locator(".countdown")).hasText(Pattern.compile("\\d\\d:\\d\\d"));
        String[] mmss = page.locator(".countdown").textContent().split(":");
        return Integer.parseInt(mmss[0]) * 60 + Integer.parseInt(mmss[1]);
    }
}
