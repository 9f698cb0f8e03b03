package uk.gov.justice.securityevents.transport.internal.http;

import java.time.Duration;
import java.time.Instant;
import uk.gov.justice.securityevents.transport.DeliveryResult;
import uk.gov.justice.securityevents.transport.internal.common.SafeText;

/**
 * Maps an HTTP status to a {@link DeliveryResult}:
 * 2xx delivered; 408, 429 and 5xx retryable (with {@code Retry-After}); 413 too large; anything else — 400, 401,
 * 403, 404, redirects — permanent, reported with the status and a bounded, sanitised excerpt of the body.
 */
public final class ResponseClassifier {

    private ResponseClassifier() {
    }

    /**
     * @param status     HTTP status
     * @param retryAfter {@code Retry-After} header or {@code null}
     * @param body       first bytes of the body
     * @param secret     value to mask in the excerpt (the API key), or {@code null}
     * @param now        current time
     * @return the result
     */
    public static DeliveryResult classify(int status, String retryAfter, byte[] body, String secret, Instant now) {
        if (status >= 200 && status < 300) {
            return DeliveryResult.delivered();
        }
        String excerpt = SafeText.excerpt(body, secret);
        String reason = "HTTP " + status + (excerpt.isEmpty() ? "" : ": " + excerpt);
        if (status == 408 || status == 429 || status >= 500) {
            Duration wait = RetryAfter.parse(retryAfter, now);
            return DeliveryResult.retryable(reason, wait);
        }
        if (status == 413) {
            return DeliveryResult.tooLarge(reason);
        }
        return DeliveryResult.permanentFailure(reason);
    }
}
