package uk.gov.justice.securityevents.benchmarks.support;

/**
 * The naive baseline: a plain object graph with the same fields as {@link Fixtures#loginFailure()}, written by
 * Jackson databind's reflection-based serialiser. Public fields so Jackson needs no annotations.
 */
public final class LoginFailurePojo {
    public long time = Fixtures.TIME.toEpochMilli();
    public String uid = Fixtures.EVENT_UID;
    public String eventCode = Fixtures.EVENT_CODE;
    public String message = Fixtures.MESSAGE;
    public String outcome = "failure";
    public String reason = Fixtures.REASON;
    public Service service = new Service();
    public UserInfo user = new UserInfo();
    public Source source = new Source();
    public String sessionId = Fixtures.SESSION_ID;
    public String traceId = Fixtures.TRACE_ID;
    public String spanId = Fixtures.SPAN_ID;

    public static final class Service {
        public String name = Fixtures.SERVICE_NAME;
        public String version = Fixtures.SERVICE_VERSION;
    }

    public static final class UserInfo {
        public String id = Fixtures.USER_ID;
        public String name = Fixtures.USER_NAME;
    }

    public static final class Source {
        public String ip = Fixtures.SOURCE_IP;
        public int port = Fixtures.SOURCE_PORT;
    }
}
