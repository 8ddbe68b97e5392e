package org.oscetrainer.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import org.oscetrainer.audit.AuditAction;
import org.oscetrainer.audit.AuditEvent;
import org.oscetrainer.security.internal.AppUser;
import org.oscetrainer.security.internal.AppUserRepository;
import org.oscetrainer.security.internal.SetPasswordLinkRepository;
import org.oscetrainer.security.internal.SetPasswordLinkRow;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One-time links with which a person chooses their password: faculty create them for students,
 * admins for anyone (and an admin's reset is a new link). The token has 256 random bits and only
 * its SHA-256 is stored; a link works once, until it expires ({@code osce.accounts.link-validity}),
 * and a newer link for the same account replaces it. Everything is audited.
 */
@Service
@Transactional
public class SetPasswordLinks {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final AppUserRepository users;
    private final SetPasswordLinkRepository links;
    private final PasswordEncoder passwords;
    private final PasswordPolicy policy;
    private final LinkMail mail;
    private final AccountProperties properties;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    SetPasswordLinks(AppUserRepository users, SetPasswordLinkRepository links, PasswordEncoder passwords,
            PasswordPolicy policy, LinkMail mail, AccountProperties properties, Clock clock,
            ApplicationEventPublisher events) {
        this.users = users;
        this.links = links;
        this.passwords = passwords;
        this.policy = policy;
        this.mail = mail;
        this.properties = properties;
        this.clock = clock;
        this.events = events;
    }

    /**
     * A new link for each account, e-mailed when a mail server is configured and the account has an
     * address. {@code requestBaseUrl} (e.g. {@code https://host:8443}) is used when
     * {@code osce.accounts.public-url} is not set.
     */
    @PreAuthorize("hasRole('MANAGE_STUDENT_ACCOUNTS')")
    public List<SetPasswordLink> create(Collection<String> usernames, String requestBaseUrl) {
        String base = baseUrl(requestBaseUrl);
        Instant now = clock.instant();
        List<SetPasswordLink> created = new ArrayList<>();
        for (String username : usernames) {
            String name = Usernames.normalise(username);
            AppUser user = users.findByUsername(name).orElseThrow(() -> new AccountException("accounts.error.unknown", name));
            AccountService.requireMayHandOutLinkTo(user);
            links.usable(user.getId(), now).forEach(old -> old.expire(now));
            String token = token();
            Instant expires = now.plus(properties.linkValidity());
            links.save(new SetPasswordLinkRow(user.getId(), sha256(token), CurrentUser.username(), now, expires));
            String url = base + "/set-password?token=" + token;
            String emailedTo = mail.send(user.getEmail(), user.getDisplayName(), url, expires).orElse(null);
            events.publishEvent(AuditEvent.of(AuditAction.SET_PASSWORD_LINK_CREATED, "account", user.getUsername(), null,
                    "valid until " + expires + (emailedTo == null ? ", shown to its creator" : ", e-mailed to " + emailedTo)));
            created.add(new SetPasswordLink(user.getUsername(), user.getDisplayName(), url, expires, emailedTo));
        }
        return created;
    }

    /** An admin's reset: the current password stops working at once, and a new link is made. */
    @PreAuthorize("hasRole('ADMINISTER_ACCOUNTS')")
    public SetPasswordLink reset(String username, String requestBaseUrl) {
        String name = Usernames.normalise(username);
        AppUser user = users.findByUsername(name).orElseThrow(() -> new AccountException("accounts.error.unknown", name));
        user.revokePassword(AccountService.unusablePassword());
        events.publishEvent(AuditEvent.of(AuditAction.PASSWORD_CHANGED, "account", user.getUsername(), null,
                "reset by an administrator: the password no longer works"));
        return create(List.of(name), requestBaseUrl).get(0);
    }

    /** Whose link this is (their display name), while it can still be used; empty for an unknown, used or expired link. */
    @Transactional(readOnly = true)
    public Optional<String> holder(String token) {
        if (token == null || token.isBlank()) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        return links.findByTokenHash(sha256(token)).filter(l -> l.usableAt(now))
                .flatMap(l -> users.findById(l.getAccountId())).filter(AppUser::isEnabled).map(AppUser::getDisplayName);
    }

    /**
     * Sets the password of the link's account and uses the link up; returns the user name to sign in
     * with. An unknown, used or expired link, or a disabled account, is refused with
     * {@code password.error.link}; a password against the rules with its rule.
     */
    public String redeem(String token, String rawPassword) {
        Instant now = clock.instant();
        SetPasswordLinkRow link = (token == null || token.isBlank() ? Optional.<SetPasswordLinkRow>empty()
                : links.lockByTokenHash(sha256(token))).filter(l -> l.usableAt(now))
                .orElseThrow(() -> new AccountException("password.error.link"));
        AppUser user = users.findById(link.getAccountId()).filter(AppUser::isEnabled)
                .orElseThrow(() -> new AccountException("password.error.link"));
        policy.check(user.getUsername(), rawPassword);
        user.choosePassword(passwords.encode(PasswordPolicy.normalise(rawPassword)), now);
        link.use(now);
        events.publishEvent(new AuditEvent(user.getUsername(), AuditAction.PASSWORD_SET, "account", user.getUsername(),
                null, "chosen with a set-password link"));
        return user.getUsername();
    }

    /** The links as CSV (UTF-8, RFC 4180): user name, name, link, valid until (UTC), e-mailed to. */
    public static String csv(List<SetPasswordLink> created) {
        StringBuilder out = new StringBuilder("username,name,link,valid_until_utc,emailed_to\r\n");
        for (SetPasswordLink l : created) {
            out.append(String.join(",", field(l.username()), field(l.displayName()), field(l.url()),
                    l.expiresAt().toString(), field(l.emailedTo()))).append("\r\n");
        }
        return out.toString();
    }

    private static String field(String value) {
        if (value == null) {
            return "";
        }
        String v = !value.isEmpty() && "=+-@".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
        return v.contains(",") || v.contains("\"") || v.contains("\n") || v.contains("\r")
                ? "\"" + v.replace("\"", "\"\"") + "\"" : v;
    }

    private String baseUrl(String requestBaseUrl) {
        String base = properties.publicUrl().isBlank() ? requestBaseUrl : properties.publicUrl();
        if (base == null || base.isBlank()) {
            throw new IllegalStateException("Set osce.accounts.public-url: no address to put in set-password links");
        }
        return base.endsWith("/") ? base.substring(0, base.length() - 1) : base;
    }

    private static String token() {
        byte[] bytes = new byte[32];
        RANDOM.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    static String sha256(String token) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
