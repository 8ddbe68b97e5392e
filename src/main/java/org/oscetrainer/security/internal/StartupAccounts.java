package org.oscetrainer.security.internal;

import org.oscetrainer.security.AccountService;
import org.oscetrainer.security.DemoAccount;
import org.oscetrainer.security.PasswordPolicy;
import org.oscetrainer.security.PasswordRejectedException;
import org.oscetrainer.security.Role;
import org.oscetrainer.security.SecurityProperties;
import org.oscetrainer.security.SystemIdentity;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Creates the demo accounts when {@code osce.demo.enabled=true}, and the first administrator when
 * {@code osce.bootstrap-admin.username} and {@code .password} are given and no admin exists yet.
 */
@Component
@Order(10)
class StartupAccounts implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(StartupAccounts.class);

    private final SecurityProperties properties;
    private final AccountService accounts;

    StartupAccounts(SecurityProperties properties, AccountService accounts) {
        this.properties = properties;
        this.accounts = accounts;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemIdentity.run(() -> {
            if (properties.demo().enabled()) {
                String pw = properties.demo().password();
                for (DemoAccount demo : DemoAccount.values()) {
                    accounts.createIfAbsent(demo.username(), pw, demo.displayName(), demo.role());
                }
                log.warn("Demo accounts are enabled (osce.demo.enabled=true): never do this on a real installation");
            }
            var admin = properties.bootstrapAdmin();
            if (admin.username() != null && !admin.username().isBlank() && !accounts.anyAdmin()) {
                try {
                    accounts.createIfAbsent(admin.username(), admin.password(), "Administrator", Role.ADMIN);
                } catch (PasswordRejectedException e) {
                    throw new IllegalStateException("osce.bootstrap-admin.password is refused (" + e.key() + "): it needs "
                            + PasswordPolicy.MIN_LENGTH + " to " + PasswordPolicy.MAX_LENGTH
                            + " characters, must not be one of the 10,000 most common passwords nor contain the user name", e);
                }
                log.info("Created the first administrator account '{}'", admin.username());
            }
        });
    }
}
