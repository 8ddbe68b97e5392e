package org.oscetrainer;

import java.util.List;
import java.util.function.Supplier;
import org.oscetrainer.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs service calls in a test as a given user with one role (the authorities a sign-in gives: the
 * role's and its capabilities'), then puts the caller's identity back.
 */
public final class SignedIn {

    private SignedIn() {
    }

    public static <T> T as(String username, String role, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(username, null,
                Role.authorities(List.of(Role.valueOf(role))).stream().map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void as(String username, String role, Runnable work) {
        as(username, role, () -> {
            work.run();
            return null;
        });
    }
}
