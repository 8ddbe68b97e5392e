package org.oscetrainer.security;

import java.util.Locale;
import java.util.Map;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts' e-mail addresses, by which single sign-on can find a person's account
 * ({@code osce.sso.account-attribute=email}, docs/accounts-sso.md). The roster import records the
 * students' addresses; an address is kept in lower case.
 */
@Service
@Transactional
public class AccountEmails {

    private final JdbcClient jdbc;

    AccountEmails(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * Sets the e-mail address of each of these accounts; returns how many changed. Only for students:
     * the caller has made sure these are student accounts ({@link AccountService#ensureStudentAccounts}).
     */
    @PreAuthorize("hasAnyRole('MANAGE_STUDENT_ACCOUNTS', 'SYSTEM')")
    public int recordStudentEmails(Map<String, String> emailByUsername) {
        int changed = 0;
        for (var entry : emailByUsername.entrySet()) {
            String email = entry.getValue() == null ? null : entry.getValue().strip().toLowerCase(Locale.ROOT);
            changed += jdbc.sql("UPDATE app_user SET email = :email WHERE username = :username"
                            + " AND (email IS NULL OR email <> :email)")
                    .param("email", email).param("username", entry.getKey())
                    .update();
        }
        return changed;
    }

    /** The account's e-mail address, or {@code null}. */
    @PreAuthorize("hasAnyRole('MANAGE_STUDENT_ACCOUNTS', 'SYSTEM')")
    @Transactional(readOnly = true)
    public String email(String username) {
        return jdbc.sql("SELECT email FROM app_user WHERE username = :username").param("username", username)
                .query(String.class).optional().orElse(null);
    }
}
