package uk.gov.justice.securityevents.activity;

import java.time.Duration;
import java.util.List;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.Actor;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.HttpRequestInfo;
import uk.gov.justice.securityevents.model.Resource;

/**
 * Events carried by OCSF API Activity (6003): an identified caller used an application's API. OCSF requires the
 * {@code actor} (here with a user), the operation ({@code api.operation}) and the caller's address
 * ({@code src_endpoint}); so does this class. The response's size and latency live in {@code http_response}, which
 * OCSF only allows with a status code, so a size needs a status; the response time is also {@code duration}.
 */
public abstract class ApiActivityEvent extends SecurityEvent {
    private static final int MIN_HTTP_STATUS = 100;
    private static final int MAX_HTTP_STATUS = 599;

    private final ApiAction action;
    private final String operation;
    private final String requestUid;
    private final Endpoint source;
    private final Endpoint destination;
    private final HttpRequestInfo httpRequest;
    private final Integer httpStatus;
    private final Long responseLength;
    private final Duration responseTime;
    private final List<Resource> resources;

    /**
     * Copies and checks the shared fields.
     *
     * @param builder the builder
     */
    protected ApiActivityEvent(Builder<?> builder) {
        super(builder);
        Actor actor = Validate.required(actor(), "actor");
        Validate.required(actor.user(), "actor.user");
        this.action = Validate.required(builder.action, "activity_id (action)");
        this.operation = Validate.nonBlank(builder.operation, "api.operation");
        this.requestUid = Validate.optionalNonBlank(builder.requestUid, "api.request.uid");
        this.source = Validate.required(builder.source, "src_endpoint");
        this.destination = builder.destination;
        this.httpRequest = builder.httpRequest;
        this.httpStatus = httpStatus(builder.httpStatus);
        this.responseLength = intRange(builder.responseLength, "http_response.length");
        if (responseLength != null && httpStatus == null) {
            throw new IllegalArgumentException("http_response.code (HTTP status) is required with a response size");
        }
        this.responseTime = responseTime(builder.responseTime);
        this.resources = Validate.listOf(builder.resources, "resources");
    }

    /** Checks an optional HTTP status code. */
    static Integer httpStatus(Integer status) {
        if (status != null && (status < MIN_HTTP_STATUS || status > MAX_HTTP_STATUS)) {
            throw new IllegalArgumentException("http_response.code must be between " + MIN_HTTP_STATUS + " and "
                    + MAX_HTTP_STATUS + " but was " + status);
        }
        return status;
    }

    /** Checks an optional size that OCSF types as a 32-bit integer. */
    static Long intRange(Long value, String field) {
        if (value != null && (value < 0 || value > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException(field + " must be between 0 and " + Integer.MAX_VALUE + " but was "
                    + value);
        }
        return value;
    }

    /** Checks an optional response time: not negative, and its milliseconds fit OCSF's 32-bit latency. */
    static Duration responseTime(Duration time) {
        if (time != null && (time.isNegative() || time.toMillis() > Integer.MAX_VALUE)) {
            throw new IllegalArgumentException("duration (response time) must be between 0 and "
                    + Integer.MAX_VALUE + " ms but was " + time);
        }
        return time;
    }

    /** What the call did ({@code activity_id}). */
    public ApiAction action() {
        return action;
    }

    /** The operation: an endpoint, method or query name ({@code api.operation}). */
    public String operation() {
        return operation;
    }

    /** The request id ({@code api.request.uid}), or null. */
    public String requestUid() {
        return requestUid;
    }

    /** The caller ({@code src_endpoint}). */
    public Endpoint source() {
        return source;
    }

    /** The service called ({@code dst_endpoint}), or null. */
    public Endpoint destination() {
        return destination;
    }

    /** The HTTP request ({@code http_request}), or null. */
    public HttpRequestInfo httpRequest() {
        return httpRequest;
    }

    /** The HTTP status ({@code http_response.code}), or null. */
    public Integer httpStatus() {
        return httpStatus;
    }

    /** Response size in bytes ({@code http_response.length}), or null. */
    public Long responseLength() {
        return responseLength;
    }

    /** Response time ({@code duration} and {@code http_response.latency}, ms), or null. */
    public Duration responseTime() {
        return responseTime;
    }

    /** Resources acted on ({@code resources}); empty when not given. */
    public List<Resource> resources() {
        return resources;
    }

    /** OCSF {@code action_id} when a control decided (2 Denied), or null. */
    public Integer actionId() {
        return null;
    }

    /** OCSF {@code disposition_id}, or null. */
    public Integer dispositionId() {
        return null;
    }

    @Override
    protected Object subject() {
        return actor() + " " + operation;
    }

    /**
     * Builder fields shared by API activity events.
     *
     * @param <B> the concrete builder
     */
    public abstract static class Builder<B extends Builder<B>> extends SecurityEvent.Builder<B> {
        private ApiAction action;
        private String operation;
        private String requestUid;
        private Endpoint source;
        private Endpoint destination;
        private HttpRequestInfo httpRequest;
        private Integer httpStatus;
        private Long responseLength;
        private Duration responseTime;
        private List<Resource> resources = List.of();

        /** For subclasses. */
        protected Builder() {
        }

        /** What the call did (required). */
        public B action(ApiAction action) {
            this.action = action;
            return self();
        }

        /** The operation, e.g. {@code GET /cases/{id}} or {@code searchOffenders} (required). */
        public B operation(String operation) {
            this.operation = operation;
            return self();
        }

        /** The request id. */
        public B requestUid(String requestUid) {
            this.requestUid = requestUid;
            return self();
        }

        /** The caller (required). */
        public B source(Endpoint source) {
            this.source = source;
            return self();
        }

        /** The service called. */
        public B destination(Endpoint destination) {
            this.destination = destination;
            return self();
        }

        /** The HTTP request. */
        public B httpRequest(HttpRequestInfo httpRequest) {
            this.httpRequest = httpRequest;
            return self();
        }

        /** The HTTP status code. */
        public B httpStatus(int httpStatus) {
            this.httpStatus = httpStatus;
            return self();
        }

        /** Response size in bytes; needs {@link #httpStatus(int)}. */
        public B responseLength(long responseLength) {
            this.responseLength = responseLength;
            return self();
        }

        /** Response time. */
        public B responseTime(Duration responseTime) {
            this.responseTime = responseTime;
            return self();
        }

        /** Resources acted on, e.g. {@code Resource.of("case", "C-1042", null)}. */
        public B resources(List<Resource> resources) {
            this.resources = resources;
            return self();
        }
    }
}
