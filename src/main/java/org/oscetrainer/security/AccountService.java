package org.oscetrainer.security;

import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.Collection;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.oscetrainer.security.internal.AppUser;
import org.oscetrainer.security.internal.AppUserRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Accounts and their roles. User names are normalised ({@link Usernames}) whenever an account is
 * created, imported or looked up. Only an admin (or the start-up bootstrap, as the system) creates
 * staff accounts and changes roles; every change is audited.
 */
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
    private static final int EMAIL_MAX = 254;

    private final AppUserRepository users;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AccountService(AppUserRepository users, PasswordEncoder passwords, PasswordPolicy policy, Clock clock,
            ApplicationEventPublisher events) {
        this.users = users;
        this.passwords = passwords;
        this.policy = policy;
        this.clock = clock;
        this.events = events;
    }

    /** Creates an account with a password unless one with that user name exists; returns whether it was created. */
    @PreAuthorize("hasAnyRole('ADMINISTER_ACCOUNTS', 'SYSTEM')")
    public boolean createIfAbsent(String username, String rawPassword, String displayName, Role role) {
        String name = acceptableName(username);
        if (users.findByUsername(name).isPresent()) {
            return false;
        }
        policy.check(name, rawPassword);
        AppUser user = new AppUser(name, passwords.encode(PasswordPolicy.normalise(rawPassword)), displayName,
                EnumSet.of(role), clock.instant());
        user.choosePassword(user.getPasswordHash(), clock.instant());
        users.save(user);
        events.publishEvent(AuditEvent.of(AuditAction.ACCOUNT_CREATED, "account", name, null, "roles " + role));
        return true;
    }

    /**
     * Creates a staff account without a password: the person chooses one through a set-password link
     * ({@link SetPasswordLinks}) or signs in through the university's single sign-on.
     */
    @PreAuthorize("hasRole('ADMINISTER_ACCOUNTS')")
    public Account createStaff(String username, String displayName, String email, Set<Role> roles) {
        String name = acceptableName(username);
        if (roles.isEmpty()) {
            throw new AccountException("accounts.error.no-role");
        }
        if (users.findByUsername(name).isPresent()) {
            throw new AccountException("accounts.error.exists", name);
        }
        AppUser user = new AppUser(name, unusablePassword(), cut(displayName == null || displayName.isBlank() ? name
                : displayName.strip(), DISPLAY_NAME_MAX), roles, clock.instant());
        user.setEmail(email(email));
        users.save(user);
        events.publishEvent(AuditEvent.of(AuditAction.ACCOUNT_CREATED, "account", name, null,
                "roles " + sorted(roles) + (user.getEmail() == null ? "" : ", e-mail " + user.getEmail())));
        return toAccount(user);
    }

    @PreAuthorize("hasAnyRole('ADMINISTER_ACCOUNTS', 'SYSTEM')")
    @Transactional(readOnly = true)
    public boolean anyAdmin() {
        return users.existsByRoleIn(Role.holding(Capability.ADMINISTER_ACCOUNTS));
    }

    /**
     * Accounts whose user name, display name or e-mail contains {@code text}, with {@code role} if
     * given, by user name. Faculty see student accounts only (they hand out the students' links).
     */
    @PreAuthorize("hasRole('MANAGE_STUDENT_ACCOUNTS')")
    @Transactional(readOnly = true)
    public List<Account> search(String text, Role role, int limit) {
        Role only = CurrentUser.can(Capability.ADMINISTER_ACCOUNTS) ? role : Role.STUDENT;
        if (role != null && role != only) {
            return List.of();
        }
        String t = text == null ? "" : text.strip().toLowerCase(java.util.Locale.ROOT);
        return users.search(t, only, PageRequest.of(0, Math.max(1, limit))).stream().map(AccountService::toAccount).toList();
    }

    /** Gives an account exactly these roles (at least one). An admin cannot take their own ADMIN role away. */
    @PreAuthorize("hasRole('ADMINISTER_ACCOUNTS')")
    public Account setRoles(String username, Set<Role> roles) {
        AppUser user = existing(username);
        if (roles.isEmpty()) {
            throw new AccountException("accounts.error.no-role");
        }
        if (user.getUsername().equals(CurrentUser.username()) && roles.stream().noneMatch(r -> r.may(Capability.ADMINISTER_ACCOUNTS))) {
            throw new AccountException("accounts.error.own-admin");
        }
        Set<Role> before = user.getRoles();
        if (!before.equals(roles)) {
            user.setRoles(roles);
            events.publishEvent(AuditEvent.of(AuditAction.ROLES_CHANGED, "account", user.getUsername(), sorted(before),
                    sorted(roles)));
        }
        return toAccount(user);
    }

    /** Disables (no sign-in any more, by any method) or enables an account. An admin cannot disable themselves. */
    @PreAuthorize("hasRole('ADMINISTER_ACCOUNTS')")
    public Account setEnabled(String username, boolean enabled) {
        AppUser user = existing(username);
        if (!enabled && user.getUsername().equals(CurrentUser.username())) {
            throw new AccountException("accounts.error.own-disable");
        }
        if (user.isEnabled() != enabled) {
            user.setEnabled(enabled);
            events.publishEvent(AuditEvent.of(enabled ? AuditAction.ACCOUNT_ENABLED : AuditAction.ACCOUNT_DISABLED,
                    "account", user.getUsername(), enabled ? "disabled" : "enabled", enabled ? "enabled" : "disabled"));
        }
        return toAccount(user);
    }

    /** The signed-in person changes their password: the current one is asked for, the new one must pass the rules. */
    @PreAuthorize("isAuthenticated()")
    public void changeMyPassword(String currentPassword, String newPassword) {
        AppUser user = existing(CurrentUser.username());
        if (user.getPasswordSetAt() == null
                || !passwords.matches(PasswordPolicy.normalise(currentPassword), user.getPasswordHash())) {
            throw new AccountException("password.error.current");
        }
        policy.check(user.getUsername(), newPassword);
        user.choosePassword(passwords.encode(PasswordPolicy.normalise(newPassword)), clock.instant());
        events.publishEvent(AuditEvent.of(AuditAction.PASSWORD_CHANGED, "account", user.getUsername(), null,
                "changed by the account holder"));
    }

    /** Display names of the given accounts, for examiners' and faculty's lists. */
    @PreAuthorize("hasAnyRole('READ_REVIEWS', 'SYSTEM')")
    @Transactional(readOnly = true)
    public Map<String, String> displayNames(Collection<String> usernames) {
        return users.findByUsernameIn(usernames).stream()
                .collect(Collectors.toMap(AppUser::getUsername, AppUser::getDisplayName));
    }

    /**
     * The enabled accounts that hold a capability, user name to display name, by user name: e.g. the
     * examiners faculty may choose as second markers.
     */
    @PreAuthorize("hasAnyRole('RUN_EXAM_SESSIONS', 'SYSTEM')")
    @Transactional(readOnly = true)
    public Map<String, String> holding(Capability capability) {
        Map<String, String> holders = new java.util.LinkedHashMap<>();
        users.findEnabledByRoleIn(Role.holding(capability)).forEach(u -> holders.put(u.getUsername(), u.getDisplayName()));
        return holders;
    }

    /** The signed-in person's own display name. */
    @PreAuthorize("isAuthenticated()")
    @Transactional(readOnly = true)
    public String myDisplayName() {
        String me = CurrentUser.username();
        return users.findByUsername(me).map(AppUser::getDisplayName).orElse(me);
    }

    /** The roles of those of these user names that have an account. */
    @PreAuthorize("hasAnyRole('MANAGE_STUDENT_ACCOUNTS', 'SYSTEM')")
    @Transactional(readOnly = true)
    public Map<String, Set<Role>> roles(Collection<String> usernames) {
        return users.findByUsernameIn(usernames.stream().map(Usernames::normalise).toList()).stream()
                .collect(Collectors.toMap(AppUser::getUsername, AppUser::getRoles));
    }

    /**
     * Makes sure each student has a STUDENT account with the given display name and e-mail: creates
     * the missing ones with an unusable random password (they choose one through a set-password link,
     * or sign in through the university's single sign-on) and renames the others. Never creates or
     * changes an account that holds another role: such an account (or the system's name) fails the whole call.
     */
    @PreAuthorize("hasAnyRole('MANAGE_STUDENT_ACCOUNTS', 'SYSTEM')")
    public StudentAccounts ensureStudentAccounts(Collection<NewStudent> students) {
        Map<String, AppUser> existing = users.findByUsernameIn(students.stream().map(s -> Usernames.normalise(s.username()))
                .toList()).stream().collect(Collectors.toMap(AppUser::getUsername, Function.identity()));
        int created = 0;
        int renamed = 0;
        for (NewStudent student : students) {
            String username = Usernames.normalise(student.username());
            String displayName = cut(student.displayName(), DISPLAY_NAME_MAX);
            AppUser user = existing.get(username);
            if (!Usernames.acceptable(username) || (user != null && !user.getRoles().equals(EnumSet.of(Role.STUDENT)))) {
                throw new IllegalArgumentException("'" + student.username() + "' is not a student account");
            }
            if (user == null) {
                user = new AppUser(username, unusablePassword(), displayName, EnumSet.of(Role.STUDENT), clock.instant());
                user.setEmail(email(student.email()));
                users.save(user);
                existing.put(username, user);
                created++;
            } else {
                if (!user.getDisplayName().equals(displayName)) {
                    user.rename(displayName);
                    renamed++;
                }
                if (student.email() != null) {
                    user.setEmail(email(student.email()));
                }
            }
        }
        return new StudentAccounts(created, renamed);
    }

    private AppUser existing(String username) {
        String name = Usernames.normalise(username);
        return users.findByUsername(name).orElseThrow(() -> new AccountException("accounts.error.unknown", name));
    }

    private static String acceptableName(String username) {
        String name = Usernames.normalise(username);
        if (!Usernames.acceptable(name)) {
            throw new AccountException("accounts.error.username", Usernames.MAX_LENGTH);
        }
        return name;
    }

    /** A hash of a random secret that is thrown away: no password can match it. */
    static String unusablePassword() {
        byte[] secret = new byte[32];
        RANDOM.nextBytes(secret);
        return "{bcrypt}" + UNUSABLE_PASSWORDS.encode(Base64.getEncoder().encodeToString(secret));
    }

    static String sorted(Set<Role> roles) {
        return roles.stream().sorted().map(Role::name).collect(Collectors.joining(", "));
    }

    static Account toAccount(AppUser user) {
        return new Account(user.getUsername(), user.getDisplayName(), user.getEmail(), user.getRoles(), user.isEnabled(),
                user.getCreatedAt(), user.getPasswordSetAt() != null);
    }

    private static String email(String email) {
        if (email == null || email.isBlank()) {
            return null;
        }
        String e = email.strip().toLowerCase(java.util.Locale.ROOT);
        if (e.length() > EMAIL_MAX || !e.matches("[^@\\s]+@[^@\\s]+\\.[^@\\s]+")) {
            throw new AccountException("accounts.error.email", email);
        }
        return e;
    }

    private static String cut(String text, int max) {
        return text.length() > max ? text.substring(0, max) : text;
    }

    /** For other services of this package: refuses faculty anything but student accounts. */
    static void requireMayHandOutLinkTo(AppUser user) {
        if (!CurrentUser.can(Capability.ADMINISTER_ACCOUNTS) && !user.getRoles().equals(EnumSet.of(Role.STUDENT))) {
            throw new AccessDeniedException("Faculty hand out set-password links to students only");
        }
    }
}
