package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.activity.ApiActivityEvent;

/** OCSF API Activity (6003); {@code actor} is written by the envelope. */
final class ApiActivityBody implements BodyWriter<ApiActivityEvent> {
    @Override
    public void write(ApiActivityEvent e, JsonOut out) {
        out.begin("api").text("operation", e.operation());
        if (e.requestUid() != null) {
            out.begin("request").str("uid", e.requestUid()).end();
        }
        out.end();
        Models.resources(out, e.resources());
        Models.endpoint(out, "src_endpoint", e.source());
        Models.endpoint(out, "dst_endpoint", e.destination());
        Models.httpRequest(out, e.httpRequest());
        Long millis = e.responseTime() == null ? null : e.responseTime().toMillis();
        Models.httpResponse(out, e.httpStatus(), e.responseLength(), millis);
        out.num("duration", millis);
        Models.securityControl(out, e.actionId(), e.dispositionId());
    }

    @Override
    public boolean usesSecurityControl() {
        return true;
    }
}
