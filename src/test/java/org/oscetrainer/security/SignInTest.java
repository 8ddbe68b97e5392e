package org.oscetrainer.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.TestClock;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Password sign-in over real HTTP: user names normalised so that nothing escapes the audit log, and
 * throttling after repeated failures per account and per address, counted in the database.
 */
@IntegrationTest
class SignInTest {

    private static final String PASSWORD = "a long sign-in secret";

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

    private final Instant started = Instant.now().minusSeconds(1);

    @AfterEach
    void forgetTheFailuresOfThisTest() {
        jdbc.update("delete from sign_in_failure where at >= ?", Timestamp.from(started));
    }

    private void account(String username) {
        SystemIdentity.run(() -> accounts.createIfAbsent(username, PASSWORD, "Test " + username, Role.STUDENT));
    }

    private List<Map<String, Object>> audit(String actor, String action) {
        return jdbc.queryForList("select actor, subject_id, after_value from audit_entry where actor = ? and action = ?"
                + " and at >= ? order by id", actor, action, Timestamp.from(started));
    }

    @Test
    void aNameFollowedBy150ZeroWidthSpacesIsTheSameAccountAndItsFailedSignInIsAudited() throws Exception {
        account("zw-student");
        String typed = "zw-student" + "\u200B".repeat(150);

        assertThat(BasicSignIn.status(port, "127.0.0.1", typed, "wrong password here")).isEqualTo(401);
        assertThat(BasicSignIn.status(port, "127.0.0.1", "ＺＷ-Student\u200D ", PASSWORD))
                .as("full-width letters, a joiner and a space: the same account").isNotEqualTo(401);

        var failed = audit("zw-student", "SIGN_IN_FAILED");
        assertThat(failed).hasSize(1);
        assertThat(failed.get(0).get("after_value").toString())
                .contains("BadCredentialsException", "from 127.0.0.1", "typed as \"zw-student\\u200B\\u200B");
        assertThat(audit("zw-student", "SIGN_IN")).hasSize(1);

        long[] nanos = new long[10];
        for (int i = 0; i < nanos.length; i++) {
            long t0 = System.nanoTime();
            assertThat(BasicSignIn.status(port, "127.0.0.1", "zw-student", PASSWORD)).isNotEqualTo(401);
            nanos[i] = System.nanoTime() - t0;
        }
        java.util.Arrays.sort(nanos);
        System.out.printf("FIGURE sign-in over HTTP Basic (normalise, throttle check, BCrypt 10, audit): median %.0f ms,"
                + " slowest %.0f ms of %d%n", nanos[nanos.length / 2] / 1e6, nanos[nanos.length - 1] / 1e6, nanos.length);
    }

    @Test
    void aNameTooLongForTheAuditColumnIsCutAndMarkedNotLost() throws Exception {
        String typed = "x".repeat(500);

        assertThat(BasicSignIn.status(port, "127.0.0.1", typed, "whatever it is")).isEqualTo(401);

        var rows = jdbc.queryForList("select actor, subject_id from audit_entry where action = 'SIGN_IN_FAILED' and at >= ?"
                + " and actor like 'xxxx%'", Timestamp.from(started));
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("actor").toString()).hasSize(100).endsWith("x…");
    }

    @Test
    void twentyFiveWrongPasswordsThenTheRightOneIsRefusedUntilTheWindowHasPassed() throws Exception {
        account("throttled-student");
        for (int i = 0; i < 25; i++) {
            assertThat(BasicSignIn.status(port, "127.0.0.2", "throttled-student", "wrong password " + i)).isEqualTo(401);
        }

        assertThat(BasicSignIn.status(port, "127.0.0.2", "throttled-student", PASSWORD))
                .as("the right password while throttled").isEqualTo(401);
        assertThat(BasicSignIn.status(port, "127.0.0.1", "Throttled-Student\u200B", PASSWORD))
                .as("from another address, and spelled otherwise: the account is throttled").isEqualTo(401);
        assertThat(audit("throttled-student", "SIGN_IN_FAILED")).as("failures counted until the limit").hasSize(5);
        var refused = audit("throttled-student", "SIGN_IN_THROTTLED");
        assertThat(refused).hasSize(22);
        assertThat(refused.get(0).get("after_value").toString()).contains("refused until", "from 127.0.0.2");
        assertThat(audit("throttled-student", "SIGN_IN")).isEmpty();

        clock.advance(Duration.ofMinutes(16));

        assertThat(BasicSignIn.status(port, "127.0.0.2", "throttled-student", PASSWORD)).isNotEqualTo(401);
        assertThat(audit("throttled-student", "SIGN_IN")).hasSize(1);
    }

    @Test
    void twentyFailuresFromOneAddressRefuseEveryAccountFromThere() throws Exception {
        account("address-student");
        for (int i = 0; i < 20; i++) {
            assertThat(BasicSignIn.status(port, "127.0.0.3", "nobody-" + i, "wrong password")).isEqualTo(401);
        }

        assertThat(BasicSignIn.status(port, "127.0.0.3", "address-student", PASSWORD)).isEqualTo(401);
        assertThat(audit("address-student", "SIGN_IN_THROTTLED")).hasSize(1);
        assertThat(BasicSignIn.status(port, "127.0.0.4", "address-student", PASSWORD))
                .as("from another address").isNotEqualTo(401);
    }

    @Test
    void throttlingThresholdsAreDocumentedDefaults() {
        var t = new AccountProperties.Throttle(Duration.ofMinutes(15), 5, 20, Duration.ofMinutes(1), Duration.ofMinutes(15));
        assertThat(t.lockAfter(4, 5)).isZero();
        assertThat(t.lockAfter(5, 5)).isEqualTo(Duration.ofMinutes(1));
        assertThat(t.lockAfter(6, 5)).isEqualTo(Duration.ofMinutes(2));
        assertThat(t.lockAfter(8, 5)).isEqualTo(Duration.ofMinutes(8));
        assertThat(t.lockAfter(9, 5)).isEqualTo(Duration.ofMinutes(15));
        assertThat(t.lockAfter(500, 5)).isEqualTo(Duration.ofMinutes(15));
    }
}
