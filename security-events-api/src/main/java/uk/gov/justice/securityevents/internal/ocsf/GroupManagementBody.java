package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.authorisation.GroupManagementEvent;

/** OCSF Group Management (3006). */
final class GroupManagementBody implements BodyWriter<GroupManagementEvent> {
    @Override
    public void write(GroupManagementEvent e, JsonOut out) {
        Models.group(out, "group", e.group());
        out.strings("privileges", e.privileges());
        Models.user(out, "user", e.user());
        Models.endpoint(out, "src_endpoint", e.sourceEndpoint());
    }
}
