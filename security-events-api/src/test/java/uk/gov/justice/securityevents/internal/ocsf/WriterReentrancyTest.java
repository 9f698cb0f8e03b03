package uk.gov.justice.securityevents.internal.ocsf;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.EmittedEvent;
import uk.gov.justice.securityevents.Envelope;
import uk.gov.justice.securityevents.SecurityEvent;
import uk.gov.justice.securityevents.SecurityEventWriter;
import uk.gov.justice.securityevents.ServiceContext;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.model.User;
import uk.gov.justice.securityevents.privacy.RedactionListener;
import uk.gov.justice.securityevents.privacy.SecretKind;

/**
 * The writer reuses a buffer, a generator and its field state per thread: a nested write on the same thread (a
 * redaction listener or a sink that writes an event itself) and a failure half-way through an event must not change
 * any byte of any event.
 */
class WriterReentrancyTest {
    private static final ServiceContext CONTEXT = ServiceContext.builder().serviceName("case-api").serviceVersion("1.4.2")
            .hostname("case-api-7d9f8c-x2k4q").environment("production").build();

    private static EmittedEvent login(String message, int seq) {
        SecurityEvent event = LoginFailure.builder().user(User.ofUid("u-" + seq))
                .reason(LoginFailure.Reason.INVALID_CREDENTIALS).message(message).build();
        return new EmittedEvent(event, new Envelope("0196a1e4-7c1a-7b3e-9f00-1c2d3e4f5a6" + (seq % 10),
                Instant.parse("2026-05-01T10:15:30.123456Z"), seq, "0b5e8f4c-3f7a-4d2e-9c1b-2a6d7e8f9a0b", null,
                null));
    }

    private static final String SECRET_MESSAGE = "login with password=hunter2hunter2 failed";

    @Test
    void aListenerThatWritesAnotherEventDoesNotDisturbTheEventBeingWritten() throws IOException {
        SecurityEventWriter plain = SecurityEventWriter.create(CONTEXT);
        EmittedEvent outer = login(SECRET_MESSAGE, 1);
        EmittedEvent inner = login("a plain nested message", 2);
        byte[] expectedOuter = plain.toBytes(outer);
        byte[] expectedInner = plain.toBytes(inner);

        List<byte[]> nested = new ArrayList<>();
        SecurityEventWriter[] self = new SecurityEventWriter[1];
        self[0] = SecurityEventWriter.builder(CONTEXT).redactionListener(new RedactionListener() {
            @Override
            public void onSecretRedacted(SecretKind kind, String field, String eventCode) {
                nested.add(self[0].toBytes(inner));
                try {
                    ByteArrayOutputStream out = new ByteArrayOutputStream();
                    self[0].write(inner, out);
                    nested.add(out.toByteArray());
                } catch (IOException e) {
                    throw new AssertionError(e);
                }
            }
        }).build();

        assertThat(new String(self[0].toBytes(outer), StandardCharsets.UTF_8))
                .isEqualTo(new String(expectedOuter, StandardCharsets.UTF_8));
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        self[0].write(outer, out);
        assertThat(out.toByteArray()).isEqualTo(expectedOuter);
        assertThat(nested).isNotEmpty().allSatisfy(b -> assertThat(b).isEqualTo(expectedInner));
    }

    @Test
    void aSinkThatWritesAnEventWhileBeingWrittenToGetsBothRight() throws IOException {
        SecurityEventWriter writer = SecurityEventWriter.create(CONTEXT);
        EmittedEvent first = login("first", 1);
        EmittedEvent second = login("second", 2);
        byte[] expectedFirst = writer.toBytes(first);
        byte[] expectedSecond = writer.toBytes(second);
        List<byte[]> nested = new ArrayList<>();
        ByteArrayOutputStream seen = new ByteArrayOutputStream();
        OutputStream sink = new OutputStream() {
            @Override
            public void write(int b) {
                seen.write(b);
            }

            @Override
            public void write(byte[] b, int off, int len) {
                nested.add(writer.toBytes(second));
                seen.write(b, off, len);
            }
        };
        writer.write(first, sink);
        assertThat(seen.toByteArray()).isEqualTo(expectedFirst);
        assertThat(nested).singleElement().satisfies(b -> assertThat(b).isEqualTo(expectedSecond));
        assertThat(writer.toBytes(first)).isEqualTo(expectedFirst);
    }

    @Test
    void aFailingSinkLeavesNothingBehindForTheNextEvent() throws IOException {
        SecurityEventWriter writer = SecurityEventWriter.create(CONTEXT);
        EmittedEvent good = login("fine", 1);
        byte[] expected = writer.toBytes(good);
        OutputStream failing = new OutputStream() {
            @Override
            public void write(int b) throws IOException {
                throw new IOException("disk full");
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                throw new IOException("disk full");
            }
        };
        assertThatThrownBy(() -> writer.write(login(SECRET_MESSAGE, 2), failing)).hasMessageContaining("disk full");
        assertThat(writer.toBytes(good)).isEqualTo(expected);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        writer.write(good, out);
        assertThat(out.toByteArray()).isEqualTo(expected);
        assertThat(writer.toLine(good)).hasSize(expected.length + 1).endsWith((byte) '\n').startsWith(expected);
    }
}
