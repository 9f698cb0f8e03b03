package uk.gov.justice.securityevents.activity;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import uk.gov.justice.securityevents.Classification;
import uk.gov.justice.securityevents.EventType;
import uk.gov.justice.securityevents.OcsfClass;
import uk.gov.justice.securityevents.Outcome;
import uk.gov.justice.securityevents.Principle;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.Severity;
import uk.gov.justice.securityevents.internal.Validate;
import uk.gov.justice.securityevents.model.Endpoint;
import uk.gov.justice.securityevents.model.HttpRequestInfo;

/**
 * Unauthenticated user activity (custom applications): an OCSF HTTP Activity (4002) whose activity is the HTTP
 * method. Other methods (WebDAV, probes such as {@code FOO}) are activity 99 "Other" and, because OCSF's
 * {@code http_method} only allows the nine standard ones, are written as {@code unmapped.http_method}; the
 * {@code http_request} object is then still written, possibly empty. Client identifier: {@code src_endpoint} (required),
 * {@code http_request.user_agent} and {@code unmapped.client_id}; destination: {@code dst_endpoint} and
 * {@code http_request.url}; query type and size: {@code http_request.http_method}/{@code length}; response:
 * {@code http_response.code}/{@code length}/{@code latency} and {@code duration}. The outcome is Success below HTTP
 * 400, Failure from 400, Unknown without a status.
 */
public final class AnonymousActivity extends SecurityEvent {
    private static final String EVENT_CODE = "activity_anonymous";
    private static final int FIRST_ERROR_STATUS = 400;
    private static final List<String> METHODS = List.of("CONNECT", "DELETE", "GET", "HEAD", "OPTIONS", "POST", "PUT",
            "TRACE", "PATCH");
    private static final Outcome[] OUTCOMES = {Outcome.SUCCESS, Outcome.FAILURE, Outcome.UNKNOWN};

    /** This event's type: per method (1..9, then 99 Other), Success, Failure and Unknown. */
    public static final EventType TYPE = EventType.of(AnonymousActivity.class, Principle.UU, classifications());

    private final String method;
    private final Endpoint client;
    private final String clientId;
    private final String userAgent;
    private final Endpoint destination;
    private final String url;
    private final Long requestLength;
    private final Integer httpStatus;
    private final Long responseLength;
    private final Duration responseTime;

    private AnonymousActivity(Builder b) {
        super(b);
        this.method = Validate.nonBlank(b.method, "http_request.http_method");
        this.client = Validate.required(b.client, "src_endpoint");
        this.clientId = Validate.optionalNonBlank(b.clientId, "unmapped.client_id");
        this.userAgent = b.userAgent;
        this.destination = b.destination;
        this.url = Validate.optionalNonBlank(b.url, "http_request.url");
        this.requestLength = ApiActivityEvent.intRange(b.requestLength, "http_request.length");
        this.httpStatus = ApiActivityEvent.httpStatus(b.httpStatus);
        this.responseLength = ApiActivityEvent.intRange(b.responseLength, "http_response.length");
        if (responseLength != null && httpStatus == null) {
            throw new IllegalArgumentException("http_response.code (HTTP status) is required with a response size");
        }
        this.responseTime = ApiActivityEvent.responseTime(b.responseTime);
    }

    private static Classification[] classifications() {
        List<Classification> all = new ArrayList<>();
        for (int m = 0; m <= METHODS.size(); m++) {
            int activityId = m < METHODS.size() ? m + 1 : Classification.ACTIVITY_OTHER;
            String activityName = m < METHODS.size() ? caption(METHODS.get(m)) : "Other";
            for (Outcome outcome : OUTCOMES) {
                all.add(Classification.of(OcsfClass.HTTP_ACTIVITY, activityId, activityName, EVENT_CODE,
                        Severity.INFORMATIONAL, outcome));
            }
        }
        return all.toArray(new Classification[0]);
    }

    /** OCSF's activity caption: "Get", "Post"… */
    private static String caption(String method) {
        return method.charAt(0) + method.substring(1).toLowerCase(Locale.ROOT);
    }

