package org.oscetrainer.security;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessAnnotationChecker;
import jakarta.annotation.security.RolesAllowed;
import java.lang.reflect.AnnotatedElement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.oscetrainer.IntegrationTest;
import org.oscetrainer.audit.AuditFilter;
import org.oscetrainer.audit.AuditService;
import org.oscetrainer.export.GradesExportService;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Roles are one type: {@link Role} alone says which role holds which {@link Capability}, and every
 * access check in the code names capabilities (or the system), never a role. So adding a role
 * touches one place; this test fails when a check names a role, or a capability is given to nobody.
 */
@IntegrationTest
class RolesAndCapabilitiesTest {

    /** hasRole('X'), hasAnyRole('X', 'Y'), and any other quoted name in a @PreAuthorize expression. */
    private static final Pattern QUOTED = Pattern.compile("'([^']*)'");
    /** The only SpEL a @PreAuthorize may hold: names go through hasRole/hasAnyRole, never hasAuthority('ROLE_…'). */
    private static final Pattern EXPRESSION = Pattern.compile(
            "isAuthenticated\\(\\)|hasRole\\('\\w+'\\)|hasAnyRole\\('\\w+'(, '\\w+')*\\)");

    @Autowired GradesExportService grades;
    @Autowired AuditService audit;

    @Test
    void everyCapabilityIsHeldByARoleAndNoNameIsBothARoleAndACapability() {
        for (Capability capability : Capability.values()) {
            assertThat(Role.holding(capability)).as(capability + " is given to no role").isNotEmpty();
        }
        Set<String> roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
        for (Capability capability : Capability.values()) {
            assertThat(roles).as("a capability named as a role").doesNotContain(capability.name());
        }
        assertThat(roles).doesNotContain(SystemIdentity.ROLE);
        assertThat(Arrays.stream(Capability.values()).map(Capability::name)).doesNotContain(SystemIdentity.ROLE);
    }

    @Test
    void accessChecksNameCapabilitiesOrTheSystemNeverARole() {
        Set<String> allowed = Stream.concat(Arrays.stream(Capability.values()).map(Capability::name),
                Stream.of(SystemIdentity.ROLE)).collect(Collectors.toSet());
        Map<String, List<String>> names = new TreeMap<>();
        List<String> badExpressions = new ArrayList<>();
        for (Class<?> type : appClasses()) {
            List<AnnotatedElement> elements = new ArrayList<>(List.of(type));
            elements.addAll(Arrays.asList(type.getDeclaredMethods()));
            for (AnnotatedElement element : elements) {
                String where = element instanceof Class<?> c ? c.getName() : type.getName() + "#" + ((java.lang.reflect.Method) element).getName();
                RolesAllowed rolesAllowed = element.getAnnotation(RolesAllowed.class);
                if (rolesAllowed != null) {
                    names.put(where, List.of(rolesAllowed.value()));
                }
                PreAuthorize preAuthorize = element.getAnnotation(PreAuthorize.class);
                if (preAuthorize != null) {
                    if (!EXPRESSION.matcher(preAuthorize.value()).matches()) {
                        badExpressions.add(where + ": " + preAuthorize.value());
                    }
                    List<String> quoted = new ArrayList<>();
                    Matcher m = QUOTED.matcher(preAuthorize.value());
                    while (m.find()) {
                        quoted.add(m.group(1));
                    }
                    names.put(where + " (pre)", quoted);
                }
            }
        }
        assertThat(names).as("the scan found the app's checks").hasSizeGreaterThan(60);
        assertThat(badExpressions).as("expressions of another form: extend EXPRESSION knowingly").isEmpty();
        List<String> wrong = new ArrayList<>();
        names.forEach((where, list) -> list.stream().filter(n -> !allowed.contains(n)).forEach(n -> wrong.add(where + ": " + n)));
        assertThat(wrong).as("checks that name something other than a capability or SYSTEM (a role?)").isEmpty();
    }

    @Test
    void aRolesAccessIsItsCapabilities() {
        for (Role role : Role.values()) {
            List<String> expected = new ArrayList<>(List.of(role.authority()));
            role.capabilities().forEach(c -> expected.add(c.authority()));
            assertThat(Role.authorities(List.of(role))).containsExactlyInAnyOrderElementsOf(expected);
        }
        assertThat(Role.authorities(List.of(Role.FACULTY, Role.EXAMINER))).as("several roles: the union, once each")
                .doesNotHaveDuplicates()
                .containsAll(Role.authorities(List.of(Role.EXAMINER)))
                .containsAll(Role.authorities(List.of(Role.FACULTY)));
    }

    /**
     * A person who holds nothing but READ_AUDIT (say an auditor a faculty might add as a role): the
     * audit page and the audit service let them in, and nothing else does; the role's name alone,
     * without its capabilities, opens nothing.
     */
    @Test
    void aCapabilityAloneOpensWhatItNamesAndNothingElse() {
        Set<String> authorities = Set.of(Capability.READ_AUDIT.authority());
        var checker = new AccessAnnotationChecker();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new org.springframework.core.type.filter.AnnotationTypeFilter(Route.class));
        Set<String> opened = new java.util.TreeSet<>();
        for (var candidate : scanner.findCandidateComponents("org.oscetrainer")) {
            Class<?> view = load(candidate.getBeanClassName());
            if (checker.hasAccess(view, () -> "auditor", name -> authorities.contains("ROLE_" + name))) {
                opened.add(view.getAnnotation(Route.class).value());
            }
        }
        assertThat(opened).as("views open to anyone signed in, and the audit log")
                .containsExactlyInAnyOrder("audit", "", "account/password", "login", "set-password", "sso/refused");

        assertThat(as(authorities, () -> audit.count(AuditFilter.ALL))).isNotNegative();
        assertThatThrownBy(() -> as(authorities, () -> grades.rows())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> as(Set.of(Role.ADMIN.authority()), () -> audit.count(AuditFilter.ALL)))
                .as("the role's name alone, without its capabilities, opens nothing").isInstanceOf(AccessDeniedException.class);
    }

    private static <T> T as(Set<String> authorities, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("auditor", null,
                AuthorityUtils.createAuthorityList(authorities.toArray(String[]::new))));
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    /** The app's classes (target/classes), not the tests'. */
    private static List<Class<?>> appClasses() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false) {
            @Override
            protected boolean isCandidateComponent(org.springframework.beans.factory.annotation.AnnotatedBeanDefinition definition) {
                return true;
            }
        };
        scanner.addIncludeFilter((reader, factory) -> true);
        return scanner.findCandidateComponents("org.oscetrainer").stream().<Class<?>>map(c -> load(c.getBeanClassName()))
                .filter(c -> c.getProtectionDomain().getCodeSource().getLocation().toString().endsWith("/classes/"))
                .toList();
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name);
        } catch (ClassNotFoundException e) {
            throw new AssertionError(e);
        }
    }
}
