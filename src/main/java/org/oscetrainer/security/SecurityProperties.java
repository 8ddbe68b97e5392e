package org.oscetrainer.security;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Accounts created at start-up.
 *
 * @param demo {@code osce.demo.*}: demo accounts, for trying the app only
 * @param bootstrapAdmin {@code osce.bootstrap-admin.*}: the first administrator of a real installation
 */
@ConfigurationProperties("osce")
public record SecurityProperties(@DefaultValue Demo demo, @DefaultValue BootstrapAdmin bootstrapAdmin) {

    /**
     * @param enabled {@code osce.demo.enabled}: creates the demo accounts and shows them on the login page
     * @param password {@code osce.demo.password}: the password of every demo account
     */
    public record Demo(@DefaultValue("false") boolean enabled, @DefaultValue("demo-password") String password) {
    }

    /**
     * @param username {@code osce.bootstrap-admin.username}: creates this admin at start-up if no admin exists
     * @param password {@code osce.bootstrap-admin.password}: at least 12 characters and not a common password ({@link PasswordPolicy}); change it after first sign-in
     */
    public record BootstrapAdmin(String username, String password) {
    }
}
