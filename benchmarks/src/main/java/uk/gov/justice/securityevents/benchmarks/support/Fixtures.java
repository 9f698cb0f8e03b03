package uk.gov.justice.securityevents.benchmarks.support;

import static net.logstash.logback.argument.StructuredArguments.kv;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.Envelope;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.ServiceContext;
import uk.gov.justice.securityevents.activity.ApiAction;
import uk.gov.justice.securityevents.activity.UserActivity;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.authorisation.GroupMemberAdded;
import uk.gov.justice.securityevents.dns.DnsQuery;
import uk.gov.justice.securityevents.dns.DnsResponseCode;
import uk.gov.justice.securityevents.model.DnsAnswer;
import uk.gov.justice.securityevents.model.DnsQuestion;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.Group;
import uk.gov.justice.securityevents.model.HttpRequestInfo;
import uk.gov.justice.securityevents.model.Resource;
import uk.gov.justice.securityevents.model.Session;
import uk.gov.justice.securityevents.model.User;
import uk.gov.justice.securityevents.model.UserType;
import uk.gov.justice.securityevents.network.InboundConnectionRejected;
import uk.gov.justice.securityevents.network.TransportProtocol;

/**
 * The one set of field values every encoder in the suite writes, so the outputs carry the same content: a failed
 * login by {@value #USER_ID}/{@value #USER_NAME} from {@value #SOURCE_IP}:{@value #SOURCE_PORT}, reason
 * {@value #REASON}, for service {@value #SERVICE_NAME} {@value #SERVICE_VERSION}, with a trace, span and session id.
 */
public final class Fixtures {
    public static final String SERVICE_NAME = "case-api";
    public static final String SERVICE_VERSION = "1.4.2";
    public static final String HOSTNAME = "case-api-7d9f8c-x2k4q";
    /** The thread name the Logback-based encoders write (a servlet container worker). */
    public static final String THREAD_NAME = "http-nio-8080-exec-1";
    public static final String USER_ID = "u-1001";
    public static final String USER_NAME = "jdoe";
    public static final String SOURCE_IP = "198.51.100.7";
    public static final int SOURCE_PORT = 51544;
    public static final String REASON = "INVALID_CREDENTIALS";
    public static final String EVENT_CODE = "authn_login_fail";
    public static final String MESSAGE = "Login failed";
    public static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";
    public static final String SPAN_ID = "00f067aa0ba902b7";
    public static final String SESSION_ID = "s-8c1e6f2a9b";
    public static final String EVENT_UID = "01966b4e-8f3a-7c2d-9e4f-5a6b7c8d9e0f";
    public static final String PRODUCER_UID = "01966b4e-0000-7000-8000-000000000001";
    /** A fixed time with microseconds, so every run writes the same bytes. */
    public static final Instant TIME = Instant.parse("2026-05-01T10:00:00.123456Z");

    private Fixtures() {
    }

    /** Enrichment with a fixed host name (no detection, so output is the same on every machine). */
    public static ServiceContext context() {
        return ServiceContext.builder().serviceName(SERVICE_NAME).serviceVersion(SERVICE_VERSION)
                .hostname(HOSTNAME).build();
    }

    /** The login failure all serialisation comparisons use. */
    public static LoginFailure loginFailure() {
        return LoginFailure.builder()
                .user(User.of(USER_ID, USER_NAME))
                .sourceEndpoint(Endpoint.of(SOURCE_IP, SOURCE_PORT))
                .session(Session.of(SESSION_ID))
                .reason(LoginFailure.Reason.INVALID_CREDENTIALS)
                .build();
    }

    /** Authorisation family: a member added to a privileged group. */
    public static GroupMemberAdded groupMemberAdded() {
        User user = User.builder().uid(USER_ID).name(USER_NAME).type(UserType.USER).domain("example.org").build();
        User admin = User.builder().uid("a-42").name("asmith").type(UserType.ADMIN).domain("example.org").build();
        return GroupMemberAdded.builder()
                .group(Group.of("g-20", "case-admins").withType("security").withDomain("example.org")
                        .withPrivileges(List.of("admin")))
                .user(user).privileges(List.of("admin")).privilegedGroup(true).actor(admin)
                .sourceEndpoint(Endpoint.of(SOURCE_IP, SOURCE_PORT)).message("Member added").build();
    }

    /** DNS family: a resolved query. */
    public static DnsQuery dnsQuery() {
        return DnsQuery.builder().query(DnsQuestion.of("www.example.org", "A"))
                .answers(List.of(DnsAnswer.of("203.0.113.80", "A", 300)))
                .responseCode(DnsResponseCode.NOERROR).client(Endpoint.of("198.51.100.23", 53124))
                .server(Endpoint.builder().ip("198.51.100.53").port(53).hostname("resolver.example.org").build())
                .message("resolved").build();
    }

    /** Network family: an inbound connection refused. */
    public static InboundConnectionRejected inboundConnectionRejected() {
        return InboundConnectionRejected.builder()
                .source(Endpoint.of("2001:db8::45", 51544)).destination(Endpoint.of("2001:db8::7", 443))
                .protocol(TransportProtocol.TCP).connectionUid("conn-9f1d")
                .reason(InboundConnectionRejected.Reason.UNAUTHORIZED).message("client certificate missing").build();
    }

    /** Activity family: an authenticated API call. */
    public static UserActivity userActivity() {
        User caseworker = User.builder().uid("u-2002").name("asmith").type(UserType.USER).build();
        return UserActivity.builder().actor(caseworker).action(ApiAction.UPDATE)
                .operation("PUT /cases/{id}").requestUid("req-7f3a9c").source(Endpoint.of("203.0.113.45", 51544))
                .destination(Endpoint.builder().ip("198.51.100.7").port(443).hostname("case-api.example.org").build())
                .httpRequest(HttpRequestInfo.of("PUT", "https://case-api.example.org/cases/C-1042")
                        .withUserAgent("Mozilla/5.0").withLength(512))
                .httpStatus(200).responseLength(2048).responseTime(Duration.ofMillis(137))
                .resources(List.of(Resource.of("case", "C-1042", null))).build();
    }

    /** The event with a fixed envelope carrying the trace and span ids. */
    public static EmittedEvent emitted(SecurityEvent event) {
        return new EmittedEvent(event, new Envelope(EVENT_UID, TIME, 42, PRODUCER_UID, TRACE_ID, SPAN_ID));
    }

    /**
     * The login failure's fields as logstash-logback-encoder structured arguments: what the {@code logstash*}
     * variants log, so they carry the same facts as the SDK event.
     *
     * @return a new array of {@code kv(...)} arguments
     */
    public static Object[] structuredArguments() {
        return new Object[] {
            kv("event.action", EVENT_CODE),
            kv("event.outcome", "failure"),
            kv("event.reason", REASON),
            kv("user.id", USER_ID),
            kv("user.name", USER_NAME),
            kv("source.ip", SOURCE_IP),
            kv("source.port", SOURCE_PORT),
            kv("session.id", SESSION_ID)};
    }
}
