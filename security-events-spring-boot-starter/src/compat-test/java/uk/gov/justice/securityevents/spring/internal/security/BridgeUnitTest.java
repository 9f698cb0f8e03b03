package uk.gov.justice.securityevents.spring.internal.security;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.LoggerFactory;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.security.authentication.AccountExpiredException;
import org.springframework.security.authentication.AuthenticationServiceException;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.CredentialsExpiredException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.ProviderNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationFailureBadCredentialsEvent;
import org.springframework.security.authentication.event.AuthenticationFailureLockedEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.authentication.LoginFailure.Reason;
import uk.gov.justice.securityevents.authentication.LoginSuccess;
import uk.gov.justice.securityevents.authentication.MfaSuccess;
import uk.gov.justice.securityevents.model.FactorType;

/** The bridge's decisions, without a server: deduplication, reasons, safe names, the bounded failure counter. */
class BridgeUnitTest {
    private static final String LOGGER = "bridge-unit-test";

    private final ListAppender<ILoggingEvent> captured = new ListAppender<>();
    private final RecentFailures failures = new RecentFailures(Duration.ofMinutes(15), 100, Clock.systemUTC());
    private final LoginEventBridge bridge = new LoginEventBridge(
            new BridgeEmitter(SecurityEvents.builder().loggerName(LOGGER).build()), failures);

    @BeforeEach
    void capture() {
        captured.start();
        ((Logger) LoggerFactory.getLogger(LOGGER)).addAppender(captured);
    }

    @AfterEach
    void release() {
        ((Logger) LoggerFactory.getLogger(LOGGER)).detachAppender(captured);
        RequestContextHolder.resetRequestAttributes();
        SecurityContextHolder.clearContext();
    }

    @Test
    void aManagerSuccessFollowedByTheInteractiveEventIsOneLogin() {
        ServletRequestAttributes request = inRequest();
        Authentication alice = authenticated("alice");
        bridge.onSuccess(new AuthenticationSuccessEvent(alice));
        assertThat(events()).isEmpty(); // held until the filter says how the login ended
        bridge.onInteractiveSuccess(new InteractiveAuthenticationSuccessEvent(alice, getClass()));
        bridge.onSuccess(new AuthenticationSuccessEvent(alice)); // a nested manager publishing again
        request.requestCompleted();
        assertThat(events()).hasSize(1).first().isInstanceOf(LoginSuccess.class);
    }

    @Test
    void aSuccessWithoutInteractiveEventIsEmittedWhenTheRequestCompletes() {
        ServletRequestAttributes request = inRequest();
        bridge.onSuccess(new AuthenticationSuccessEvent(authenticated("basic-user")));
        assertThat(events()).isEmpty();
        request.requestCompleted();
        List<SecurityEvent> events = events();
        assertThat(events).hasSize(1);
        LoginSuccess success = (LoginSuccess) events.get(0);
        assertThat(success.user().name()).isEqualTo("basic-user");
        assertThat(success.sourceEndpoint().ip()).isEqualTo("127.0.0.1");
        assertThat(success.userAgent()).isEqualTo("curl/8");
    }

    @Test
    void outsideARequestEachSuccessIsEmittedAtOnceWithItsPriorFailures() {
        Authentication typed = new UsernamePasswordAuthenticationToken("bob", "guess");
        bridge.onFailure(new AuthenticationFailureBadCredentialsEvent(typed, new BadCredentialsException("x")));
        bridge.onFailure(new AuthenticationFailureLockedEvent(typed, new LockedException("x")));
        bridge.onSuccess(new AuthenticationSuccessEvent(authenticated("bob")));
        bridge.onSuccess(new AuthenticationSuccessEvent(authenticated("bob")));
        List<SecurityEvent> events = events();
        assertThat(events).extracting(SecurityEvent::eventCode).containsExactly("authn_login_fail",
                "authn_login_fail", "authn_login_successafterfail", "authn_login_success");
        assertThat(((LoginFailure) events.get(1)).reason()).isEqualTo(Reason.ACCOUNT_LOCKED_OUT);
        assertThat(((LoginSuccess) events.get(2)).priorFailureCount()).isEqualTo(2);
        assertThat(((LoginSuccess) events.get(3)).priorFailureCount()).isZero();
    }

