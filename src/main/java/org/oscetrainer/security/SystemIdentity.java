package org.oscetrainer.security;

import java.util.List;
import java.util.function.Supplier;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Background work (the deadline job, the scorer, start-up bootstrap) runs as the "system" with
 * ROLE_SYSTEM, which no account can hold and which carries no {@link Capability}: a service that the
 * system may call says so by name next to the capability, {@code hasAnyRole('MANAGE_COHORTS', 'SYSTEM')},
 * or alone for the system's own work, {@code hasRole('SYSTEM')}. So services keep checking on every call.
 */
public final class SystemIdentity {

    public static final String NAME = "system";
    /** The name services' {@code @PreAuthorize} use for it. */
    public static final String ROLE = "SYSTEM";
    public static final String AUTHORITY = "ROLE_" + ROLE;

    private SystemIdentity() {
    }

    public static <T> T call(Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext system = SecurityContextHolder.createEmptyContext();
        system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(NAME, null,
                List.of(new SimpleGrantedAuthority(AUTHORITY))));
        SecurityContextHolder.setContext(system);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void run(Runnable work) {
        call(() -> {
            work.run();
            return null;
        });
    }
}
