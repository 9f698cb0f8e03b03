package uk.gov.justice.securityevents.spring.internal.transport;

import org.springframework.boot.diagnostics.AbstractFailureAnalyzer;
import org.springframework.boot.diagnostics.FailureAnalysis;

/**
 * Reports a rejected destination property as Boot's "APPLICATION FAILED TO START" description, e.g.
 * {@code security-events.destination.url is required for destination https}.
 */
public final class DestinationFailureAnalyzer extends AbstractFailureAnalyzer<InvalidDestinationPropertiesException> {
    @Override
    protected FailureAnalysis analyze(Throwable rootFailure, InvalidDestinationPropertiesException cause) {
        return new FailureAnalysis("security-events could not configure its destination: " + cause.getMessage(),
                "Correct the security-events.destination.*, security-events.pipeline.* or security-events.spool.*"
                        + " property named above (see docs/spring-boot.md for every property and its default).",
                cause);
    }
}
