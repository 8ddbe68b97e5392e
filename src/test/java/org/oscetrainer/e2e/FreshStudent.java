package org.oscetrainer.e2e;

import static org.oscetrainer.SignedIn.as;

import java.util.List;
import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.NewStudent;
import org.oscetrainer.security.SetPasswordLinks;
import org.oscetrainer.security.SystemIdentity;

/**
 * A student account of a test's own, made the way a real one is (imported, then a set-password
 * link redeemed), so that the test's encounters never meet another test's open attempts.
 */
final class FreshStudent {

    static final String PASSWORD = "a fresh student's password";

    private FreshStudent() {
    }

    /** A new student signed-in-able with {@link #PASSWORD}; returns the user name. */
    static String create(AccountService accounts, SetPasswordLinks links, String displayName) {
        String username = String.valueOf(26_000_000L + System.nanoTime() % 1_000_000L);
        SystemIdentity.run(() -> accounts.ensureStudentAccounts(List.of(new NewStudent(username, displayName, null))));
        String url = as("faculty", "FACULTY", () -> links.create(List.of(username), "http://localhost")).get(0).url();
        return links.redeem(url.substring(url.indexOf("token=") + "token=".length()), PASSWORD);
    }

    /** A set-password link not yet used, for the set-password page (path and query). */
    static String unusedLink(AccountService accounts, SetPasswordLinks links, String displayName) {
        String username = String.valueOf(27_000_000L + System.nanoTime() % 1_000_000L);
        SystemIdentity.run(() -> accounts.ensureStudentAccounts(List.of(new NewStudent(username, displayName, null))));
        String url = as("faculty", "FACULTY", () -> links.create(List.of(username), "http://localhost")).get(0).url();
        return url.substring(url.indexOf("/set-password"));
    }
}
