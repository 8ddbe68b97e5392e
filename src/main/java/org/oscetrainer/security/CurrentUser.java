package org.oscetrainer.security;

import java.util.EnumSet;
import java.util.Set;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is calling, and what they may do, for checks inside services and views. */
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

    /** Whether the caller may do this (the system may do nothing by capability: see {@link #isSystem}). */
    public static boolean can(Capability capability) {
        return holds(capability.authority());
    }

    /** Whether the caller is the background system ({@link SystemIdentity}). */
    public static boolean isSystem() {
        return holds(SystemIdentity.AUTHORITY);
    }

    /** The signed-in person's roles (none when signed out, or for the system). */
    public static Set<Role> roles() {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth == null ? EnumSet.noneOf(Role.class)
                : Role.ofAuthorities(auth.getAuthorities().stream().map(GrantedAuthority::getAuthority).toList());
    }

    /** Those who read reviews, and the system, may read any student's work; students their own. */
    public static void requireOwnerOrStaff(String owner) {
        if (isSystem() || can(Capability.READ_REVIEWS)) {
            return;
        }
        if (!username().equals(owner)) {
            throw new AccessDeniedException("This belongs to another student");
        }
    }

    private static boolean holds(String authority) {
        Authentication auth = SecurityContextHolder.getContext().getAuthentication();
        return auth != null && auth.getAuthorities().stream().anyMatch(a -> a.getAuthority().equals(authority));
    }
}
