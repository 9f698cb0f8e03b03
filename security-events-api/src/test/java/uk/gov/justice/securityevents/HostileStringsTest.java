package uk.gov.justice.securityevents;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import uk.gov.justice.securityevents.authentication.LoginFailure;
import uk.gov.justice.securityevents.conformance.Fixed;
import uk.gov.justice.securityevents.conformance.ocsf.OcsfValidator;
import uk.gov.justice.securityevents.model.User;

/** Attacker-controlled strings must always give one valid JSON line within the size limit. */
class HostileStringsTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final SecurityEventWriter WRITER = SecurityEventWriter.create(Fixed.context());

    static Stream<Arguments> hostile() {
        return Stream.of(
                Arguments.of("CR", "a\rb", "a\rb"),
                Arguments.of("LF", "a\nFAKE LOG LINE", "a\nFAKE LOG LINE"),
                Arguments.of("CRLF", "a\r\n{\"class_uid\":1}", "a\r\n{\"class_uid\":1}"),
                Arguments.of("NUL", "a\u0000b", "a\u0000b"),
                Arguments.of("NEL", "a\u0085b", "a\u0085b"),
                Arguments.of("LINE SEPARATOR", "a\u2028b", "a\u2028b"),
                Arguments.of("PARAGRAPH SEPARATOR", "a\u2029b", "a\u2029b"),
                Arguments.of("bidi override", "admin\u202Egnp.exe", "admin\u202Egnp.exe"),
                Arguments.of("bidi isolate", "a\u2066b\u2069", "a\u2066b\u2069"),
                Arguments.of("BOM", "\uFEFFadmin", "\uFEFFadmin"),
                Arguments.of("DEL and C1", "a\u007F\u009Bb", "a\u007F\u009Bb"),
                Arguments.of("lone high surrogate", "a\uD800b", "a\uFFFDb"),
                Arguments.of("lone low surrogate", "a\uDC00b", "a\uFFFDb"),
                Arguments.of("reversed pair", "a\uDC00\uD800b", "a\uFFFD\uFFFDb"),
                Arguments.of("valid pair", "a\uD83D\uDE00b", "a\uD83D\uDE00b"),
                Arguments.of("quote and backslash", "\"}\\", "\"}\\"),
                Arguments.of("JSON injection", "x\",\"severity_id\":0,\"y\":\"", "x\",\"severity_id\":0,\"y\":\""));
    }

    private static String write(String userName) {
        LoginFailure event = LoginFailure.builder().user(User.of("u-1", userName)).userAgent(userName)
                .message(userName).reason(LoginFailure.Reason.INVALID_CREDENTIALS).build();
        return WRITER.toJson(Fixed.emitted(event, 1));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("hostile")
    void hostileStringGivesOneValidLineThatParsesBack(String name, String input, String expected) throws Exception {
        String json = write(input);

        assertThat(json).doesNotContain("\n", "\r", "\u0085", "\u2028", "\u2029", "\u202E", "\u2066", "\uFEFF");
        assertThat(json.chars().noneMatch(c -> c < 0x20 || c == 0x7F || (c >= 0x80 && c <= 0x9F))).isTrue();
        JsonNode node = JSON.readTree(json);
        assertThat(node.path("user").path("name").asText()).isEqualTo(expected);
        assertThat(node.path("message").asText()).isEqualTo(expected);
        assertThat(node.path("http_request").path("user_agent").asText()).isEqualTo(expected);
        assertThat(node.path("severity_id").asInt()).isEqualTo(3);
        assertThat(OcsfValidator.forVersion_1_8_0().validate(json)).isEmpty();
    }

    @Test
    void oneMegabyteStringIsCutToTheLimitAndTheEventSaysSo() throws Exception {
        String huge = "x".repeat(1024 * 1024);

        String json = write(huge);

        assertThat(json.getBytes(StandardCharsets.UTF_8).length)
                .isLessThan(4 * SecurityEventWriter.DEFAULT_MAX_STRING_LENGTH + 4096);
        JsonNode node = JSON.readTree(json);
        assertThat(node.path("user").path("name").asText()).hasSize(SecurityEventWriter.DEFAULT_MAX_STRING_LENGTH);
        assertThat(node.path("metadata").path("is_truncated").asBoolean()).isTrue();
        assertThat(node.path("metadata").path("untruncated_size").asInt()).isGreaterThan(3 * 1024 * 1024);
        assertThat(OcsfValidator.forVersion_1_8_0().validate(json)).isEmpty();
    }

    @Test
    void cutNeverSplitsASurrogatePair() throws Exception {
        String emoji = "\uD83D\uDE00";
        String input = "a" + emoji.repeat(SecurityEventWriter.DEFAULT_MAX_STRING_LENGTH);

        JsonNode node = JSON.readTree(write(input));

        String name = node.path("user").path("name").asText();
        assertThat(name).doesNotContain("\uFFFD");
        assertThat(Character.isHighSurrogate(name.charAt(name.length() - 1))).isFalse();
    }

    @Test
    void untouchedEventsAreNotMarkedTruncated() throws Exception {
        JsonNode node = JSON.readTree(write("jdoe"));

        assertThat(node.path("metadata").has("is_truncated")).isFalse();
    }
}