    /** A builder. */
    public static Builder builder() {
        return new Builder();
    }

    @Override
    public EventType type() {
        return TYPE;
    }

    /** Index of a standard method in {@link #METHODS}, or -1. */
    private int standardMethod() {
        return METHODS.indexOf(method.toUpperCase(Locale.ROOT));
    }

    @Override
    public Classification classification() {
        int m = standardMethod();
        int methodIndex = m >= 0 ? m : METHODS.size();
        int outcome = httpStatus == null ? 2 : httpStatus < FIRST_ERROR_STATUS ? 0 : 1;
        return TYPE.classifications().get(methodIndex * OUTCOMES.length + outcome);
    }

    /** The HTTP method ({@code http_request.http_method}). */
    public String method() {
        return method;
    }

    /** The client ({@code src_endpoint}). */
    public Endpoint client() {
        return client;
    }

    /** A client identifier other than address and user agent (e.g. an API client id), or null. */
    public String clientId() {
        return clientId;
    }

    /** The destination ({@code dst_endpoint}), or null. */
    public Endpoint destination() {
        return destination;
    }

    /** The HTTP request ({@code http_request}); a standard method is written in upper case, another not at all. */
    public HttpRequestInfo httpRequest() {
        int m = standardMethod();
        HttpRequestInfo request = HttpRequestInfo.of(m >= 0 ? METHODS.get(m) : null, url).withUserAgent(userAgent);
        return requestLength == null ? request : request.withLength(requestLength);
    }

    /** The HTTP status ({@code http_response.code}), or null. */
    public Integer httpStatus() {
        return httpStatus;
    }

    /** Response size in bytes ({@code http_response.length}), or null. */
    public Long responseLength() {
        return responseLength;
    }

    /** Response time ({@code duration}, {@code http_response.latency}), or null. */
    public Duration responseTime() {
        return responseTime;
    }

    @Override
    public Map<String, Object> unmapped() {
        return unmappedOf("client_id", clientId, "http_method", standardMethod() >= 0 ? null : method);
    }

    @Override
    protected Object subject() {
        return method + " " + (url != null ? url : "") + " from " + client;
    }

    /** Builds an {@link AnonymousActivity}. */
    public static final class Builder extends SecurityEvent.Builder<Builder> {
        private String method;
        private Endpoint client;
        private String clientId;
        private String userAgent;
        private Endpoint destination;
        private String url;
        private Long requestLength;
        private Integer httpStatus;
        private Long responseLength;
        private Duration responseTime;

        private Builder() {
        }

        /** The HTTP method, e.g. {@code GET} (required). */
        public Builder method(String method) {
            this.method = method;
            return this;
        }

        /** The client (required). */
        public Builder client(Endpoint client) {
            this.client = client;
            return this;
        }

        /** A client identifier such as an API client id. */
        public Builder clientId(String clientId) {
            this.clientId = clientId;
            return this;
        }

        /** The client's user agent. */
        public Builder userAgent(String userAgent) {
            this.userAgent = userAgent;
            return this;
        }

        /** The destination service. */
        public Builder destination(Endpoint destination) {
            this.destination = destination;
            return this;
        }

        /** The requested URL. Strip credentials and tokens from query strings first. */
        public Builder url(String url) {
            this.url = url;
            return this;
        }

        /** Request size in bytes. */
        public Builder requestLength(long requestLength) {
            this.requestLength = requestLength;
            return this;
        }

        /** The HTTP status code. */
        public Builder httpStatus(int httpStatus) {
            this.httpStatus = httpStatus;
            return this;
        }

        /** Response size in bytes; needs {@link #httpStatus(int)}. */
        public Builder responseLength(long responseLength) {
            this.responseLength = responseLength;
            return this;
        }

        /** Response time. */
        public Builder responseTime(Duration responseTime) {
            this.responseTime = responseTime;
            return this;
        }

        @Override
        public AnonymousActivity build() {
            return new AnonymousActivity(this);
        }
    }
}
