package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.authentication.AuthenticationEvent;

/** OCSF Authentication (3002). */
final class AuthenticationBody implements BodyWriter<AuthenticationEvent> {
    @Override
    public void write(AuthenticationEvent e, JsonOut out) {
        Models.user(out, "user", e.user());
        if (e.accountSwitchTypeId() != null) {
            out.num("account_switch_type_id", e.accountSwitchTypeId());
        }
        out.bool("is_mfa", e.mfa());
        Models.authFactors(out, e.authFactors());
        Models.session(out, e.session(), e.sessionExpirationReason());
        Models.endpoint(out, "src_endpoint", e.sourceEndpoint());
        Models.endpoint(out, "dst_endpoint", e.destinationEndpoint());
        if (e.userAgent() != null) {
            out.begin("http_request").str("user_agent", e.userAgent()).end();
        }
    }
}
