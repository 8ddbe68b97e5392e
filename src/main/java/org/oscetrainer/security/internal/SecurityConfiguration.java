package org.oscetrainer.security.internal;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.oscetrainer.security.Capability;
import org.oscetrainer.security.ui.LoginView;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

/**
 * Form sign-in through Vaadin's login view; the JSON API under /api/** takes HTTP Basic or the
 * browser's session. Services are secured with method security.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /**
     * The API for other clients (docs/api.md): HTTP Basic on each request, or the session of a
     * browser already signed in. It creates no session and keeps no CSRF token (there are no forms).
     * Only students use it so far.
     */
    @Bean
    @Order(1)
    SecurityFilterChain apiFilterChain(HttpSecurity http) throws Exception {
        var readExistingSession = new HttpSessionSecurityContextRepository();
        readExistingSession.setAllowSessionCreation(false);
        return http.securityMatcher("/api/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers("/api/encounters/**").hasRole(Capability.PLAY_STATIONS.name())
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint(SecurityConfiguration::askForBasicCredentials))
                .exceptionHandling(refusals -> refusals
                        .authenticationEntryPoint(SecurityConfiguration::askForBasicCredentials)
                        .accessDeniedHandler((request, response, denied) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .securityContext(context -> context.securityContextRepository(readExistingSession))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /**
     * 401 with a Basic challenge, as a status rather than {@code sendError}: an error dispatch would
     * go to /error, which the browser chain answers with a redirect to the login page.
     */
    private static void askForBasicCredentials(HttpServletRequest request, HttpServletResponse response,
            AuthenticationException e) {
        response.setHeader("WWW-Authenticate", "Basic realm=\"OSCE Trainer\"");
        response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
    }

    @Bean
    SecurityFilterChain securityFilterChain(HttpSecurity http, RequestUtil vaadinRequests) throws Exception {
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**").permitAll());
        // CSRF on the sign-in form too, CSP, Referrer-Policy: see BrowserHardening
        BrowserHardening.apply(http, vaadinRequests);
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(LoginView.class)
                .enableCsrfConfiguration(false)).build();
    }

    /** Before everything else, so that no filter or servlet starts a session for them: see {@link StaleSessionFilter}. */
    @Bean
    org.springframework.boot.web.servlet.FilterRegistrationBean<StaleSessionFilter> staleSessionFilter() {
        var registration = new org.springframework.boot.web.servlet.FilterRegistrationBean<>(new StaleSessionFilter());
        registration.setOrder(org.springframework.core.Ordered.HIGHEST_PRECEDENCE);
        return registration;
    }

    /** BCrypt, or PBKDF2 beyond BCrypt's 72 bytes ({@link PasswordHashing}); each hash names its algorithm. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return new PasswordHashing();
    }
}
