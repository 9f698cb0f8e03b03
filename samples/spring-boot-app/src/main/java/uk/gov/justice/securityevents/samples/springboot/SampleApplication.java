package uk.gov.justice.securityevents.samples.springboot;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.access.intercept.AuthorizationFilter;
import org.springframework.security.web.authentication.switchuser.SwitchUserFilter;

/**
 * A Spring Boot application with form login, logout, an admin page and switch user, and nothing about security
 * events but the starter dependency: every login, failure, logout, session, denial and switch is written to stdout as
 * canonical OCSF NDJSON.
 *
 * <p>Users: {@code alice} / {@code alice} (USER) and {@code admin} / {@code admin} (ADMIN, may switch to alice).
 */
@SpringBootApplication
public class SampleApplication {
    /**
     * Starts the sample.
     *
     * @param args Spring Boot arguments, e.g. {@code --server.port=9090}
     */
    public static void main(String[] args) {
        SpringApplication.run(SampleApplication.class, args);
    }

    /** In-memory users; demo passwords only. */
    @Bean
    public UserDetailsService users() {
        return new InMemoryUserDetailsManager(
                User.withUsername("alice").password("{noop}alice").roles("USER").build(),
                User.withUsername("admin").password("{noop}admin").roles("ADMIN").build());
    }

    /** Switch user: POST /login/impersonate?username=..., back with POST /logout/impersonate. */
    @Bean
    public SwitchUserFilter switchUserFilter(UserDetailsService users) {
        SwitchUserFilter filter = new SwitchUserFilter();
        filter.setUserDetailsService(users);
        filter.setTargetUrl("/");
        return filter;
    }

    /** Who may see what. */
    @Bean
    public SecurityFilterChain security(HttpSecurity http, SwitchUserFilter switchUserFilter) throws Exception {
        http.authorizeHttpRequests(a -> a
                        .requestMatchers("/login", "/error", "/actuator/health").permitAll()
                        .requestMatchers("/admin/**", "/login/impersonate", "/actuator/**").hasRole("ADMIN")
                        .anyRequest().authenticated())
                .formLogin(Customizer.withDefaults())
                .httpBasic(Customizer.withDefaults())
                .logout(Customizer.withDefaults())
                .addFilterAfter(switchUserFilter, AuthorizationFilter.class);
        return http.build();
    }
}
