package uk.gov.justice.securityevents.internal.ocsf;

import uk.gov.justice.securityevents.infrastructure.ApplicationLifecycleEvent;

/** OCSF Application Lifecycle (6002). */
final class ApplicationLifecycleBody implements BodyWriter<ApplicationLifecycleEvent> {
    @Override
    public void write(ApplicationLifecycleEvent e, JsonOut out) {
        Models.application(out, "app", e.app());
    }
}
