package org.oscetrainer.security;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling, for ownership checks inside services. */
public final class CurrentUser {

    private CurrentUser() {
    }

    public static String username() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        if (auth == null || !auth.isAuthenticated()) {
            throw new AccessDeniedException("Not signed in");
        }
        return auth.getName();
    }

    public static boolean hasRole(String role) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals("ROLE_" + role));
    }

    /** The signed-in person's roles (none when signed out, or for the system). */
    public static java.util.Set<Role> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? java.util.EnumSet.noneOf(Role.class)
                : Role.ofAuthorities(auth.getAuthorities().stream().map(a -> a.getAuthority()).toList());
    }

    /** Staff (examiners, faculty, admins and the system) may read any student's work; students their own. */
    public static void requireOwnerOrStaff(String owner) {
        if (hasRole("SYSTEM") || roles().stream().anyMatch(Role::staff)) {
            return;
        }
        if (!username().equals(owner)) {
            throw new AccessDeniedException("This belongs to another student");
        }
    }
}
