package org.oscetrainer.security.sso;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.security.AccountEmails;
import org.oscetrainer.security.NewStudent;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.Role;
import org.oscetrainer.security.SystemIdentity;
import org.oscetrainer.security.sso.SsoProperties.AccountAttribute;
import org.oscetrainer.security.sso.SsoRefusal.Reason;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Which account a provider's person gets, against the real accounts table: by e-mail (as the roster
 * import records it), by user name, by student number; never a role from the provider, never a
 * disabled account, never one of two accounts sharing an address.
 */
@IntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccountMatcherTest {

    @Autowired
    AccountService accounts;
    @Autowired
    AccountEmails emails;
    @Autowired
    UserDetailsService userDetails;
    @Autowired
    JdbcClient jdbc;

    @BeforeAll
    void accounts() {
        SystemIdentity.run(() -> {
            accounts.ensureStudentAccounts(List.of(new NewStudent("24800001", "Léa MARTIN", null),
                    new NewStudent("24800002", "Hugo PETIT", null), new NewStudent("24800003", "Inès ROUX", null),
                    new NewStudent("24800004", "Noé BLANC", null), new NewStudent("24800005", "Jade FAURE", null)));
            emails.recordStudentEmails(Map.of("24800001", "Lea.Martin@etu.univ-exemple.fr",
                    "24800002", "shared@etu.univ-exemple.fr", "24800003", "shared@etu.univ-exemple.fr",
                    "24800004", "noe.blanc@etu.univ-exemple.fr"));
            accounts.createIfAbsent("cdubois.sso", "a-long-password", "Dr Claire Dubois", Role.EXAMINER);
        });
        jdbc.sql("UPDATE app_user SET enabled = FALSE WHERE username = '24800004'").update();
    }

    @Test
    void theEmailClaimFindsTheStudentWhateverItsCaseAndRolesComeFromTheAccount() {
        assertThat(SystemIdentity.call(() -> emails.email("24800001"))).isEqualTo("lea.martin@etu.univ-exemple.fr");
        UserDetails account = matcher(AccountAttribute.EMAIL, "email", true)
                .match(person(Map.of("email", "LEA.MARTIN@etu.univ-exemple.fr", "email_verified", true,
                        "roles", List.of("ADMIN"))));
        assertThat(account.getUsername()).isEqualTo("24800001");
        assertThat(account.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactlyInAnyOrderElementsOf(Role.authorities(List.of(Role.STUDENT)));
    }

    @Test
    void anUnknownAddressTwoAccountsWithOneAddressAndAMissingClaimAreRefused() {
        AccountMatcher byEmail = matcher(AccountAttribute.EMAIL, "email", true);
        assertRefused(byEmail, Map.of("email", "nobody@univ-exemple.fr"), Reason.NO_ACCOUNT);
        assertRefused(byEmail, Map.of("email", "shared@etu.univ-exemple.fr"), Reason.AMBIGUOUS);
        assertRefused(byEmail, Map.of("name", "Léa Martin"), Reason.NO_CLAIM);
        assertRefused(byEmail, Map.of("email", "  "), Reason.NO_CLAIM);
    }

    @Test
    void anAddressTheProviderHasNotVerifiedIsRefusedUnlessTheSiteAllowsIt() {
        Map<String, Object> unverified = Map.of("email", "lea.martin@etu.univ-exemple.fr", "email_verified", false);
        assertRefused(matcher(AccountAttribute.EMAIL, "email", true), unverified, Reason.UNVERIFIED_EMAIL);
        assertThat(matcher(AccountAttribute.EMAIL, "email", false).match(person(unverified)).getUsername()).isEqualTo("24800001");
    }

    @Test
    void aDisabledAccountIsRefused() {
        assertRefused(matcher(AccountAttribute.EMAIL, "email", true), Map.of("email", "noe.blanc@etu.univ-exemple.fr"),
                Reason.DISABLED);
    }

    @Test
    void aUserNameClaimFindsStaffWithTheirOwnRole() {
        UserDetails account = matcher(AccountAttribute.USERNAME, "preferred_username", true)
                .match(person(Map.of("preferred_username", "CDubois.SSO", "groups", List.of("admins"))));
        assertThat(account.getUsername()).isEqualTo("cdubois.sso");
        assertThat(account.getAuthorities()).extracting(GrantedAuthority::getAuthority).containsExactlyInAnyOrderElementsOf(Role.authorities(List.of(Role.EXAMINER)));
    }

    @Test
    void aStudentNumberClaimFindsOnlyStudents() {
        AccountMatcher byNumber = matcher(AccountAttribute.STUDENT_NUMBER, "student_number", true);
        assertThat(byNumber.match(person(Map.of("student_number", " 24800005 "))).getUsername()).isEqualTo("24800005");
        assertRefused(byNumber, Map.of("student_number", "cdubois.sso"), Reason.NO_ACCOUNT);
        assertRefused(byNumber, Map.of("student_number", "24899999"), Reason.NO_ACCOUNT);
    }

    private AccountMatcher matcher(AccountAttribute attribute, String claim, boolean requireVerifiedEmail) {
        return new AccountMatcher(new SsoProperties(true, "university", "Université Exemple", claim, attribute,
                requireVerifiedEmail), jdbc, userDetails);
    }

    private void assertRefused(AccountMatcher matcher, Map<String, Object> claims, Reason reason) {
        assertThatThrownBy(() -> matcher.match(person(claims))).isInstanceOfSatisfying(SsoRefusal.class,
                refusal -> assertThat(refusal.reason()).isEqualTo(reason));
    }

    private static OidcUser person(Map<String, Object> claims) {
        Instant now = Instant.now();
        Map<String, Object> all = new HashMap<>(claims);
        all.put("sub", "subject-1");
        return new DefaultOidcUser(List.of(), new OidcIdToken("token", now, now.plusSeconds(60), all));
    }
}
