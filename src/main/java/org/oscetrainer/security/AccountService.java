package org.oscetrainer.security;

import java.time.Clock;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.oscetrainer.security.internal.AppUser;
import org.oscetrainer.security.internal.AppUserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and roles. Only an admin (or the start-up bootstrap, as the system) creates accounts. */
@Service
@Transactional
public class AccountService {

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final Clock clock;

    AccountService(AppUserRepository users, PasswordEncoder passwords, Clock clock) {
        this.users = users;
        this.passwords = passwords;
        this.clock = clock;
    }

    /** Creates an account unless one with that user name exists; returns whether it was created. */
    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    public boolean createIfAbsent(String username, String rawPassword, String displayName, Role role) {
        if (users.findByUsername(username).isPresent()) {
            return false;
        }
        if (rawPassword == null || rawPassword.length() < 8) {
            throw new IllegalArgumentException("A password must have at least 8 characters");
        }
        users.save(new AppUser(username, passwords.encode(rawPassword), displayName, role, clock.instant()));
        return true;
    }

    @PreAuthorize("hasAnyRole('ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return users.existsByRole(Role.ADMIN);
    }

    /** Display names of the given accounts, for examiners' and faculty's lists. */
    @PreAuthorize("hasAnyRole('EXAMINER', 'FACULTY', 'ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        return users.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName));
    }

    /** The signed-in person's own display name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String myDisplayName() {
        String me = CurrentUser.username();
        return users.findByUsername(me).map(AppUser::getDisplayName).orElse(me);
    }
}
