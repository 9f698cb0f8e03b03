package uk.gov.justice.securityevents.logback;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.conformance.Fixed;

/** What the test configurations must ship: the canonical writer's bytes with the enrichment of {@link Fixed}. */
final class Shipped {
    private static final SecurityEventWriter CANONICAL = SecurityEventWriter.create(Fixed.context());

    private Shipped() {
    }

    static List<String> canonical(EmittedEvent... events) {
        return java.util.Arrays.stream(events).map(CANONICAL::toJson).collect(Collectors.toList());
    }

    /** The canonical lines for a configuration with only a service name and the fixed host name. */
    static List<String> linesFor(String serviceName, List<EmittedEvent> events) {
        SecurityEventWriter writer = SecurityEventWriter.create(uk.gov.justice.securityevents.ServiceContext.builder()
                .serviceName(serviceName).hostname("case-api-7d9f8-abcde").build());
        return events.stream().map(writer::toJson).collect(Collectors.toList());
    }

    static List<String> lines(Path file) throws java.io.IOException {
        return Files.exists(file) ? Files.readAllLines(file, StandardCharsets.UTF_8) : List.of();
    }

    /** Live threads the transport creates: the sender, HTTP and syslog workers, and the JDK HTTP client. */
    static Set<String> transportThreads() {
        return Thread.getAllStackTraces().keySet().stream().filter(Thread::isAlive).map(Thread::getName)
                .filter(n -> n.startsWith("security-events-") || n.startsWith("HttpClient-"))
                .collect(Collectors.toSet());
    }
}
