package uk.gov.justice.securityevents.model;

import uk.gov.justice.securityevents.internal.Validate;

/** The parts of an HTTP request the SOC needs ({@code http_request}): method, URL, user agent, size. */
public final class HttpRequestInfo {
    private final String method;
    private final String url;
    private final String userAgent;
    private final Long length;

    private HttpRequestInfo(String method, String url, String userAgent, Long length) {
        this.method = Validate.optionalNonBlank(method, "http_request.http_method");
        this.url = Validate.optionalNonBlank(url, "http_request.url");
        this.userAgent = userAgent;
        this.length = Validate.nonNegative(length, "http_request.length");
    }

    /** A request with method and URL (either may be null). */
    public static HttpRequestInfo of(String method, String url) {
        return new HttpRequestInfo(method, url, null, null);
    }

    /** A request carrying only a user agent, as in an authentication event. */
    public static HttpRequestInfo userAgent(String userAgent) {
        return new HttpRequestInfo(null, null, userAgent, null);
    }

    /** A copy with the user agent. */
    public HttpRequestInfo withUserAgent(String userAgent) {
        return new HttpRequestInfo(method, url, userAgent, length);
    }

    /** A copy with the request size in bytes. */
    public HttpRequestInfo withLength(long length) {
        return new HttpRequestInfo(method, url, userAgent, length);
    }

    /** Method, or null. */
    public String method() {
        return method;
    }

    /** URL (path and query), or null. */
    public String url() {
        return url;
    }

    /** User agent, or null. */
    public String userAgent() {
        return userAgent;
    }

    /** Request size in bytes, or null. */
    public Long length() {
        return length;
    }

    @Override
    public String toString() {
        return "HttpRequest[" + method + " " + url + "]";
    }
}
