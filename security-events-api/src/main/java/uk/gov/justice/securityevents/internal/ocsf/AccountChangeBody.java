package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.account.AccountChangeEvent;

/** OCSF Account Change (3001). */
final class AccountChangeBody implements BodyWriter<AccountChangeEvent> {
    @Override
    public void write(AccountChangeEvent e, JsonOut out) {
        Models.user(out, "user", e.user());
        Models.authFactors(out, e.authFactors());
        Models.endpoint(out, "src_endpoint", e.sourceEndpoint());
    }
}
