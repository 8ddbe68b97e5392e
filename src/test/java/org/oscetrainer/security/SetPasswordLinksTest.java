package org.oscetrainer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscetrainer.SignedIn.as;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import com.icegreen.greenmail.util.ServerSetup;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * One-time set-password links: random, stored hashed, single use, expiring, e-mailed through a real
 * SMTP server (GreenMail on 127.0.0.1:33025, as the test profile's spring.mail.* says), then a real
 * sign-in with the chosen password.
 */
@IntegrationTest
class SetPasswordLinksTest {

    private static final String GOOD = "le tram passe à l'aube";

    @Autowired
    SetPasswordLinks links;

    @Autowired
    AccountService accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Autowired
    TestClock clock;

    /** Real time again for the tests that follow (see {@link TestClock#reset()}). */
    @org.junit.jupiter.api.AfterEach
    void realTimeAgain() {
        clock.reset();
    }

    @LocalServerPort
    int port;

    private GreenMail smtp;
    private final Instant started = Instant.now().minusSeconds(1);

    @BeforeEach
    void startSmtp() {
        smtp = new GreenMail(new ServerSetup(33025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
    }

    @AfterEach
    void stopSmtp() {
        smtp.stop();
    }

    private void student(String username, String email) {
        SystemIdentity.run(() -> accounts.ensureStudentAccounts(List.of(new NewStudent(username, "Lina ROUX", email))));
    }

    private static String token(SetPasswordLink link) {
        return link.url().substring(link.url().indexOf("token=") + 6);
    }

    @Test
    void facultyHandOutALinkItIsEmailedStoredHashedAndWorksOnceThenTheStudentSignsIn() throws Exception {
        student("SP-23500001", "Lina.Roux@etu.example");

        List<SetPasswordLink> created = as("faculty", "FACULTY",
                () -> links.create(List.of("sp-23500001"), "http://localhost:" + port));

        SetPasswordLink link = created.get(0);
        String token = token(link);
        assertThat(link.username()).isEqualTo("sp-23500001");
        assertThat(link.url()).startsWith("http://localhost:" + port + "/set-password?token=");
        assertThat(java.util.Base64.getUrlDecoder().decode(token)).as("256 random bits").hasSize(32);
        assertThat(link.expiresAt()).isBetween(Instant.now().plus(Duration.ofDays(7)).minusSeconds(60),
                clock.instant().plus(Duration.ofDays(7)).plusSeconds(60));
        assertThat(link.emailedTo()).isEqualTo("lina.roux@etu.example");
        assertThat(smtp.waitForIncomingEmail(5000, 1)).isTrue();
        var mail = smtp.getReceivedMessages()[0];
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo("lina.roux@etu.example");
        assertThat(GreenMailUtil.getBody(mail).replace("=\r\n", "")).contains("/set-password?token=");
        assertThat(jdbc.queryForObject("select count(*) from set_password_link where token_hash = ?", Integer.class,
                SetPasswordLinks.sha256(token))).isOne();
        assertThat(jdbc.queryForObject("select count(*) from set_password_link where token_hash = ?", Integer.class, token))
                .as("the token itself is not stored").isZero();
        assertThat(SetPasswordLinks.csv(created)).startsWith("username,name,link,valid_until_utc,emailed_to\r\n")
                .contains("sp-23500001,Lina ROUX," + link.url() + ",");

        assertThat(links.holder(token)).contains("Lina ROUX");
        assertThat(BasicSignIn.status(port, "127.0.0.5", "sp-23500001", GOOD)).as("no password yet").isEqualTo(401);
        assertThatThrownBy(() -> links.redeem(token, "too short")).isInstanceOf(PasswordRejectedException.class);
        assertThatThrownBy(() -> links.redeem(token, "Unbelievable")).isInstanceOf(PasswordRejectedException.class);

        assertThat(links.redeem(token, GOOD)).isEqualTo("sp-23500001");

        assertThatThrownBy(() -> links.redeem(token, GOOD + " again")).isInstanceOf(AccountException.class)
                .hasMessage("password.error.link");
        assertThat(links.holder(token)).as("used").isEmpty();
        assertThat(BasicSignIn.status(port, "127.0.0.5", "sp-23500001", GOOD)).isNotEqualTo(401);
        assertThat(jdbc.queryForList("select action from audit_entry where subject_id = 'sp-23500001' and at >= ? order by id",
                String.class, Timestamp.from(started))).containsSubsequence("SET_PASSWORD_LINK_CREATED", "PASSWORD_SET", "SIGN_IN");
    }

    @Test
    void aLinkExpiresAndANewerOneReplacesIt() {
        student("sp-23500002", null);
        String first = token(as("faculty", "FACULTY", () -> links.create(List.of("sp-23500002"), "http://h")).get(0));
        SetPasswordLink second = as("faculty", "FACULTY", () -> links.create(List.of("sp-23500002"), "http://h")).get(0);
        assertThat(second.emailedTo()).as("no address").isNull();
        assertThat(links.holder(first)).as("replaced").isEmpty();
        assertThat(links.holder(token(second))).isPresent();

        clock.advance(Duration.ofDays(7).plusMinutes(1));

        assertThat(links.holder(token(second))).isEmpty();
        assertThatThrownBy(() -> links.redeem(token(second), GOOD)).isInstanceOf(AccountException.class);
        assertThat(links.holder("not-a-token")).isEmpty();
    }

    @Test
    void facultyHandOutLinksToStudentsOnlyAndStudentsToNobody() {
        student("sp-23500003", null);
        assertThatThrownBy(() -> as("faculty", "FACULTY", () -> links.create(List.of("examiner"), "http://h")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("faculty", "FACULTY", () -> links.reset("sp-23500003", "http://h")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("student", "STUDENT", () -> links.create(List.of("sp-23500003"), "http://h")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(as("admin", "ADMIN", () -> links.create(List.of("examiner"), "http://h"))).hasSize(1);
    }
}
