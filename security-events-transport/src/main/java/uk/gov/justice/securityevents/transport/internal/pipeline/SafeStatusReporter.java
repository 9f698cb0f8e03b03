package uk.gov.justice.securityevents.transport.internal.pipeline;

import uk.gov.justice.securityevents.transport.StatusReporter;

/**
 * Calls a pluggable status reporter so that nothing it throws reaches the sender (an exception there could leave a
 * batch unaccounted for). If it throws, the line goes to stderr instead: the local report must not be lost.
 */
final class SafeStatusReporter implements StatusReporter {

    private final StatusReporter delegate;
    private final StatusReporter fallback = StatusReporter.stderr();

    SafeStatusReporter(StatusReporter delegate) {
        this.delegate = delegate;
    }

    @Override
    public void warn(String message) {
        try {
            delegate.warn(message);
        } catch (RuntimeException e) {
            fallback.warn(message);
        }
    }

    @Override
    public void info(String message) {
        try {
            delegate.info(message);
        } catch (RuntimeException e) {
            fallback.info(message);
        }
    }
}
