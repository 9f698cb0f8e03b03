package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.contextual.SecurityDetection;

/** OCSF Detection Finding (2004): always an alert; the affected host is the finding's {@code device}. */
final class DetectionFindingBody implements BodyWriter<SecurityDetection> {
    @Override
    public void write(SecurityDetection e, JsonOut out) {
        out.begin("finding_info").str("uid", e.findingUid()).text("title", e.title());
        if (e.analyticName() != null) {
            // OCSF requires an analytic type; a reporting control rarely says which, so it is Unknown.
            out.begin("analytic").str("name", e.analyticName()).num("type_id", 0).str("type", "Unknown").end();
        }
        out.strings("types", e.types()).end();
        out.bool("is_alert", Boolean.TRUE);
        if (e.disposition() != null) {
            Models.securityControl(out, e.disposition().actionId(), e.disposition().id());
        }
        Models.device(out, e.affectedDevice());
    }

    @Override
    public String statusCaption(SecurityDetection event) {
        return "New";
    }

    @Override
    public boolean usesSecurityControl() {
        return true;
    }

    @Override
    public boolean writesDevice() {
        return true;
    }
}
