package org.oscetrainer.security;

import static org.oscetrainer.security.Capability.ADMINISTER_ACCOUNTS;
import static org.oscetrainer.security.Capability.AUTHOR_STATIONS;
import static org.oscetrainer.security.Capability.EXPORT_GRADES;
import static org.oscetrainer.security.Capability.HANDLE_INCIDENTS;
import static org.oscetrainer.security.Capability.MANAGE_COHORTS;
import static org.oscetrainer.security.Capability.MANAGE_STUDENT_ACCOUNTS;
import static org.oscetrainer.security.Capability.MARK;
import static org.oscetrainer.security.Capability.PLAY_STATIONS;
import static org.oscetrainer.security.Capability.READ_ANALYTICS;
import static org.oscetrainer.security.Capability.READ_AUDIT;
import static org.oscetrainer.security.Capability.READ_METRICS;
import static org.oscetrainer.security.Capability.READ_REVIEWS;
import static org.oscetrainer.security.Capability.RUN_EXAM_SESSIONS;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What a person is in the app; a person may hold several roles (faculty who also examine). This is
 * the one place that says what each role may do: a role is its set of {@link Capability capabilities},
 * and views and services check capabilities only. Adding a role (say a secretary who exports grades)
 * is one constant here, plus its label {@code role.NAME} in the translations.
 * Spring authorities are {@code ROLE_} plus the role's name, and the capabilities' authorities
 * ({@link #authorities}).
 */
public enum Role {
    /** Plays stations and reads their own results. */
    STUDENT(PLAY_STATIONS),
    /** Marks encounters and signs them off: the only role that does. */
    EXAMINER(MARK, READ_REVIEWS),
    /** Runs cohorts, exam sessions, stations and analytics; reads reviews. */
    FACULTY(READ_REVIEWS, READ_ANALYTICS, AUTHOR_STATIONS, MANAGE_COHORTS, RUN_EXAM_SESSIONS, EXPORT_GRADES,
            HANDLE_INCIDENTS, MANAGE_STUDENT_ACCOUNTS),
    /** All that faculty do but marking, plus accounts, the audit log and the metrics. */
    ADMIN(READ_REVIEWS, READ_ANALYTICS, AUTHOR_STATIONS, MANAGE_COHORTS, RUN_EXAM_SESSIONS, EXPORT_GRADES,
            HANDLE_INCIDENTS, MANAGE_STUDENT_ACCOUNTS, ADMINISTER_ACCOUNTS, READ_AUDIT, READ_METRICS);

    private final Set<Capability> capabilities;

    Role(Capability... capabilities) {
        this.capabilities = Collections.unmodifiableSet(EnumSet.copyOf(Arrays.asList(capabilities)));
    }

    public String authority() {
        return "ROLE_" + name();
    }

    /** What this role may do. */
    public Set<Capability> capabilities() {
        return capabilities;
    }

    public boolean may(Capability capability) {
        return capabilities.contains(capability);
    }

    /** The roles that may do this. */
    public static Set<Role> holding(Capability capability) {
        return Arrays.stream(values()).filter(r -> r.may(capability))
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(Role.class)));
    }

    /**
     * The Spring authorities of a person who holds these roles: each role's and each of their
     * capabilities'. Given at every sign-in (password, single sign-on) and to demo work.
     */
    public static List<String> authorities(Collection<Role> roles) {
        Set<String> authorities = new LinkedHashSet<>();
        roles.forEach(r -> authorities.add(r.authority()));
        roles.forEach(r -> r.capabilities.forEach(c -> authorities.add(c.authority())));
        return new ArrayList<>(authorities);
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