    @Test
    void everyFailureMapsToItsReason() {
        assertThat(reason(new BadCredentialsException("x"))).isEqualTo(Reason.INVALID_CREDENTIALS);
        assertThat(reason(new UsernameNotFoundException("x"))).isEqualTo(Reason.USER_DOES_NOT_EXIST);
        assertThat(reason(new LockedException("x"))).isEqualTo(Reason.ACCOUNT_LOCKED_OUT);
        assertThat(reason(new DisabledException("x"))).isEqualTo(Reason.ACCOUNT_DISABLED);
        assertThat(reason(new AccountExpiredException("x"))).isEqualTo(Reason.ACCOUNT_EXPIRED);
        assertThat(reason(new CredentialsExpiredException("x"))).isEqualTo(Reason.CREDENTIALS_EXPIRED);
        assertThat(reason(new ProviderNotFoundException("x"))).isEqualTo(Reason.PROVIDER_ERROR);
        assertThat(reason(new AuthenticationServiceException("x"))).isEqualTo(Reason.PROVIDER_ERROR);
        AuthenticationException custom = new AuthenticationException("custom") {
            private static final long serialVersionUID = 1L;
        };
        // An application that maps its own exception to a standard event gets that event's reason ...
        assertThat(reason(custom)).isEqualTo(Reason.INVALID_CREDENTIALS);
        // ... and OTHER with an event of its own.
        assertThat(FailureReasons.of(new AbstractAuthenticationFailureEvent(
                new UsernamePasswordAuthenticationToken("x", "y"), custom) {
            private static final long serialVersionUID = 1L;
        })).isEqualTo(Reason.OTHER);
    }

    @Test
    void aFailedTokenLoginNeverLogsTheTokenAsTheUserName() {
        // Like BearerTokenAuthenticationToken: the principal IS the secret.
        Authentication bearer = new TestingAuthenticationToken("eyJhbGciOiJIUzI1NiJ9.secret", "eyJhbGciOiJIUzI1NiJ9");
        bearer.setAuthenticated(false);
        bridge.onFailure(new AuthenticationFailureBadCredentialsEvent(bearer, new BadCredentialsException("x")));
        LoginFailure failure = (LoginFailure) events().get(0);
        assertThat(failure.user().name()).isEqualTo(PrincipalNames.UNKNOWN);
        assertThat(captured.list.get(0).getFormattedMessage()).doesNotContain("eyJ");
        assertThat(failures.size()).isZero();
    }

    @Test
    void aSecondFactorOnSpringSecurity7IsReportedAsMfaSuccess() {
        SecurityContextHolder.getContext().setAuthentication(authenticated("carol", "FACTOR_PASSWORD"));
        bridge.onSuccess(new AuthenticationSuccessEvent(authenticated("carol", "FACTOR_OTT")));
        MfaSuccess mfa = (MfaSuccess) events().get(0);
        assertThat(mfa.factor().type()).isEqualTo(FactorType.OTP);
        assertThat(mfa.user().name()).isEqualTo("carol");
    }

    @Test
    void theFailureCounterIsBoundedAndForgets() {
        MutableClock clock = new MutableClock();
        RecentFailures small = new RecentFailures(Duration.ofMinutes(1), 3, clock);
        for (int i = 0; i < 10; i++) {
            small.failed("user" + i);
        }
        assertThat(small.size()).isEqualTo(3);
        assertThat(small.takeForSuccess("user0")).isZero(); // evicted first
        small.failed("user9");
        assertThat(small.takeForSuccess("user9")).isEqualTo(2);
        small.failed("user8");
        clock.now = clock.now.plus(Duration.ofMinutes(2));
        assertThat(small.takeForSuccess("user8")).isZero(); // outside the window
    }

    private static Reason reason(AuthenticationException e) {
        return FailureReasons.of(new AuthenticationFailureBadCredentialsEvent(
                new UsernamePasswordAuthenticationToken("x", "y"), e));
    }

    private static ServletRequestAttributes inRequest() {
        MockHttpServletRequest request = new MockHttpServletRequest("POST", "/login");
        request.setRemoteAddr("127.0.0.1");
        request.addHeader("User-Agent", "curl/8");
        ServletRequestAttributes attributes = new ServletRequestAttributes(request);
        RequestContextHolder.setRequestAttributes(attributes);
        return attributes;
    }

    private static Authentication authenticated(String name, String... authorities) {
        return new TestingAuthenticationToken(name, "n/a", authorities.length == 0 ? new String[] {"ROLE_USER"}
                : authorities);
    }

    private List<SecurityEvent> events() {
        return captured.list.stream().map(e -> EmittedEvent.findIn(e.getArgumentArray()).event())
                .collect(Collectors.toList());
    }

    private static final class MutableClock extends Clock {
        Instant now = Instant.parse("2026-01-01T00:00:00Z");

        @Override
        public java.time.ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }
}
