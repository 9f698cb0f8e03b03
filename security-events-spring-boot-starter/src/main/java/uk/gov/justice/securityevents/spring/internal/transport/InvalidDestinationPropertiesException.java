package uk.gov.justice.securityevents.spring.internal.transport;

/**
 * A {@code security-events.destination.*}, {@code .pipeline.*} or {@code .spool.*} property the transport rejected;
 * the message names the property. {@link DestinationFailureAnalyzer} turns it into Boot's start-up failure report.
 */
public final class InvalidDestinationPropertiesException extends IllegalStateException {
    private static final long serialVersionUID = 1L;

    /**
     * @param message the transport's message with property names
     * @param cause   the transport's exception
     */
    public InvalidDestinationPropertiesException(String message, Throwable cause) {
        super(message, cause);
    }
}
