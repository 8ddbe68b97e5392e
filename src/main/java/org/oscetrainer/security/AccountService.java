package org.oscetrainer.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oscetrainer.security.internal.AppUser;
import org.oscetrainer.security.internal.AppUserRepository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Accounts and roles. Only an admin (or the start-up bootstrap, as the system) creates accounts. */
@Service
@Transactional
public class AccountService {

    /**
     * Hashes the random secret of an account created without a password. The secret has 256 bits and
     * is thrown away, so BCrypt's work factor adds nothing: the lowest keeps creating thousands of accounts fast.
     */
    private static final PasswordEncoder UNUSABLE_PASSWORDS = new BCryptPasswordEncoder(4);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final int DISPLAY_NAME_MAX = 200;

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

    /** The roles of those of these user names that have an account. */
    @PreAuthorize("hasAnyRole('FACULTY', 'ADMIN', 'SYSTEM')")
    @Transactional(readOnly = true)
    public Map<String, Role> roles(Collection<String> usernames) {
        return users.findByUsernameIn(usernames).stream().collect(Collectors.toMap(AppUser::getUsername, AppUser::getRole));
    }

    /**
     * Makes sure each user name has a STUDENT account with the given display name: creates the
     * missing ones with an unusable random password (the hospital's IT or its single sign-on sets how
     * students sign in) and renames the others. Never creates or changes an account of another role:
     * an existing non-student account (or the system's name) fails the whole call.
     */
    @PreAuthorize("hasAnyRole('FACULTY', 'ADMIN', 'SYSTEM')")
    public StudentAccounts ensureStudentAccounts(Map<String, String> displayNameByUsername) {
        Map<String, AppUser> existing = users.findByUsernameIn(displayNameByUsername.keySet()).stream()
                .collect(Collectors.toMap(u -> u.getUsername().toLowerCase(java.util.Locale.ROOT), Function.identity()));
        int created = 0;
        int renamed = 0;
        for (var entry : displayNameByUsername.entrySet()) {
            String username = entry.getKey();
            String displayName = entry.getValue().length() > DISPLAY_NAME_MAX
                    ? entry.getValue().substring(0, DISPLAY_NAME_MAX) : entry.getValue();
            AppUser user = existing.get(username.toLowerCase(java.util.Locale.ROOT));
            if (SystemIdentity.NAME.equalsIgnoreCase(username) || (user != null && user.getRole() != Role.STUDENT)) {
                throw new IllegalArgumentException("'" + username + "' is not a student account");
            }
            if (user == null) {
                users.save(new AppUser(username, "{bcrypt}" + UNUSABLE_PASSWORDS.encode(randomSecret()), displayName,
                        Role.STUDENT, clock.instant()));
                created++;
            } else if (!user.getDisplayName().equals(displayName)) {
                user.rename(displayName);
                renamed++;
            }
        }
        return new StudentAccounts(created, renamed);
    }

    private static String randomSecret() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return Base64.getEncoder().encodeToString(secret);
    }
}
