package org.oscetrainer.security.sso;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import org.oscetrainer.security.Role;
import org.oscetrainer.security.sso.SsoProperties.AccountAttribute;
import org.oscetrainer.security.sso.SsoRefusal.Reason;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Finds the existing account of a person the provider vouched for, from one configured claim. Never
 * creates an account and never reads roles from the provider: the authorities are the account's, as
 * the password sign-in gives them ({@link UserDetailsService}), so a disabled account stays out.
 */
class AccountMatcher {

    private final SsoProperties properties;
    private final JdbcClient jdbc;
    private final UserDetailsService accounts;

    AccountMatcher(SsoProperties properties, JdbcClient jdbc, UserDetailsService accounts) {
        this.properties = properties;
        this.jdbc = jdbc;
        this.accounts = accounts;
    }

    /** The account's user name and authorities; throws {@link SsoRefusal} when there is no usable one. */
    UserDetails match(OidcUser person) {
        String claim = properties.claim();
        Object raw = person.getClaims().get(claim);
        String value = raw == null ? null : raw.toString().strip();
        if (value == null || value.isEmpty()) {
            throw refusal(Reason.NO_CLAIM, null, person);
        }
        AccountAttribute attribute = properties.accountAttribute();
        if (attribute == AccountAttribute.EMAIL && properties.requireVerifiedEmail()
                && Boolean.FALSE.equals(person.getEmailVerified())) {
            throw refusal(Reason.UNVERIFIED_EMAIL, value, person);
        }
        String username = switch (attribute) {
            case EMAIL -> byEmail(value, person);
            case USERNAME -> value;
            case STUDENT_NUMBER -> value.toLowerCase(Locale.ROOT);
        };
        UserDetails account;
        try {
            account = accounts.loadUserByUsername(username);
        } catch (UsernameNotFoundException e) {
            throw refusal(Reason.NO_ACCOUNT, value, person);
        }
        if (attribute == AccountAttribute.STUDENT_NUMBER && !holds(account.getAuthorities(), Role.STUDENT)) {
            throw refusal(Reason.NO_ACCOUNT, value, person);
        }
        if (!account.isEnabled() || !account.isAccountNonLocked() || !account.isAccountNonExpired()) {
            throw refusal(Reason.DISABLED, value, person);
        }
        return account;
    }

    private String byEmail(String email, OidcUser person) {
        List<String> usernames = jdbc.sql("SELECT username FROM app_user WHERE email = :email")
                .param("email", email.toLowerCase(Locale.ROOT)).query(String.class).list();
        if (usernames.isEmpty()) {
            throw refusal(Reason.NO_ACCOUNT, email, person);
        }
        if (usernames.size() > 1) {
            throw refusal(Reason.AMBIGUOUS, email, person);
        }
        return usernames.get(0);
    }

    private static boolean holds(Collection<? extends GrantedAuthority> authorities, Role role) {
        return authorities.stream().anyMatch(a -> a.getAuthority().equals(role.authority()));
    }

    private SsoRefusal refusal(Reason reason, String value, OidcUser person) {
        return new SsoRefusal(reason, properties.claim(), value, person.getSubject());
    }
}
