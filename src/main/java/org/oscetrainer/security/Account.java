package org.oscetrainer.security;

import java.time.Instant;
import java.util.Set;

/**
 * An account as administrators see it.
 *
 * @param passwordSet whether the person has chosen a password (imported students have none until
 *     they use a set-password link)
 */
public record Account(String username, String displayName, String email, Set<Role> roles, boolean enabled,
        Instant createdAt, boolean passwordSet) {

    public Account {
        roles = Set.copyOf(roles);
    }
}
