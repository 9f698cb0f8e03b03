package uk.gov.justice.securityevents.spring.testapp;

import jakarta.annotation.PostConstruct;
import jakarta.servlet.http.HttpServletRequest;
import java.security.Principal;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.switchuser.SwitchUserFilter;
import org.springframework.security.web.csrf.CsrfToken;
import org.springframework.stereotype.Component;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.infrastructure.ServiceStarted;
import uk.gov.justice.securityevents.model.Application;

/**
 * A small real application: form login, logout, an admin page, switch user, in-memory users (alice: USER,
 * admin: ADMIN) and a bean that emits an event while the context is still starting.
 */
@SpringBootApplication
public class TestApplication {
    /** Alice's password. */
    public static final String ALICE_PASSWORD = "alice-password";
    /** The administrator's password. */
    public static final String ADMIN_PASSWORD = "admin-password";

    /** The users. */
    @Bean
    public UserDetailsService users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("alice").password("{noop}" + ALICE_PASSWORD).roles("USER").build(),
                User.withUsername("admin").password("{noop}" + ADMIN_PASSWORD).roles("ADMIN").build());
    }

    /** Switch user at POST /login/impersonate, back at POST /logout/impersonate. */
    @Bean
    public SwitchUserFilter switchUserFilter(UserDetailsService users) {
        SwitchUserFilter filter = new SwitchUserFilter();
        filter.setUserDetailsService(users);
        filter.setTargetUrl("/");
        return filter;
    }

    /** The security rules. */
    @Bean
    public SecurityFilterChain security(HttpSecurity http, SwitchUserFilter switchUserFilter) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/actuator/**").permitAll()
                        .requestMatchers("/admin/**", "/login/impersonate").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .logout(Customizer.withDefaults())
                .addFilterAfter(switchUserFilter, AuthorizationFilter.class);
        return http.build();
    }

    /** Pages. */
    @RestController
    public static class Pages {
        /** Home. */
        @GetMapping("/")
        public String home(Principal principal) {
            return "hello " + principal.getName();
        }

        /** Administrators only. */
        @GetMapping("/admin")
        public String admin() {
            return "admin";
        }

        /** The CSRF token for the next POST. */
        @GetMapping("/csrf")
        public String csrf(CsrfToken token) {
            return token.getToken();
        }

        /** Gives the caller's session a one-second idle timeout, for the expiry test. */
        @GetMapping("/short-session")
        public String shortSession(HttpServletRequest request) {
            request.getSession().setMaxInactiveInterval(1);
            return "ok";
        }
    }

    /** Emits while the context is starting, before it is ready. */
    @Component
    public static class StartupEmitter {
        private final SecurityEvents securityEvents;

        /** Creates it. */
        public StartupEmitter(SecurityEvents securityEvents) {
            this.securityEvents = securityEvents;
        }

        /** Emits ServiceStarted (3a). */
        @PostConstruct
        public void emit() {
            securityEvents.record(ServiceStarted.builder().app(Application.of("startup-emitter", "1.0")).build());
        }
    }

    /** Nothing else. */
    @Configuration(proxyBeanMethods = false)
    static class Marker {
    }
}
