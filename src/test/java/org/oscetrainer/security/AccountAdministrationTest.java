package org.oscetrainer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.oscetrainer.SignedIn.as;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** Admins list and search accounts, create staff with several roles, change roles, disable and reset; all audited. */
@IntegrationTest
class AccountAdministrationTest {

    private static final String PASSWORD = "a staff password here";

    @Autowired
    AccountService accounts;

    @Autowired
    SetPasswordLinks links;

    @Autowired
    JdbcTemplate jdbc;

    @LocalServerPort
    int port;

    private final Instant started = Instant.now().minusSeconds(1);

    private List<String> audit(String subject) {
        return jdbc.queryForList("select concat(action, ' ', coalesce(before_value, ''), ' -> ', coalesce(after_value, ''))"
                + " from audit_entry where subject_id = ? and at >= ? order by id", String.class, subject, Timestamp.from(started));
    }

    private void choosePassword(String username) {
        SetPasswordLink link = as("admin", "ADMIN", () -> links.reset(username, "http://h"));
        links.redeem(link.url().substring(link.url().indexOf("token=") + 6), PASSWORD);
    }

    @Test
    void theSingleRolesOfExistingAccountsBecameTheirFirstRole() {
        assertThat(as("admin", "ADMIN", () -> accounts.roles(List.of("examiner", "faculty", "student", "admin"))))
                .containsEntry("examiner", Set.of(Role.EXAMINER)).containsEntry("faculty", Set.of(Role.FACULTY))
                .containsEntry("student", Set.of(Role.STUDENT)).containsEntry("admin", Set.of(Role.ADMIN));
    }

    @Test
    void aStaffMemberWithTwoRolesSignsInWithBoth() throws Exception {
        Account created = as("admin", "ADMIN", () -> accounts.createStaff(" Dr.Both\u200B ", "Dr Both", "Both@CHU.example",
                EnumSet.of(Role.FACULTY, Role.EXAMINER)));
        assertThat(created.username()).isEqualTo("dr.both");
        assertThat(created.email()).isEqualTo("both@chu.example");
        assertThat(created.passwordSet()).isFalse();
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> accounts.createStaff("DR.BOTH", "x", null, Set.of(Role.FACULTY))))
                .isInstanceOf(AccountException.class).hasMessage("accounts.error.exists");

        choosePassword("dr.both");

        assertThat(BasicSignIn.status(port, "127.0.0.6", "dr.both", PASSWORD)).as("signed in, not a student: 403")
                .isEqualTo(403);
        assertThat(audit("dr.both")).first().asString().startsWith("ACCOUNT_CREATED  -> roles EXAMINER, FACULTY");
    }

    @Test
    void rolesChangeDisableAndEnableAreAudited() throws Exception {
        as("admin", "ADMIN", () -> accounts.createStaff("dr.roles", "Dr Roles", null, Set.of(Role.FACULTY)));
        choosePassword("dr.roles");

        Account changed = as("admin", "ADMIN", () -> accounts.setRoles("dr.roles", EnumSet.of(Role.EXAMINER, Role.FACULTY)));
        assertThat(changed.roles()).containsExactlyInAnyOrder(Role.EXAMINER, Role.FACULTY);
        as("admin", "ADMIN", () -> accounts.setEnabled("dr.roles", false));

        assertThat(BasicSignIn.status(port, "127.0.0.7", "dr.roles", PASSWORD)).as("disabled").isEqualTo(401);

        as("admin", "ADMIN", () -> accounts.setEnabled("dr.roles", true));
        assertThat(BasicSignIn.status(port, "127.0.0.7", "dr.roles", PASSWORD)).isEqualTo(403);
        assertThat(audit("dr.roles")).contains("ROLES_CHANGED FACULTY -> EXAMINER, FACULTY",
                "ACCOUNT_DISABLED enabled -> disabled", "ACCOUNT_ENABLED disabled -> enabled");
        jdbc.update("delete from sign_in_failure where subject in ('dr.roles', '127.0.0.7')");
    }

    @Test
    void anAdminKeepsTheirOwnAdminRoleAndCannotDisableThemselves() {
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> accounts.setRoles("admin", Set.of(Role.FACULTY))))
                .hasMessage("accounts.error.own-admin");
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> accounts.setEnabled("admin", false)))
                .hasMessage("accounts.error.own-disable");
        assertThatThrownBy(() -> as("admin", "ADMIN", () -> accounts.setRoles("examiner", Set.of())))
                .hasMessage("accounts.error.no-role");
    }

    @Test
    void adminsSearchEveryAccountFacultyOnlyStudentsOthersNothing() {
        assertThat(as("admin", "ADMIN", () -> accounts.search("claire", null, 10))).extracting(Account::username)
                .contains("examiner");
        assertThat(as("admin", "ADMIN", () -> accounts.search("", Role.EXAMINER, 500))).extracting(Account::username)
                .contains("examiner").doesNotContain("student");
        // searched by name: the suite's database holds hundreds of roster students
        assertThat(as("faculty", "FACULTY", () -> accounts.search("student", null, 500))).extracting(Account::username)
                .contains("student");
        assertThat(as("faculty", "FACULTY", () -> accounts.search("examiner", null, 500))).isEmpty();
        assertThat(as("faculty", "FACULTY", () -> accounts.search("admin", null, 500))).isEmpty();
        for (String role : List.of("STUDENT", "EXAMINER")) {
            assertThatThrownBy(() -> as("x", role, () -> accounts.search("", null, 10))).isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> as("faculty", "FACULTY", () -> accounts.createStaff("f2", "F", null, Set.of(Role.ADMIN))))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as("faculty", "FACULTY", () -> accounts.setRoles("faculty", Set.of(Role.ADMIN))))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void aSignedInPersonChangesTheirOwnPasswordGivingTheCurrentOne() throws Exception {
        as("admin", "ADMIN", () -> accounts.createStaff("dr.change", "Dr Change", null, Set.of(Role.EXAMINER)));
        choosePassword("dr.change");

        assertThatThrownBy(() -> as("dr.change", "EXAMINER", () -> accounts.changeMyPassword("wrong one", "another long one")))
                .hasMessage("password.error.current");
        assertThatThrownBy(() -> as("dr.change", "EXAMINER", () -> accounts.changeMyPassword(PASSWORD, "short")))
                .isInstanceOf(PasswordRejectedException.class);
        as("dr.change", "EXAMINER", () -> accounts.changeMyPassword(PASSWORD, "another long one"));

        assertThat(BasicSignIn.status(port, "127.0.0.8", "dr.change", "another long one")).isEqualTo(403);
        assertThat(audit("dr.change")).anyMatch(a -> a.startsWith("PASSWORD_CHANGED  -> changed by the account holder"));
        jdbc.update("delete from sign_in_failure where subject in ('dr.change', '127.0.0.8')");
    }
}
