package org.oscetrainer.security.internal;

import jakarta.servlet.http.HttpServletResponse;
import java.util.List;
import org.oscetrainer.security.OperationsProperties;
import org.oscetrainer.security.Capability;
import org.springframework.boot.actuate.autoconfigure.security.servlet.EndpointRequest;
import org.springframework.boot.actuate.health.HealthEndpoint;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.security.authorization.AuthorizationDecision;
import org.springframework.security.authorization.AuthorizationManager;
import org.springframework.security.authorization.AuthorityAuthorizationManager;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.http.SessionCreationPolicy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.RequestAuthorizationContext;
import org.springframework.security.web.util.matcher.IpAddressMatcher;

/**
 * The actuator's endpoints: health (liveness, readiness) open to all with no details, for load
 * balancers and orchestrators; the Prometheus metrics only from {@code osce.operations.metrics-from}
 * or to a holder of READ_METRICS (admins) with HTTP Basic; every other endpoint refused. No session, no CSRF (no forms).
 */
@Configuration
class ActuatorSecurity {

    @Bean
    @Order(0)
    SecurityFilterChain actuatorFilterChain(HttpSecurity http, OperationsProperties operations) throws Exception {
        List<IpAddressMatcher> allowed = operations.metricsFrom().stream().map(IpAddressMatcher::new).toList();
        AuthorizationManager<RequestAuthorizationContext> admin = AuthorityAuthorizationManager.hasRole(Capability.READ_METRICS.name());
        AuthorizationManager<RequestAuthorizationContext> scraper = (authentication, context) -> {
            String from = context.getRequest().getRemoteAddr();
            if (allowed.stream().anyMatch(m -> m.matches(from))) {
                return new AuthorizationDecision(true);
            }
            return admin.check(authentication, context);
        };
        // every /actuator path, exposed or not: an endpoint not listed here is refused, not sent to the login page
        return http.securityMatcher("/actuator/**")
                .authorizeHttpRequests(auth -> auth
                        .requestMatchers(EndpointRequest.to(HealthEndpoint.class)).permitAll()
                        .requestMatchers(EndpointRequest.to("prometheus")).access(scraper)
                        .anyRequest().denyAll())
                .httpBasic(basic -> basic.authenticationEntryPoint((request, response, e) -> {
                    response.setHeader("WWW-Authenticate", "Basic realm=\"OSCE Trainer metrics\"");
                    response.setStatus(HttpServletResponse.SC_UNAUTHORIZED);
                }))
                .exceptionHandling(refusals -> refusals
                        .accessDeniedHandler((request, response, denied) -> response.setStatus(HttpServletResponse.SC_FORBIDDEN)))
                .sessionManagement(session -> session.sessionCreationPolicy(SessionCreationPolicy.STATELESS))
                .csrf(csrf -> csrf.disable())
                .build();
    }
}
