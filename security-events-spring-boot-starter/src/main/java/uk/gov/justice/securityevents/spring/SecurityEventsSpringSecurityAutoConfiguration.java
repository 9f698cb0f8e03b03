package uk.gov.justice.securityevents.spring;

import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.boot.web.servlet.ServletListenerRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.event.AbstractAuthenticationEvent;
import org.springframework.security.authorization.event.AuthorizationDeniedEvent;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.security.web.authentication.switchuser.AuthenticationSwitchUserEvent;
import org.springframework.security.web.session.HttpSessionEventPublisher;
import org.springframework.web.context.request.RequestContextHolder;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.spring.internal.ServiceIdentity;
import uk.gov.justice.securityevents.spring.internal.security.AuthorizationDeniedBridge;
import uk.gov.justice.securityevents.spring.internal.security.BridgeEmitter;
import uk.gov.justice.securityevents.spring.internal.security.LoginEventBridge;
import uk.gov.justice.securityevents.spring.internal.security.LogoutEventBridge;
import uk.gov.justice.securityevents.spring.internal.security.RecentFailures;
import uk.gov.justice.securityevents.spring.internal.security.SessionEventBridge;
import uk.gov.justice.securityevents.spring.internal.security.SwitchUserBridge;

/**
 * The Spring Security bridge: logins, logouts, denials, switch user and HTTP sessions become typed events, exactly
 * one per occurrence, recorded through the application's {@link SecurityEvents} bean. On with
 * {@code security-events.bridge.spring-security.enabled} (default true); sessions also need
 * {@code security-events.bridge.sessions.enabled} (default true) and register Spring Security's
 * {@link HttpSessionEventPublisher} unless the application already has one. Needs a servlet application with
 * spring-security-web (WebFlux security is not bridged yet).
 */
@AutoConfiguration(after = SecurityEventsAutoConfiguration.class)
@ConditionalOnClass({AbstractAuthenticationEvent.class, WebAuthenticationDetails.class, RequestContextHolder.class,
        HttpServletRequest.class})
@ConditionalOnProperty(prefix = SecurityEventsProperties.PREFIX, name = "enabled", havingValue = "true",
        matchIfMissing = true)
@ConditionalOnBean(SecurityEvents.class)
public class SecurityEventsSpringSecurityAutoConfiguration {
    /** Beans of the authentication and authorisation bridge. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnProperty(prefix = SecurityEventsProperties.PREFIX + ".bridge.spring-security", name = "enabled",
            havingValue = "true", matchIfMissing = true)
    public static class AuthenticationBridgeConfiguration {
        /** Records bridged events, isolating the application from bridge failures. */
        @Bean
        @ConditionalOnMissingBean
        public BridgeEmitter securityEventsBridgeEmitter(SecurityEvents securityEvents) {
            return new BridgeEmitter(securityEvents);
        }

        /** LoginSuccess / LoginFailure / MfaSuccess. */
        @Bean
        @ConditionalOnMissingBean
        public LoginEventBridge securityEventsLoginBridge(BridgeEmitter emitter, SecurityEventsProperties properties) {
            SecurityEventsProperties.SpringSecurity s = properties.getBridge().getSpringSecurity();
            return new LoginEventBridge(emitter,
                    new RecentFailures(s.getFailureWindow(), s.getMaxTrackedPrincipals(), Clock.systemUTC()));
        }

        /** Logout. */
        @Bean
        @ConditionalOnMissingBean
        public LogoutEventBridge securityEventsLogoutBridge(BridgeEmitter emitter) {
            return new LogoutEventBridge(emitter);
        }

        /** AccessDenied. */
        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnClass(AuthorizationDeniedEvent.class)
        public AuthorizationDeniedBridge securityEventsAuthorizationDeniedBridge(BridgeEmitter emitter,
                SecurityEventsProperties properties, ServiceIdentity identity) {
            return new AuthorizationDeniedBridge(emitter,
                    properties.getBridge().getSpringSecurity().isReportAnonymousDenials(), identity.serviceName());
        }

        /** RoleElevation / RoleElevationEnded from SwitchUserFilter. */
        @Bean
        @ConditionalOnMissingBean
        @ConditionalOnClass(AuthenticationSwitchUserEvent.class)
        public SwitchUserBridge securityEventsSwitchUserBridge(BridgeEmitter emitter) {
            return new SwitchUserBridge(emitter);
        }
    }

    /** Beans of the servlet session bridge. */
    @Configuration(proxyBeanMethods = false)
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnClass(HttpSessionEventPublisher.class)
    @ConditionalOnProperty(prefix = SecurityEventsProperties.PREFIX + ".bridge.spring-security", name = "enabled",
            havingValue = "true", matchIfMissing = true)
    public static class SessionBridgeConfiguration {
        /** Publishes servlet session events into the context, unless the application registered it itself. */
        @Bean
        @ConditionalOnProperty(prefix = SecurityEventsProperties.PREFIX + ".bridge.sessions", name = "enabled",
                havingValue = "true", matchIfMissing = true)
        @ConditionalOnMissingBean(value = HttpSessionEventPublisher.class,
                parameterizedContainer = ServletListenerRegistrationBean.class)
        public HttpSessionEventPublisher securityEventsHttpSessionEventPublisher() {
            return new HttpSessionEventPublisher();
        }

        /** SessionCreated / SessionExpired / SessionClosed. */
        @Bean
        @ConditionalOnProperty(prefix = SecurityEventsProperties.PREFIX + ".bridge.sessions", name = "enabled",
                havingValue = "true", matchIfMissing = true)
        @ConditionalOnMissingBean
        public SessionEventBridge securityEventsSessionBridge(SecurityEvents securityEvents,
                SecurityEventsProperties properties) {
            return new SessionEventBridge(new BridgeEmitter(securityEvents),
                    properties.getBridge().getSessions().getExpiryTolerance(), Clock.systemUTC());
        }
    }
}
