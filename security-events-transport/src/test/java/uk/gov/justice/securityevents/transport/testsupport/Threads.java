package uk.gov.justice.securityevents.transport.testsupport;

import java.util.Set;
import java.util.stream.Collectors;

/** Finds live threads created by the transport (and the JDK HTTP client it owns). */
public final class Threads {

    private Threads() {
    }

    /** @return names of live threads named {@code security-events-*} or {@code HttpClient-*} */
    public static Set<String> transportThreads() {
        return Thread.getAllStackTraces().keySet().stream()
                .filter(Thread::isAlive)
                .map(Thread::getName)
                .filter(n -> n.startsWith("security-events-") || n.startsWith("HttpClient-"))
                .collect(Collectors.toSet());
    }
}
