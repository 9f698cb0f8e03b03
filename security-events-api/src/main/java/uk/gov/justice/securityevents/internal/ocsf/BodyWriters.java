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
        // identity-families-end
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
