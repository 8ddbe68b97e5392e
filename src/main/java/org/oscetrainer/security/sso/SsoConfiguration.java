package org.oscetrainer.security.sso;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.config.annotation.authentication.builders.AuthenticationManagerBuilder;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.SavedRequestAwareAuthenticationSuccessHandler;

/**
 * With {@code osce.sso.enabled=true}: a filter chain of its own for the two OpenID Connect endpoints
 * (the redirect to the provider, {@code /oauth2/authorization/{id}}, and its answer,
 * {@code /login/oauth2/code/{id}}). It stores the signed-in person in the HTTP session, where the
 * Vaadin chain reads them as after a password sign-in; the Vaadin chain itself is unchanged.
 */
@Configuration
@ConditionalOnProperty(prefix = "osce.sso", name = "enabled", havingValue = "true")
class SsoConfiguration {

    @Bean
    @Order(2)
    SecurityFilterChain ssoFilterChain(HttpSecurity http, SsoProperties properties,
            ObjectProvider<ClientRegistrationRepository> registrations, JdbcClient jdbc, UserDetailsService accounts,
            ApplicationEventPublisher events) throws Exception {
        ClientRegistrationRepository repository = registrations.getIfAvailable();
        if (repository == null || repository.findByRegistrationId(properties.registrationId()) == null) {
            throw new IllegalStateException("osce.sso.enabled=true needs the provider in spring.security.oauth2.client"
                    + ".registration." + properties.registrationId() + ".* (client-id, client-secret, scope) and "
                    + "spring.security.oauth2.client.provider." + properties.registrationId()
                    + ".issuer-uri: see docs/accounts-sso.md");
        }
        if (!repository.findByRegistrationId(properties.registrationId()).getScopes().contains("openid")) {
            // without it Spring Security would sign people in by plain OAuth2, past the account matching
            throw new IllegalStateException("spring.security.oauth2.client.registration." + properties.registrationId()
                    + ".scope must include openid: single sign-on is OpenID Connect only");
        }
        var success = new SavedRequestAwareAuthenticationSuccessHandler();
        success.setDefaultTargetUrl("/");
        var matcher = new AccountMatcher(properties, jdbc, accounts);
        // Only the OIDC providers: with the password sign-in's manager as a parent, every refused SSO
        // sign-in also went to it and was published (and audited) a second time as ProviderNotFoundException.
        http.getSharedObject(AuthenticationManagerBuilder.class).parentAuthenticationManager(null);
        return http.securityMatcher("/oauth2/authorization/**", "/login/oauth2/code/**")
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .oauth2Login(login -> login
                        .clientRegistrationRepository(repository)
                        .userInfoEndpoint(userInfo -> userInfo.oidcUserService(new SsoUserService(matcher))
                                .userService(request -> {
                                    throw new SsoRefusal(SsoRefusal.Reason.PROVIDER_ERROR, properties.claim(), null, null);
                                }))
                        .successHandler(success)
                        .failureHandler(new SsoFailureHandler(properties, events)))
                .build();
    }
}
