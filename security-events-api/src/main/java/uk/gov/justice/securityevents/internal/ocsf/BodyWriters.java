package uk.gov.justice.securityevents.internal.ocsf;

import java.util.LinkedHashMap;
import java.util.Map;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.authentication.AuthenticationEvent;

/** Finds the body writer of an event's family, once per concrete class. */
final class BodyWriters {
    private static final Map<Class<?>, BodyWriter<?>> FAMILIES = new LinkedHashMap<>();

    static {
        FAMILIES.put(AuthenticationEvent.class, new AuthenticationBody());
        FAMILIES.put(uk.gov.justice.securityevents.authorisation.GroupManagementEvent.class, new GroupManagementBody());
        FAMILIES.put(uk.gov.justice.securityevents.authorisation.UserAccessEvent.class, new UserAccessBody());
        FAMILIES.put(uk.gov.justice.securityevents.account.AccountChangeEvent.class, new AccountChangeBody());
        // identity-families-end
        FAMILIES.put(uk.gov.justice.securityevents.infrastructure.EntityManagementEvent.class,
                new EntityManagementBody());
        FAMILIES.put(uk.gov.justice.securityevents.infrastructure.ApplicationLifecycleEvent.class,
                new ApplicationLifecycleBody());
        FAMILIES.put(uk.gov.justice.securityevents.infrastructure.PatchStateReported.class, new PatchStateBody());
        FAMILIES.put(uk.gov.justice.securityevents.infrastructure.DhcpActivityEvent.class, new DhcpActivityBody());
        FAMILIES.put(uk.gov.justice.securityevents.dns.DnsActivityEvent.class, new DnsActivityBody());
        FAMILIES.put(uk.gov.justice.securityevents.network.NetworkConnectionEvent.class, new NetworkActivityBody());
        FAMILIES.put(uk.gov.justice.securityevents.contextual.SecurityDetection.class, new DetectionFindingBody());
        FAMILIES.put(uk.gov.justice.securityevents.contextual.EncryptionStateReported.class,
                new CloudInventoryBody());
        FAMILIES.put(uk.gov.justice.securityevents.activity.ApiActivityEvent.class, new ApiActivityBody());
        FAMILIES.put(uk.gov.justice.securityevents.activity.AnonymousActivity.class, new HttpActivityBody());
        FAMILIES.put(uk.gov.justice.securityevents.activity.DataStoreQuery.class, new DatastoreActivityBody());
        // infrastructure-families-end
    }

    private static final ClassValue<BodyWriter<?>> BY_CLASS = new ClassValue<>() {
        @Override
        protected BodyWriter<?> computeValue(Class<?> type) {
            for (Class<?> c = type; c != null; c = c.getSuperclass()) {
                BodyWriter<?> w = FAMILIES.get(c);
                if (w != null) {
                    return w;
                }
            }
            throw new IllegalArgumentException("no OCSF writer for " + type.getName()
                    + ": event classes must extend one of the SDK's event families");
        }
    };

    private BodyWriters() {
    }

    @SuppressWarnings("unchecked")
    static BodyWriter<SecurityEvent> forEvent(SecurityEvent event) {
        return (BodyWriter<SecurityEvent>) BY_CLASS.get(event.getClass());
    }
}
