package org.oscetrainer;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.oscetrainer.security.Role;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithSecurityContext;
import org.springframework.security.test.context.support.WithSecurityContextFactory;

/**
 * Runs a test as a person signed in with this role: the authorities a real sign-in gives (the role's
 * and its capabilities', {@link Role#authorities}), which {@code @WithMockUser(roles = …)} would not.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
@Inherited
@Documented
@WithSecurityContext(factory = WithAccount.Factory.class)
public @interface WithAccount {

    Role value();

    String username() default "user";

    final class Factory implements WithSecurityContextFactory<WithAccount> {
        @Override
        public SecurityContext createSecurityContext(WithAccount account) {
            SecurityContext context = SecurityContextHolder.createEmptyContext();
            context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(account.username(), "password",
                    AuthorityUtils.createAuthorityList(Role.authorities(java.util.List.of(account.value())))));
            return context;
        }
    }
}
