package uk.gov.justice.securityevents.internal;

import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;

/** Reads the current span; loaded only when the OpenTelemetry API is present. */
final class OpenTelemetryTrace {
    private OpenTelemetryTrace() {
    }

    static String[] current() {
        SpanContext context = Span.current().getSpanContext();
        return context.isValid() ? new String[] {context.getTraceId(), context.getSpanId()} : null;
    }
}
