package uk.gov.justice.securityevents.log4j2;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.MarkerManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.LoggerFactory;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;

/** SecurityEventLayout on ordinary File and RollingFile appenders, configured from XML. */
class LayoutTest {
    @TempDir
    Path dir;

    private static LoginFailure failure(String user) {
        return LoginFailure.builder().user(User.of("u-1", user)).reason(LoginFailure.Reason.INVALID_CREDENTIALS)
                .build();
    }

    @Test
    void writesOneCanonicalLinePerSecurityEventAndNothingForOtherEvents() throws Exception {
        Path out = dir.resolve("layout.ndjson");
        Path rolling = dir.resolve("rolling.ndjson");
        LoggerContext context = Log4j2Config.load("log4j2-layout.xml",
                Map.of("OUT_FILE", out.toString(), "ROLLING_FILE", rolling.toString()));
        SecurityEvents events = SecurityEvents.builder().build();
        EmittedEvent first = events.record(failure("slf4j"));
        LoggerFactory.getLogger("com.example.OrderService").info("order {} placed", 42);
        EmittedEvent second = events.stamp(failure("log4j2-api"));
        LogManager.getLogger("com.example.Auth").info(MarkerManager.getMarker(SecurityEvents.MARKER_NAME),
                SecurityEvents.MESSAGE_PATTERN, second);
        LogManager.getLogger("com.example.Auth").log(Level.WARN, "payment declined\nsecond line");
        context.stop();

        List<String> expected = Shipped.canonical(first, second);
        assertThat(Shipped.lines(out)).containsExactlyElementsOf(expected);
        assertThat(Shipped.lines(rolling)).containsExactlyElementsOf(expected);
    }

    @Test
    void aBadAttributeIsReportedNamingItAndTheLayoutWritesNothing() throws Exception {
        Path out = dir.resolve("layout.ndjson");
        try (RecordingStatusListener status = RecordingStatusListener.register()) {
            LoggerContext context = Log4j2Config.load("log4j2-layout-bad.xml", Map.of("OUT_FILE", out.toString()));
            SecurityEvents.builder().build().record(failure("jdoe"));
            LoggerFactory.getLogger("com.example.OrderService").info("order {} placed", 42);
            context.stop();

            assertThat(status.messages(Level.ERROR)).anySatisfy(m -> assertThat(m)
                    .startsWith("security-events layout writes nothing: ").contains("maxStringLength"));
        }
        assertThat(Shipped.lines(out)).isEmpty();
    }
}
