package org.oscetrainer.security;

import java.util.Arrays;
import java.util.Collection;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person does in the app; a person may hold several roles (faculty who also examine).
 * Spring authorities are {@code ROLE_} plus the name. Everything that depends on the role as a whole
 * (who counts as staff, the labels {@code role.NAME}) is here; each view and service
 * still says which roles may use it ({@code @RolesAllowed}, {@code @PreAuthorize}).
 */
public enum Role {
    /** Plays stations and reads their own results. */
    STUDENT(false),
    /** Marks encounters and signs them off: the only role that does. */
    EXAMINER(true),
    /** Runs cohorts, exam sessions, stations and analytics; reads reviews. */
    FACULTY(true),
    /** Accounts, grades, the audit log; reads reviews. */
    ADMIN(true);

    private final boolean staff;

    Role(boolean staff) {
        this.staff = staff;
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** Staff may read any student's work. */
    public boolean staff() {
        return staff;
    }

    /** The role of a Spring authority such as {@code ROLE_FACULTY}, if it is one of these. */
    public static Optional<Role> ofAuthority(String authority) {
        return Arrays.stream(values()).filter(r -> r.authority().equals(authority)).findFirst();
    }

    /** The roles among these authorities. */
    public static Set<Role> ofAuthorities(Collection<String> authorities) {
        return authorities.stream().map(Role::ofAuthority).flatMap(Optional::stream)
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }
}
