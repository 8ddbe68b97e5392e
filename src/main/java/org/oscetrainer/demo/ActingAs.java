package org.oscetrainer.demo;

import java.util.List;
import java.util.function.Supplier;
import org.oscetrainer.security.DemoAccount;
import org.oscetrainer.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/** Runs demo work as one of the demo accounts (the simulation signs off as the demo examiner), then restores the caller. */
final class ActingAs {

    private ActingAs() {
    }

    static <T> T demo(DemoAccount account, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext acting = SecurityContextHolder.createEmptyContext();
        acting.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.username(), null,
                Role.authorities(List.of(account.role())).stream().map(SimpleGrantedAuthority::new).toList()));
        SecurityContextHolder.setContext(acting);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
