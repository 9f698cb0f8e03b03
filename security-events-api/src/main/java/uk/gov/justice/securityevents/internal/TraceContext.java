package uk.gov.justice.securityevents.internal;

/**
 * The current W3C trace and span ids, from OpenTelemetry when its API is on the classpath. OpenTelemetry is an
 * optional dependency, so its classes are touched only after checking they can be loaded.
 */
public final class TraceContext {
    private static final boolean OTEL_PRESENT = isPresent("io.opentelemetry.api.trace.Span");

    private TraceContext() {
    }

    private static boolean isPresent(String className) {
        try {
            Class.forName(className, false, TraceContext.class.getClassLoader());
            return true;
        } catch (ClassNotFoundException | LinkageError e) {
            return false;
        }
    }

    /** The current ids as {traceId, spanId}, or null when there is no valid current span. */
    public static String[] current() {
        return OTEL_PRESENT ? OpenTelemetryTrace.current() : null;
    }
}
