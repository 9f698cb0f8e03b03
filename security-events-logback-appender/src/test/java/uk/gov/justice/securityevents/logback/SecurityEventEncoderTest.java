package uk.gov.justice.securityevents.logback;

import static org.assertj.core.api.Assertions.assertThat;

import ch.qos.logback.core.status.Status;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.SecurityEvents;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.authentication.LoginSuccess;
import uk.gov.justice.securityevents.conformance.Fixed;
import uk.gov.justice.securityevents.model.User;

class SecurityEventEncoderTest {
    @TempDir
    Path dir;

    @AfterEach
    void resetLogging() {
        ((ch.qos.logback.classic.LoggerContext) LoggerFactory.getILoggerFactory()).reset();
    }

    private static LoginFailure failure() {
        return LoginFailure.builder().user(User.of("u-1", "jdoe")).reason(LoginFailure.Reason.INVALID_CREDENTIALS)
                .build();
    }

    @Test
    void securityEventsBecomeOneCanonicalLineEachAndOtherLogsNothing() throws Exception {
        Path out = dir.resolve("events.ndjson");
        LogbackConfig.load("encoder-to-file.xml", Map.of("OUT_FILE", out.toString()));
        SecurityEvents events = SecurityEvents.builder().build();
        Logger ordinary = LoggerFactory.getLogger("com.example.OrderService");

        ordinary.info("order {} placed", 42);
        EmittedEvent first = events.record(failure());
        ordinary.warn("payment declined\nsecond line");
        EmittedEvent second = events.record(LoginSuccess.builder().user(User.ofUid("u-1")).priorFailureCount(1).build());

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        SecurityEventWriter canonical = SecurityEventWriter.create(Fixed.context());
        assertThat(lines).containsExactly(canonical.toJson(first), canonical.toJson(second));
    }

    @Test
    void aBareEventLoggedOnAnyLoggerIsWrittenToo() throws Exception {
        Path out = dir.resolve("events.ndjson");
        LogbackConfig.load("encoder-to-file.xml", Map.of("OUT_FILE", out.toString()));

        LoggerFactory.getLogger("com.example.Auth").info("rejected {}", failure());

        List<String> lines = Files.readAllLines(out, StandardCharsets.UTF_8);
        assertThat(lines).hasSize(1);
        assertThat(lines.get(0)).contains("\"event_code\":\"authn_login_fail\"", "\"name\":\"case-api\"");
    }

    @Test
    void aBadSettingIsReportedNamingItAndNothingIsWritten() throws Exception {
        Path out = dir.resolve("events.ndjson");
        LogbackConfig.load("encoder-bad-setting.xml", Map.of("OUT_FILE", out.toString()));

        SecurityEvents.builder().build().record(failure());

        assertThat(LogbackConfig.statuses()).extracting(Status::getMessage)
                .anySatisfy(m -> assertThat(m).contains("security-events encoder not started", "maxStringLength"));
        assertThat(Files.exists(out) ? Files.readString(out) : "").isEmpty();
    }
}
