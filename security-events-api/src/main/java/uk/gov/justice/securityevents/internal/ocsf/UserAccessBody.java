package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.authorisation.UserAccessEvent;

/** OCSF User Access Management (3005). */
final class UserAccessBody implements BodyWriter<UserAccessEvent> {
    @Override
    public void write(UserAccessEvent e, JsonOut out) {
        Models.user(out, "user", e.user());
        out.strings("privileges", e.privileges());
        Models.endpoint(out, "src_endpoint", e.sourceEndpoint());
    }
}
