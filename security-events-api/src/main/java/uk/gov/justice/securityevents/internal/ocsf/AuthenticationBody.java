package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.authentication.AuthenticationEvent;

/** OCSF Authentication (3002). */
final class AuthenticationBody implements BodyWriter<AuthenticationEvent> {
    @Override
    public void write(AuthenticationEvent e, JsonOut out) {
        Models.user(out, "user", e.user());
        if (e.accountSwitchTypeId() != null) {
            out.num("account_switch_type_id", e.accountSwitchTypeId())
                    .str("account_switch_type", accountSwitchCaption(e.accountSwitchTypeId()));
        }
        out.bool("is_mfa", e.mfa());
        Models.authFactors(out, e.authFactors());
        Models.session(out, e.session(), e.sessionExpirationReason());
        Models.endpoint(out, "src_endpoint", e.sourceEndpoint());
        Models.endpoint(out, "dst_endpoint", e.destinationEndpoint());
        // OCSF requires service or dst_endpoint: the service authenticated to is, by default, the emitting one.
        out.emittingService();
        if (e.userAgent() != null) {
            out.begin("http_request").text("user_agent", e.userAgent()).end();
        }
    }

    /** OCSF caption of {@code account_switch_type_id}; null for ids the SDK never writes. */
    private static String accountSwitchCaption(int id) {
        switch (id) {
            case 1:
                return "Substitute User";
            case 2:
                return "Impersonate";
            default:
                return null;
        }
    }
}
