package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.activity.AnonymousActivity;

/** OCSF HTTP Activity (4002). */
final class HttpActivityBody implements BodyWriter<AnonymousActivity> {
    @Override
    public void write(AnonymousActivity e, JsonOut out) {
        Models.httpRequest(out, e.httpRequest());
        Long millis = e.responseTime() == null ? null : e.responseTime().toMillis();
        Models.httpResponse(out, e.httpStatus(), e.responseLength(), millis);
        Models.endpoint(out, "src_endpoint", e.client());
        Models.endpoint(out, "dst_endpoint", e.destination());
        out.num("duration", millis);
    }
}
