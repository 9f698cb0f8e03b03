package uk.gov.justice.securityevents.privacy;

/**
 * Told about every secret the writer redacted, once per written event (never per internal re-write). Called on the
 * writing thread; keep it cheap and never throw (exceptions are caught and ignored). All methods default to no-ops.
 */
public interface RedactionListener {
    /** A listener that ignores everything. */
    RedactionListener NONE = new RedactionListener() {
    };

    /**
     * A secret was replaced.
     *
     * @param kind      what was found
     * @param field     the JSON field name it was found in, e.g. {@code message}, {@code url_string}
     * @param eventCode the event's {@code metadata.event_code}
     */
    default void onSecretRedacted(SecretKind kind, String field, String eventCode) {
    }
}
